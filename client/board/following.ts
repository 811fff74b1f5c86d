/**
 * Following a peer's view. Peers come from awareness as participants; tldraw follows by the
 * userId of a presence record, which is the participant id (possibly as a `user:` record id).
 */
import { createUserId, type Editor, type TLUserId } from 'tldraw'
import type { Participant } from '../../shared/participant'

function matches(presenceUserId: string, participantId: string): boolean {
  return presenceUserId === participantId || presenceUserId === createUserId(participantId)
}

/** The presence userId of a participant, or null when their presence has not arrived yet. */
export function presenceUserIdOf(editor: Editor, participantId: string): TLUserId | null {
  const presence = editor.getCollaborators().find((item) => matches(item.userId, participantId))
  return presence ? presence.userId : null
}

/** Starts following a peer's viewport; false when their view is not known yet. */
export function followParticipant(editor: Editor, participantId: string): boolean {
  const userId = presenceUserIdOf(editor, participantId)
  if (!userId) return false
  editor.startFollowingUser(userId)
  return true
}

/** The peer being followed, given the instance state's followingUserId. */
export function followedPeer(followingUserId: string | null, peers: readonly Participant[]): Participant | null {
  if (!followingUserId) return null
  return peers.find((peer) => matches(followingUserId, peer.id)) ?? null
}
