/**
 * Votes and reactions in the meeting minutes (shared/export/minutes.ts): a section with each
 * vote's ranked results, and what a note's line says about it ("3 dots", "👍 2 · ❤️ 1").
 * Hidden results stay hidden until the vote is closed, in the minutes as on the board.
 */
import type { MinutesContext, MinutesNote } from '../export/context'
import { escapeMarkdown, heading } from '../export/markdown'
import type { NoteDecoration } from '../export/noteLine'
import { readReactions, readVotes } from './read'
import { voteResults } from './results'
import { voteScopeText } from './scope'
import { reactionCounts } from './tally'
import { REACTIONS, type Vote } from './types'

function shownInMinutes(vote: Vote, at: number): boolean {
  return vote.openedAt <= at && (vote.status === 'closed' || vote.results === 'live')
}

function voteBlock(context: MinutesContext, vote: Vote): string | null {
  const { t } = context
  const results = voteResults(context.doc, vote.id)
  if (!results) return null
  const facts = [
    voteScopeText(vote, (key, values) => t(`votes.scope.${key}`, values)),
    t(vote.per === 'coop' ? 'votes.perCoop' : 'votes.perPerson', { count: vote.dots }),
    t(vote.per === 'coop' ? 'votes.coops' : 'votes.voters', { count: results.voters }),
    vote.status === 'open' ? t('votes.stillOpen') : null,
  ].filter((fact): fact is string => fact !== null && fact !== '')
  // A note still on the board keeps its links and marks, as in the rest of the minutes.
  const markdownOf = new Map(context.notes.map((n) => [n.id, n.markdown]))
  const lines = results.notes.map((note) => {
    const markdown = markdownOf.get(note.noteId) ?? escapeMarkdown(note.text)
    const text = note.text.trim() === '' ? `*${t('minutes.emptyNote')}*` : markdown.replace(/\n/g, ' ')
    return `**${note.rank}.** ${text}${note.present ? '' : ` *${t('votes.deleted')}*`} — ${t('votes.dots', { count: note.dots })}`
  })
  const title = heading(3, escapeMarkdown(vote.title || t('votes.untitled')))
  return [title, `*${escapeMarkdown(facts.join(', '))}*`, '', ...lines.map((l) => `- ${l}`)].join('\n')
}

/** Every vote with results to show, oldest first, or null when there is none. */
export function votesSection(context: MinutesContext): string | null {
  const blocks = readVotes(context.doc)
    .filter((vote) => shownInMinutes(vote, context.info.at))
    .map((vote) => voteBlock(context, vote))
    .filter((block): block is string => block !== null)
  return blocks.length === 0 ? null : [heading(2, context.t('votes.title')), ...blocks].join('\n\n')
}

/** "3 dots" on a note of the last vote (with results to show) that covered it. */
export const voteDotsDecoration: NoteDecoration = (context: MinutesContext, note: MinutesNote) => {
  const votes = readVotes(context.doc).filter((vote) => shownInMinutes(vote, context.info.at) && vote.noteIds.includes(note.id))
  const last = votes[votes.length - 1]
  if (!last) return null
  const tally = voteResults(context.doc, last.id)?.notes.find((n) => n.noteId === note.id)
  return tally ? context.t('votes.dots', { count: tally.dots }) : null
}

/** "👍 2 · ❤️ 1": the reactions on a note, in the fixed order. */
export const reactionsDecoration: NoteDecoration = (context: MinutesContext, note: MinutesNote) => {
  const counts = reactionCounts(
    readReactions(context.doc).filter((r) => r.noteId === note.id),
    null,
  ).get(note.id)
  if (!counts || counts.length === 0) return null
  return counts.map((c) => `${REACTIONS.find((r) => r.id === c.reaction)?.emoji ?? c.reaction} ${c.count}`).join(' · ')
}
