/**
 * The decision log: each closed proposal in order with its outcome, the count by stance and
 * every coop's stance with its reason; then proposals still open. The proposals' cards on the
 * board are reported here, not again among the notes.
 */
import { isProposalCard } from './card'
import { decisionLog, type DecisionLogEntry, type LoggedStance } from './log'
import { readProposals, readStances } from './read'
import { countStances, type StanceCounts } from './tally'
import type { ProposalOutcome, StanceKind } from './types'
import type { MinutesContext } from '../export/context'
import { bullet, escapeMarkdown, heading } from '../export/markdown'

const OUTCOME_TEXT: Record<ProposalOutcome, string> = {
  agreed: 'Agreed',
  amended: 'Agreed as amended',
  not_agreed: 'Not agreed',
}

const STANCE_TEXT: Record<StanceKind, [one: string, many: string]> = {
  consent: ['consent', 'consent'],
  concern: ['concern', 'concerns'],
  stand_aside: ['stand aside', 'stand aside'],
  block: ['block', 'blocks'],
}

const STANCE_ORDER: readonly StanceKind[] = ['consent', 'concern', 'stand_aside', 'block']

/** "12 consent, 1 concern, 1 block" (kinds nobody took are left out), or "no stances". */
export function countsText(counts: StanceCounts): string {
  const parts = STANCE_ORDER.filter((kind) => counts[kind] > 0).map((kind) => {
    const [one, many] = STANCE_TEXT[kind]
    return `${counts[kind]} ${counts[kind] === 1 ? one : many}`
  })
  return parts.length > 0 ? parts.join(', ') : 'no stances'
}

/** Indent of text inside an item of the numbered log ("1. "), so nested lines stay in the item. */
const ITEM_INDENT = '   '

function stanceLine(stance: LoggedStance): string {
  const reason = stance.reason ? `: “${escapeMarkdown(stance.reason)}”` : ''
  return `${ITEM_INDENT}${bullet(`${escapeMarkdown(stance.coopName)} — ${STANCE_TEXT[stance.stance][0]}${reason}`).replace(/\n/g, `\n${ITEM_INDENT}`)}`
}

function decisionBlock(entry: DecisionLogEntry): string {
  const indented = (text: string) => escapeMarkdown(text).replace(/\n/g, `\n${ITEM_INDENT}`)
  const lines = [`${entry.seq}. **${OUTCOME_TEXT[entry.outcome]}:** ${indented(entry.text)}`]
  if (entry.outcome === 'amended' && entry.proposedText !== entry.text) {
    lines.push(`${ITEM_INDENT}*As proposed:* ${indented(entry.proposedText)}`)
  }
  lines.push(`${ITEM_INDENT}*${countsText(entry.counts)}*`)
  if (entry.outcomeNote) lines.push(`${ITEM_INDENT}*Note:* ${indented(entry.outcomeNote)}`)
  return [...lines, ...entry.stances.map(stanceLine)].join('\n')
}

/** The decision log and the open proposals, or null when the board has neither. */
export function decisionsSection(context: MinutesContext): string | null {
  context.claim(context.notes.filter((note) => isProposalCard(context.records.get(note.id))))
  const log = decisionLog(context.doc)
  const open = readProposals(context.doc).filter((proposal) => proposal.status === 'open')
  if (log.length === 0 && open.length === 0) return null
  const blocks = [heading(2, 'Decisions')]
  blocks.push(log.length > 0 ? log.map(decisionBlock).join('\n') : '*No decision was taken.*')
  if (open.length > 0) {
    const lines = open.map((proposal) => {
      const counts = countStances(readStances(context.doc, proposal.id))
      return bullet(`${escapeMarkdown(proposal.text)} — *still open: ${countsText(counts)}*`)
    })
    blocks.push(`${heading(3, 'Proposals still open')}\n\n${lines.join('\n')}`)
  }
  return blocks.join('\n\n')
}
