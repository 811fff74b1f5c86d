/**
 * The rapporteur rotation: which coops reported when (kept in the board across sessions), and
 * whom to suggest so that the floor goes round the coops rather than to the same voices. A
 * board that is one meeting of a series may add the reports of earlier meetings (`prior`).
 */
import { matchKey } from '../text/fold'
import { personCoopId, type CoopIdOf } from './assign'
import type { BreakoutMember, BreakoutSession, Rapporteur } from './types'

/** Reports from before this board (a community's earlier meetings): coop id, and person (matchKey of the name), → latest ms. */
export interface PriorReports {
  coops: Readonly<Record<string, number>>
  people: Readonly<Record<string, number>>
}

/** Who reported last when: coop id → ms, and person (matchKey of the name) → ms. */
export interface RotationSoFar {
  coops: Map<string, number>
  people: Map<string, number>
}

function keepLatest(history: Map<string, number>, key: string, at: number): void {
  history.set(key, Math.max(at, history.get(key) ?? -Infinity))
}

/**
 * The rotation so far: each coop's and each person's latest report, from the `endedAt` of the
 * ended sessions their rapporteurs reported in, merged with `prior` (latest wins). Rapporteurs
 * of running sessions do not count, nor, for the coops, rapporteurs without one. `coopIdOf` keys
 * a rapporteur's coop; with `prior` keyed by roster ids, pass the roster's (`rosterCoopIdOf`).
 */
export function rotationSoFar(
  sessions: readonly BreakoutSession[],
  rapporteurs: readonly Rapporteur[],
  prior: PriorReports | null = null,
  coopIdOf: CoopIdOf = personCoopId,
): RotationSoFar {
  const endedAt = new Map<string, number>()
  for (const session of sessions) {
    if (session.status === 'ended' && session.endedAt !== null) endedAt.set(session.id, session.endedAt)
  }
  const rotation: RotationSoFar = { coops: new Map(), people: new Map() }
  for (const rapporteur of rapporteurs) {
    const at = endedAt.get(rapporteur.sessionId)
    if (at === undefined) continue
    const coop = coopIdOf(rapporteur)
    if (coop !== null) keepLatest(rotation.coops, coop, at)
    const person = matchKey(rapporteur.name)
    if (person !== '') keepLatest(rotation.people, person, at)
  }
  for (const [coop, at] of Object.entries(prior?.coops ?? {})) keepLatest(rotation.coops, coop, at)
  for (const [person, at] of Object.entries(prior?.people ?? {})) keepLatest(rotation.people, person, at)
  return rotation
}

/**
 * Coop id → the latest `endedAt` of an ended session in which a rapporteur of that coop
 * reported. Rapporteurs of running sessions, and without a coop, do not count.
 */
export function reportHistory(sessions: readonly BreakoutSession[], rapporteurs: readonly Rapporteur[]): Map<string, number> {
  return rotationSoFar(sessions, rapporteurs).coops
}

/** Never reported sorts before any time; no coop sorts after every coop (see suggestRapporteur). */
function rotationRank(member: BreakoutMember, history: ReadonlyMap<string, number>, coopIdOf: CoopIdOf): number {
  const coop = coopIdOf(member)
  if (coop === null) return Infinity
  return history.get(coop) ?? -Infinity
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The member to suggest as rapporteur: the one whose coop reported least recently (a coop that
 * never reported first). Members without a coop come after everyone with one: the rotation is
 * between coops, and a person without one would otherwise always be "never reported". Ties go
 * to the person who reported least recently (`people`; never first), then by name
 * (case-insensitively), then participant id, so every browser suggests the same person.
 * `exclude` holds participant ids to skip, so asking again proposes someone else; null when no
 * one is left.
 */
export function suggestRapporteur(
  members: readonly BreakoutMember[],
  history: ReadonlyMap<string, number>,
  exclude: ReadonlySet<string> = new Set(),
  /** Person (matchKey of the name) → latest report: among members of equally ranked coops, who reported least recently first. */
  people: ReadonlyMap<string, number> = new Map(),
  /** Keys a member's coop as `history` is keyed. */
  coopIdOf: CoopIdOf = personCoopId,
): BreakoutMember | null {
  let best: BreakoutMember | null = null
  let bestRank = 0
  let bestPerson = 0
  for (const member of members) {
    if (exclude.has(member.participantId)) continue
    const rank = rotationRank(member, history, coopIdOf)
    const person = people.get(matchKey(member.name)) ?? -Infinity
    const tie = rank === bestRank && (person < bestPerson || (person === bestPerson && tieBefore(member, best)))
    if (best === null || rank < bestRank || tie) {
      best = member
      bestRank = rank
      bestPerson = person
    }
  }
  return best
}

/**
 * {@link suggestRapporteur} by the rotation so far ({@link rotationSoFar}): this board's ended
 * sessions and the `prior` reports of earlier meetings, at coop and at person level, coops keyed
 * by `coopIdOf` (the board's roster: `rosterCoopIdOf`, as the community keys `prior`).
 */
export function suggestByRotation(
  members: readonly BreakoutMember[],
  sessions: readonly BreakoutSession[],
  rapporteurs: readonly Rapporteur[],
  prior: PriorReports | null = null,
  exclude: ReadonlySet<string> = new Set(),
  coopIdOf: CoopIdOf = personCoopId,
): BreakoutMember | null {
  const { coops, people } = rotationSoFar(sessions, rapporteurs, prior, coopIdOf)
  return suggestRapporteur(members, coops, exclude, people, coopIdOf)
}

function tieBefore(a: BreakoutMember, b: BreakoutMember | null): boolean {
  if (b === null) return true
  const byName = compareText(a.name.toLowerCase(), b.name.toLowerCase())
  return byName !== 0 ? byName < 0 : compareText(a.participantId, b.participantId) < 0
}
