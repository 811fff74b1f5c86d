/**
 * Words for the decisions panel and the proposal cards: stance names and marks, counts,
 * quorum and decision-log lines. Pure functions; components render what they return.
 */
import type en from './locales/en.json'
import type { TFunction } from 'i18next'
import { coopIdFor } from '../../../shared/corners/roster'
import type { DecisionLogEntry } from '../../../shared/decisions/log'
import type { ProposalSummary } from '../../../shared/decisions/summary'
import type { StanceCounts } from '../../../shared/decisions/tally'
import { STANCE_KINDS, type ProposalOutcome, type Stance, type StanceKind } from '../../../shared/decisions/types'

/** How each stance is marked. The mark is shown next to the stance's name, never alone. */
export const STANCE_MARKS: Record<StanceKind, string> = {
  consent: '✓',
  concern: '!',
  stand_aside: '–',
  block: '✕',
}

/** "Consent", "Stand aside", … in the viewer's language. */
export function stanceLabel(t: TFunction, kind: StanceKind): string {
  return t(`decisions.stance.${kind}`)
}

/** "agreed", "agreed as amended", "not agreed". */
export function outcomeLabel(t: TFunction, outcome: ProposalOutcome): string {
  return t(`decisions.outcome.${outcome}`)
}

/** "1 block", "2 blocks", "3 consent", "1 concern", "1 stand aside". */
export function stanceCountText(t: TFunction, kind: StanceKind, count: number): string {
  return t(`decisions.count.${kind}`, { count })
}

/** The stances somebody took, in order, as "12 consent, 1 stand aside"; "no stances" when none. */
export function countsText(t: TFunction, counts: StanceCounts): string {
  const parts = STANCE_KINDS.filter((kind) => counts[kind] > 0).map((kind) => stanceCountText(t, kind, counts[kind]))
  return parts.length === 0 ? t('decisions.count.none') : parts.join(', ')
}

/** "2 of 3 coops responded · quorum reached" or "… · quorum needs 2". */
export function quorumText(t: TFunction, summary: ProposalSummary): string {
  const { responded, coops, needed, quorumMet } = summary.tally
  return t(quorumMet ? 'decisions.quorum.reached' : 'decisions.quorum.needs', { responded, count: coops, needed })
}

/** One line of the decision log: "1. We agreed to … — agreed, 12 consent, 1 stand aside". */
export function logLine(t: TFunction, entry: DecisionLogEntry): string {
  return t('decisions.log.line', {
    seq: entry.seq,
    text: entry.text,
    outcome: outcomeLabel(t, entry.outcome),
    counts: countsText(t, entry.counts),
  })
}

/** Stances with a reason worth reading first: blocks, then concerns (by coop name within each). */
export function objections(stances: readonly Stance[]): Stance[] {
  const rank = (stance: Stance) => (stance.stance === 'block' ? 0 : 1)
  return stances.filter((s) => s.stance === 'block' || s.stance === 'concern').sort((a, b) => rank(a) - rank(b))
}

/** What a participant may do about stances: take one for their coop, or why not. */
export type StanceAbility = { kind: 'can'; coopName: string; coopId: string } | { kind: 'cannot'; why: string }

/** Whether someone of role `canWrite` with coop `coop` may take a stance. */
export function stanceAbility(t: TFunction, canWrite: boolean, coop: string): StanceAbility {
  if (!canWrite) return { kind: 'cannot', why: t('decisions.ability.viewOnly') }
  const coopName = coop.trim()
  if (!/[\p{L}\p{N}]/u.test(coopName)) {
    return { kind: 'cannot', why: t('decisions.ability.noCoop') }
  }
  return { kind: 'can', coopName, coopId: coopIdFor(coopName) }
}

/** The stance of coop `coopId` in a proposal's stances, or null. */
export function stanceOf(stances: readonly Stance[], coopId: string): Stance | null {
  return stances.find((s) => s.coopId === coopId) ?? null
}

/** The problems the decision write functions return (shared/decisions/write.ts), as keys. */
type ProblemKey = keyof (typeof en)['decisions']['problem']

const PROBLEMS: readonly { pattern: RegExp; key: ProblemKey }[] = [
  { pattern: /^Write the proposal first\.$/, key: 'writeFirst' },
  { pattern: /^A proposal is at most (\d+) characters\.$/, key: 'proposalTooLong' },
  { pattern: /^That proposal already exists\.$/, key: 'exists' },
  { pattern: /^Name your coop to take a stance: stances are one per coop\.$/, key: 'nameCoop' },
  { pattern: /^This proposal no longer exists\.$/, key: 'gone' },
  { pattern: /^This proposal is closed\.$/, key: 'closed' },
  { pattern: /^This proposal is already closed\.$/, key: 'alreadyClosed' },
  { pattern: /^A reason is at most (\d+) characters\.$/, key: 'reasonTooLong' },
  { pattern: /^Write the amended text\.$/, key: 'writeAmended' },
  { pattern: /^You are watching with a view-only link\.$/, key: 'viewOnly' },
]

/**
 * A problem from the decision actions in the viewer's language. The shared functions speak
 * English (the server and tests read them); known ones are translated, others shown as they are.
 */
export function problemText(t: TFunction, problem: string): string {
  for (const { pattern, key } of PROBLEMS) {
    const match = pattern.exec(problem)
    if (match) return t(`decisions.problem.${key}`, { max: Number(match[1] ?? 0) })
  }
  return problem
}
