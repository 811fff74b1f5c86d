/**
 * Counting a proposal's stances by coop: counts by stance, which coops have not responded,
 * quorum, blocks. Pure functions over plain data.
 */
import type { Coop } from '../corners/roster'
import { STANCE_KINDS, type Stance, type StanceKind } from './types'

/** How many coops took each stance. */
export type StanceCounts = Record<StanceKind, number>

/** A coop that has not taken a stance yet. */
export interface PendingCoop {
  id: string
  name: string
}

/** Everything the panel and the card show about a proposal's responses. */
export interface ProposalTally {
  counts: StanceCounts
  /** Coops that took a stance. */
  responded: number
  /** Coops counted for quorum: the roster plus coops that responded without being on it. */
  coops: number
  /** Roster coops that have not responded, by name. */
  pending: PendingCoop[]
  /** Coops needed for quorum: ceil(quorum × coops), at least 1. */
  needed: number
  quorumMet: boolean
  blocks: number
}

/** Counts of each stance, zero for those nobody took. */
export function countStances(stances: readonly Pick<Stance, 'stance'>[]): StanceCounts {
  const counts = Object.fromEntries(STANCE_KINDS.map((kind) => [kind, 0])) as StanceCounts
  for (const { stance } of stances) counts[stance] += 1
  return counts
}

/** True when any coop blocks. */
export function hasBlock(stances: readonly Pick<Stance, 'stance'>[]): boolean {
  return stances.some((s) => s.stance === 'block')
}

/** The roster coops with no stance in `stances`, sorted by name. */
export function pendingCoops(roster: readonly Pick<Coop, 'id' | 'name'>[], stances: readonly Pick<Stance, 'coopId'>[]): PendingCoop[] {
  const responded = new Set(stances.map((s) => s.coopId))
  return roster
    .filter((coop) => !responded.has(coop.id))
    .map((coop) => ({ id: coop.id, name: coop.name }))
    .sort((a, b) => a.name.localeCompare(b.name))
}

/**
 * The coops quorum is counted against: every roster coop, plus coops that responded without
 * being on the roster (a delegate may name a coop nobody imported).
 */
export function quorumBase(roster: readonly Pick<Coop, 'id'>[], stances: readonly Pick<Stance, 'coopId'>[]): number {
  const ids = new Set(roster.map((coop) => coop.id))
  for (const stance of stances) ids.add(stance.coopId)
  return ids.size
}

/** Coops needed for a quorum of share `quorum` among `coops` coops (at least one). */
export function quorumNeeded(coops: number, quorum: number): number {
  // Rounded first so that 0.6 × 5 is 3, not 3.0000000000000004 → 4.
  return Math.max(1, Math.ceil(Math.round(coops * quorum * 1e9) / 1e9))
}

/** The tally of one proposal's stances against the roster, with quorum share `quorum`. */
export function tallyProposal(roster: readonly Pick<Coop, 'id' | 'name'>[], stances: readonly Stance[], quorum: number): ProposalTally {
  const coops = quorumBase(roster, stances)
  const responded = new Set(stances.map((s) => s.coopId)).size
  const needed = quorumNeeded(coops, quorum)
  const counts = countStances(stances)
  return { counts, responded, coops, pending: pendingCoops(roster, stances), needed, quorumMet: responded >= needed, blocks: counts.block }
}
