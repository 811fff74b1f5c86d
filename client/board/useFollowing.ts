/** React view of whom this browser is following on the canvas. */
import { useValue, type Editor } from 'tldraw'
import type { Participant } from '../../shared/participant'
import { followedPeer } from './following'

/** The peer whose view is being followed, or null; updates as following starts and stops. */
export function useFollowedPeer(editor: Editor | null, peers: readonly Participant[]): Participant | null {
  const followingUserId = useValue('following user id', () => editor?.getInstanceState().followingUserId ?? null, [editor])
  return followedPeer(followingUserId, peers)
}
