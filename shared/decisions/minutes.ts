/**
 * The decision log: each closed proposal in order with its outcome, when it was decided, the
 * count by stance and every coop's stance with its reason; then proposals still open, with
 * when they were opened. The proposals' cards on the board are reported here, not again
 * among the notes. Words from ./minutes.locales.ts, in the reader's language.
 */
import { isProposalCard } from './card'
import { decisionLog, type DecisionLogEntry, type LoggedStance } from './log'
import { readProposals, readStances } from './read'
import { countStances, type StanceCounts } from './tally'
import type { StanceKind } from './types'
import type { MinutesContext } from '../export/context'
import { bullet, escapeMarkdown, heading } from '../export/markdown'
import type { MinutesTranslate } from '../export/translate'

const STANCE_ORDER: readonly StanceKind[] = ['consent', 'concern', 'stand_aside', 'block']

/** "12 consent, 1 concern, 1 block" (kinds nobody took are left out), or "no stances". */
export function countsText(t: MinutesTranslate, counts: StanceCounts): string {
  const parts = STANCE_ORDER.filter((kind) => counts[kind] > 0).map((kind) => t(`decisions.count.${kind}`, { count: counts[kind] }))
  return parts.length > 0 ? parts.join(', ') : t('decisions.count.none')
}

/** Indent of text inside an item of the numbered log ("1. "), so nested lines stay in the item. */
const ITEM_INDENT = '   '

function stanceLine(t: MinutesTranslate, stance: LoggedStance): string {
  const reason = stance.reason ? `: “${escapeMarkdown(stance.reason)}”` : ''
  const line = bullet(`${escapeMarkdown(stance.coopName)} — ${t(`decisions.stance.${stance.stance}`)}${reason}`)
  return `${ITEM_INDENT}${line.replace(/\n/g, `\n${ITEM_INDENT}`)}`
}

function decisionBlock(context: MinutesContext, entry: DecisionLogEntry): string {
  const { t } = context
  const indented = (text: string) => escapeMarkdown(text).replace(/\n/g, `\n${ITEM_INDENT}`)
  const lines = [`${entry.seq}. **${t(`decisions.outcome.${entry.outcome}`)}:** ${indented(entry.text)}`]
  if (entry.outcome === 'amended' && entry.proposedText !== entry.text) {
    lines.push(`${ITEM_INDENT}*${t('decisions.asProposed')}* ${indented(entry.proposedText)}`)
  }
  lines.push(`${ITEM_INDENT}*${t('decisions.decidedAt', { date: context.date(entry.closedAt) })} · ${countsText(t, entry.counts)}*`)
  if (entry.outcomeNote) lines.push(`${ITEM_INDENT}*${t('decisions.note')}* ${indented(entry.outcomeNote)}`)
  return [...lines, ...entry.stances.map((stance) => stanceLine(t, stance))].join('\n')
}

/** The decision log and the open proposals, or null when the board has neither. */
export function decisionsSection(context: MinutesContext): string | null {
  const { t } = context
  context.claim(context.notes.filter((note) => isProposalCard(context.records.get(note.id))))
  const log = decisionLog(context.doc)
  const open = readProposals(context.doc).filter((proposal) => proposal.status === 'open')
  if (log.length === 0 && open.length === 0) return null
  const blocks = [heading(2, t('decisions.title'))]
  blocks.push(log.length > 0 ? log.map((entry) => decisionBlock(context, entry)).join('\n') : `*${t('decisions.noneTaken')}*`)
  if (open.length > 0) {
    const lines = open.map((proposal) => {
      const counts = countsText(t, countStances(readStances(context.doc, proposal.id)))
      return bullet(`${escapeMarkdown(proposal.text)} — *${t('decisions.stillOpen', { date: context.date(proposal.openedAt), counts })}*`)
    })
    blocks.push(`${heading(3, t('decisions.stillOpenTitle'))}\n\n${lines.join('\n')}`)
  }
  return blocks.join('\n\n')
}
