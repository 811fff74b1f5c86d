/** The closing section: notes no earlier section reported (outside any corner or group area). */
import type { MinutesContext } from '../context'
import { heading } from '../markdown'
import { noteLine, type NoteDecoration } from '../noteLine'

/** The notes outside every area, or null when there are none. */
export function otherNotesSection(context: MinutesContext, decorations: readonly NoteDecoration[]): string | null {
  const notes = context.notes.filter((note) => !context.isClaimed(note.id))
  if (notes.length === 0) return null
  context.claim(notes)
  return `${heading(2, context.t('minutes.otherNotes'))}\n\n${notes.map((note) => noteLine(context, note, decorations)).join('\n')}`
}
