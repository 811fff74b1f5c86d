/**
 * One note as a line of the minutes: its text, its author unless the note is anonymous, and
 * what features add about it (dots, reactions), e.g.
 * `- Share the hosting costs — Ana · Cooperativa Sur · 3 dots · 👍 2`.
 */
import { participantLabel } from '../participant'
import type { MinutesContext, MinutesNote } from './context'
import { bullet, escapeMarkdown } from './markdown'

/** Something a feature says about a note ("3 dots"), or null; plain text, escaped by the caller. */
export type NoteDecoration = (context: MinutesContext, note: MinutesNote) => string | null

/** The note as a bullet item, text escaped, decorations after the author. */
export function noteLine(context: MinutesContext, note: MinutesNote, decorations: readonly NoteDecoration[], depth = 0): string {
  const text = note.text.trim() === '' ? `*${context.t('minutes.emptyNote')}*` : note.markdown
  const extras = [
    note.author ? `*${escapeMarkdown(participantLabel(note.author))}*` : null,
    ...decorations.map((decorate) => {
      const said = decorate(context, note)
      return said ? escapeMarkdown(said) : null
    }),
  ].filter((part): part is string => part !== null)
  return bullet(extras.length > 0 ? `${text} — ${extras.join(' · ')}` : text, depth)
}
