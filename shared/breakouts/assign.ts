/**
 * Who goes into which group: balanced random assignment (optionally spreading each coop's
 * delegates), placing people who join late, and group sizes against a cap. Pure functions;
 * randomness comes in as a function so tests are deterministic.
 */
import { coopIdFor, rosterIdResolver, type Coop } from '../corners/roster'
import type { BreakoutMember, BreakoutPerson, BreakoutSession } from './types'

/** How a person's coop, as they typed it, becomes a coop id (null: no coop). */
export type CoopIdOf = (person: { coop: string }) => string | null

/** The coop id of a person, or null when their coop is blank (no coop: never kept apart). */
export function personCoopId(person: { coop: string }): string | null {
  return person.coop.trim() === '' ? null : coopIdFor(person.coop)
}

/**
 * A person's coop id resolved through `roster` (shared/corners/roster.ts `rosterIdResolver`): a
 * coop typed without its accents or ł, or under the name it had before a facilitator renamed
 * it, gets the roster's id, which is how the rotation's history is keyed. Null for no coop.
 */
export function rosterCoopIdOf(roster: readonly Pick<Coop, 'id' | 'name'>[]): CoopIdOf {
  const resolve = rosterIdResolver(roster)
  return (person) => (/[\p{L}\p{N}]/u.test(person.coop) ? resolve(person.coop.trim()) : null)
}

/** A copy of `items` in an order drawn from `random` (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items]
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)))
    const a = result[i] as T
    result[i] = result[j] as T
    result[j] = a
  }
  return result
}

/**
 * People in dealing order for coop spreading: each coop's delegates next to each other, the
 * largest coops first, people without a coop last. Dealt round-robin, a run of k ≤ groups
 * people lands in k different groups, and a larger coop gets at most one more per group than
 * any other group.
 */
function coopRuns(people: readonly BreakoutPerson[]): BreakoutPerson[] {
  const byCoop = new Map<string, BreakoutPerson[]>()
  const loners: BreakoutPerson[] = []
  for (const person of people) {
    const coop = personCoopId(person)
    if (coop === null) {
      loners.push(person)
      continue
    }
    const run = byCoop.get(coop)
    if (run) run.push(person)
    else byCoop.set(coop, [person])
  }
  // Array.prototype.sort is stable: coops of equal size keep their (already shuffled) order.
  const runs = [...byCoop.values()].sort((a, b) => b.length - a.length)
  return [...runs.flat(), ...loners]
}

/**
 * Person id → group id for everyone in `people`, over `groupIds`: group sizes differ by at most
 * one. With `spreadCoops`, delegates of one coop go to different groups as far as the sizes
 * allow. Who goes where, and which groups get the one extra member, is drawn from `random`.
 * People listed twice (same id) are placed once.
 */
export function assignRandom(
  people: readonly BreakoutPerson[],
  groupIds: readonly string[],
  options: { spreadCoops: boolean; random: () => number },
): Map<string, string> {
  const assignment = new Map<string, string>()
  if (groupIds.length === 0) return assignment
  const unique = [...new Map(people.map((person) => [person.id, person])).values()]
  const order = shuffled(unique, options.random)
  const dealt = options.spreadCoops ? coopRuns(order) : order
  const groups = shuffled(groupIds, options.random)
  dealt.forEach((person, i) => {
    assignment.set(person.id, groups[i % groups.length] as string)
  })
  return assignment
}

/** How many members each of `groupIds` has (members of other groups are ignored). */
export function groupSizes(groupIds: readonly string[], members: readonly BreakoutMember[]): Map<string, number> {
  const sizes = new Map<string, number>(groupIds.map((id) => [id, 0]))
  for (const member of members) {
    const size = sizes.get(member.groupId)
    if (size !== undefined) sizes.set(member.groupId, size + 1)
  }
  return sizes
}

/**
 * The group a late joiner goes to: the smallest one; on a tie, with `spreadCoops`, the one with
 * the fewest of the person's coop, then the first in `groupIds`. Groups at `cap` are skipped;
 * null when every group is full (or there are none). The person's own entry, if any, is ignored.
 */
export function placeLateJoiner(
  person: BreakoutPerson,
  groupIds: readonly string[],
  members: readonly BreakoutMember[],
  options: { spreadCoops: boolean; cap?: number | null },
): string | null {
  const others = members.filter((member) => member.participantId !== person.id)
  const sizes = groupSizes(groupIds, others)
  const coop = options.spreadCoops ? personCoopId(person) : null
  const sameCoop = (groupId: string): number =>
    coop === null ? 0 : others.filter((m) => m.groupId === groupId && personCoopId(m) === coop).length
  let best: { id: string; size: number; coop: number } | null = null
  for (const id of groupIds) {
    const size = sizes.get(id) ?? 0
    if (options.cap != null && size >= options.cap) continue
    const candidate = { id, size, coop: sameCoop(id) }
    if (!best || candidate.size < best.size || (candidate.size === best.size && candidate.coop < best.coop)) best = candidate
  }
  return best?.id ?? null
}

/**
 * True when `groupId` is one of the session's groups and has room under its cap. With
 * `participantId`, that person's own entry is left out of the count, so someone already in a
 * full group still "fits" there (re-writing or confirming their place).
 */
export function hasRoom(session: BreakoutSession, members: readonly BreakoutMember[], groupId: string, participantId?: string): boolean {
  if (!session.groups.some((group) => group.id === groupId)) return false
  if (session.cap === null) return true
  const size = members.filter(
    (member) => member.sessionId === session.id && member.groupId === groupId && member.participantId !== participantId,
  ).length
  return size < session.cap
}
