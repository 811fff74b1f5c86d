/**
 * The community page's data: the token taken from the link (or kept from an earlier visit), and
 * the view it opens. A link's token is kept only once the server accepts it, so a wrong link
 * never costs the browser the token it already had.
 */
import type { CommunityView } from '../../shared/community/api'
import type { PendingAccess } from '../lib/boardAccess'
import type { ApiError } from '../lib/apiClient'
import { useLoad } from '../lib/useLoad'
import { sameAccess, useFragmentAccess } from '../lib/useFragmentAccess'
import { getCommunity } from './communityApi'
import { communityTokens } from './communityLink'

/** What the page shows: loading, a refusal, or the community with the token that opened it. */
export type CommunityState =
  | { kind: 'loading' }
  | { kind: 'missing'; reason: 'none' | 'malformed' }
  | { kind: 'failed'; error: ApiError }
  | { kind: 'ready'; view: CommunityView; token: string }

const takeCommunityAccess = (id: string): PendingAccess => communityTokens.takePending(id)

const samePending = (a: PendingAccess, b: PendingAccess): boolean => sameAccess(a.access, b.access) && a.previous === b.previous

/** True when the server says the token opens nothing (any more). */
function refused(error: ApiError): boolean {
  return error.status === 401 || error.status === 410
}

/** What {@link useCommunity} gives. */
export interface Community {
  state: CommunityState
  /** Reads the community again after a change, keeping the page as it is until the answer comes. */
  refresh: () => Promise<void>
}

/** Loads community `id`. */
export function useCommunity(id: string): Community {
  const { access, previous } = useFragmentAccess(id, takeCommunityAccess, samePending)
  const token = access.kind === 'token' ? access.token : ''
  const { answer, replace } = useLoad(`${id}\n${token}\n${previous ?? ''}`, async (signal): Promise<CommunityState> => {
    if (token === '') return { kind: 'loading' }
    try {
      const result = await getCommunity(id, token, { signal })
      // Only a token the server accepted replaces the one kept from an earlier visit.
      if (result.ok) {
        communityTokens.accept(id, token)
        return { kind: 'ready', view: result.value, token }
      }
      if (!refused(result.error)) return { kind: 'failed', error: result.error }
      // A refused token is forgotten, so the next visit asks for a link instead; the one kept before may still open the page.
      communityTokens.dropRefused(id, token)
      if (previous === null) return { kind: 'failed', error: result.error }
      const earlier = await getCommunity(id, previous, { signal })
      if (earlier.ok) return { kind: 'ready', view: earlier.value, token: previous }
      if (refused(earlier.error)) communityTokens.dropRefused(id, previous)
      return { kind: 'failed', error: result.error }
    } catch {
      return { kind: 'loading' }
    }
  })
  const openedWith = answer?.kind === 'ready' ? answer.token : token
  const refresh = async () => {
    if (openedWith === '') return
    const result = await getCommunity(id, openedWith)
    if (result.ok) replace({ kind: 'ready', view: result.value, token: openedWith })
  }
  if (access.kind === 'missing') return { state: { kind: 'missing', reason: access.reason }, refresh }
  return { state: answer ?? { kind: 'loading' }, refresh }
}

/** What each section of the page is given. */
export interface SectionProps {
  view: CommunityView
  /** The person's community token: it opens every board of the community too. */
  token: string
  refresh: () => Promise<void>
}
