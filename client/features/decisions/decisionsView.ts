/**
 * Words for the decisions panel and the proposal cards: stance names and marks, counts,
 * quorum and decision-log lines. Pure functions; components render what they return.
 */
import { coopIdFor } from '../../../shared/corners/roster'
import type { DecisionLogEntry } from '../../../shared/decisions/log'
import type { ProposalSummary } from '../../../shared/decisions/summary'
import type { StanceCounts } from '../../../shared/decisions/tally'
import { STANCE_KINDS, type ProposalOutcome, type Stance, type StanceKind } from '../../../shared/decisions/types'

/** How each stance is named and marked. The mark is shown next to the words, never alone. */
export const STANCE_LABELS: Record<StanceKind, { label: string; plural: string; mark: string }> = {
  consent: { label: 'Consent', plural: 'consent', mark: '✓' },
  concern: { label: 'Concern', plural: 'concerns', mark: '!' },
  stand_aside: { label: 'Stand aside', plural: 'stand aside', mark: '–' },
  block: { label: 'Block', plural: 'blocks', mark: '✕' },
}

/** How each outcome is named. */
export const OUTCOME_LABELS: Record<ProposalOutcome, string> = {
  agreed: 'agreed',
  amended: 'agreed as amended',
  not_agreed: 'not agreed',
}

/** "1 block", "2 blocks", "3 consent", "1 concern", "1 stand aside". */
export function stanceCountText(kind: StanceKind, count: number): string {
  if (kind === 'concern' || kind === 'block') return `${count} ${count === 1 ? kind : STANCE_LABELS[kind].plural}`
  return `${count} ${STANCE_LABELS[kind].plural}`
}

/** The stances somebody took, in order, as "12 consent, 1 stand aside"; "no stances" when none. */
export function countsText(counts: StanceCounts): string {
  const parts = STANCE_KINDS.filter((kind) => counts[kind] > 0).map((kind) => stanceCountText(kind, counts[kind]))
  return parts.length === 0 ? 'no stances' : parts.join(', ')
}

/** "2 of 3 coops responded · quorum reached" or "… · quorum needs 2". */
export function quorumText(summary: ProposalSummary): string {
  const { responded, coops, needed, quorumMet } = summary.tally
  const base = `${responded} of ${coops} ${coops === 1 ? 'coop' : 'coops'} responded`
  return quorumMet ? `${base} · quorum reached` : `${base} · quorum needs ${needed}`
}

/** One line of the decision log: "1. We agreed to … — agreed, 12 consent, 1 stand aside". */
export function logLine(entry: DecisionLogEntry): string {
  return `${entry.seq}. ${entry.text} — ${OUTCOME_LABELS[entry.outcome]}, ${countsText(entry.counts)}`
}

/** Stances with a reason worth reading first: blocks, then concerns (by coop name within each). */
export function objections(stances: readonly Stance[]): Stance[] {
  const rank = (stance: Stance) => (stance.stance === 'block' ? 0 : 1)
  return stances.filter((s) => s.stance === 'block' || s.stance === 'concern').sort((a, b) => rank(a) - rank(b))
}

/** What a participant may do about stances: take one for their coop, or why not. */
export type StanceAbility = { kind: 'can'; coopName: string; coopId: string } | { kind: 'cannot'; why: string }

/** Whether someone of role `canWrite` with coop `coop` may take a stance. */
export function stanceAbility(canWrite: boolean, coop: string): StanceAbility {
  if (!canWrite) return { kind: 'cannot', why: 'You are watching with a view-only link.' }
  const coopName = coop.trim()
  if (!/[\p{L}\p{N}]/u.test(coopName)) {
    return { kind: 'cannot', why: 'Stances are taken by coop. Add your cooperative to your name to take one.' }
  }
  return { kind: 'can', coopName, coopId: coopIdFor(coopName) }
}

/** The stance of coop `coopId` in a proposal's stances, or null. */
export function stanceOf(stances: readonly Stance[], coopId: string): Stance | null {
  return stances.find((s) => s.coopId === coopId) ?? null
}
