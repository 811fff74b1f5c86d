/**
 * The one ranking of who presents next, for the community page's suggestion
 * (rotation.ts `suggestPresenter`) and the meeting's (presenterChoice.ts): the person whose coop
 * reported least recently first, then the person who did; never reported sorts first at both
 * levels, and a person of no known coop counts as a coop of their own. Ties go by folded name,
 * then by the caller's own tie-break, so every reader suggests the same person. Pure.
 */
import { matchKey } from '../text/fold'
import type { RotationHistory } from './maps'

/** Lower goes first: the coop's latest report, the person's, the folded name, then the caller's tie-break. */
export type PresenterRank = readonly [coopAt: number, personAt: number, name: string, tie: string]

/** How a person named `name`, of coop `coopId` (null: none known), ranks in `history`. */
export function presenterRank(history: RotationHistory, name: string, coopId: string | null, tie: string): PresenterRank {
  const personAt = history.people[matchKey(name)] ?? -Infinity
  const coopAt = coopId === null ? personAt : (history.coops[coopId] ?? -Infinity)
  return [coopAt, personAt, matchKey(name), tie]
}

function before(a: PresenterRank, b: PresenterRank): boolean {
  if (a[0] !== b[0]) return a[0] < b[0]
  if (a[1] !== b[1]) return a[1] < b[1]
  if (a[2] !== b[2]) return a[2] < b[2]
  return a[3] < b[3]
}

/** The first of `candidates` by `rankOf`, or null when there is none. */
export function firstByRank<T>(candidates: Iterable<T>, rankOf: (candidate: T) => PresenterRank): T | null {
  let best: { candidate: T; rank: PresenterRank } | null = null
  for (const candidate of candidates) {
    const rank = rankOf(candidate)
    if (best === null || before(rank, best.rank)) best = { candidate, rank }
  }
  return best?.candidate ?? null
}
