/**
 * Whom to suggest to present a working group's report at this meeting: among the people present
 * who belong to the group (named among its people, or of one of its coops), the one whose coop
 * reported least recently in the whole series, then the person who did. Pure.
 */
import { rosterCoopIdOf } from '../breakouts/assign'
import type { Coop } from '../corners/roster'
import { matchKey } from '../text/fold'
import type { RotationHistory, WorkingGroup } from './maps'
import { firstByRank, presenterRank } from './presenterRank'

/** A person present on the board, as presence names them. */
export interface PresentPerson {
  id: string
  name: string
  coop: string
}

/** The people present who belong to `group`: named among its people (folded), or of one of its coops. Once per id. */
export function presentMembers(group: WorkingGroup, present: readonly PresentPerson[], roster: readonly Coop[]): PresentPerson[] {
  const names = new Set(group.people.map(matchKey))
  const coops = new Set(group.coopIds)
  const coopOf = rosterCoopIdOf(roster)
  const seen = new Set<string>()
  return present.filter((person) => {
    if (seen.has(person.id)) return false
    seen.add(person.id)
    const coop = coopOf(person)
    return names.has(matchKey(person.name)) || (coop !== null && coops.has(coop))
  })
}

/**
 * The member present to suggest as the group's presenter, ranked by presenterRank.ts (ties by
 * folded name then id, so every browser suggests the same person). `exclude` holds ids to skip
 * ("suggest someone else"); null when nobody of the group is here.
 */
export function suggestPresentPresenter(
  group: WorkingGroup,
  present: readonly PresentPerson[],
  roster: readonly Coop[],
  history: RotationHistory,
  exclude: ReadonlySet<string> = new Set(),
): PresentPerson | null {
  const coopOf = rosterCoopIdOf(roster)
  const candidates = presentMembers(group, present, roster).filter((person) => !exclude.has(person.id))
  return firstByRank(candidates, (person) => presenterRank(history, person.name, coopOf(person), person.id))
}
