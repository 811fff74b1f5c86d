/**
 * The rapporteur rotation: which coops reported when (kept in the board across sessions), and
 * whom to suggest so that the floor goes round the coops rather than to the same voices.
 */
import { personCoopId } from './assign'
import type { BreakoutMember, BreakoutSession, Rapporteur } from './types'

/**
 * Coop id → the latest `endedAt` of an ended session in which a rapporteur of that coop
 * reported. Rapporteurs of running sessions, and without a coop, do not count.
 */
export function reportHistory(sessions: readonly BreakoutSession[], rapporteurs: readonly Rapporteur[]): Map<string, number> {
  const endedAt = new Map<string, number>()
  for (const session of sessions) {
    if (session.status === 'ended' && session.endedAt !== null) endedAt.set(session.id, session.endedAt)
  }
  const history = new Map<string, number>()
  for (const rapporteur of rapporteurs) {
    const at = endedAt.get(rapporteur.sessionId)
    const coop = personCoopId(rapporteur)
    if (at === undefined || coop === null) continue
    history.set(coop, Math.max(at, history.get(coop) ?? -Infinity))
  }
  return history
}

/** Never reported sorts before any time; no coop sorts after every coop (see suggestRapporteur). */
function rotationRank(member: BreakoutMember, history: ReadonlyMap<string, number>): number {
  const coop = personCoopId(member)
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
 * by name (case-insensitively), then participant id, so every browser suggests the same person.
 * `exclude` holds participant ids to skip, so asking again proposes someone else; null when no
 * one is left.
 */
export function suggestRapporteur(
  members: readonly BreakoutMember[],
  history: ReadonlyMap<string, number>,
  exclude: ReadonlySet<string> = new Set(),
): BreakoutMember | null {
  let best: BreakoutMember | null = null
  let bestRank = 0
  for (const member of members) {
    if (exclude.has(member.participantId)) continue
    const rank = rotationRank(member, history)
    if (best === null || rank < bestRank || (rank === bestRank && tieBefore(member, best))) {
      best = member
      bestRank = rank
    }
  }
  return best
}

function tieBefore(a: BreakoutMember, b: BreakoutMember): boolean {
  const byName = compareText(a.name.toLowerCase(), b.name.toLowerCase())
  return byName !== 0 ? byName < 0 : compareText(a.participantId, b.participantId) < 0
}
