/**
 * The meeting minutes: a board as Markdown to paste into the meeting notes, a chat or a pad.
 * One pure function over the board document; each feature adds its section to
 * {@link MINUTES_SECTIONS} (in the order they read) and what it says about a note to
 * {@link NOTE_DECORATIONS}. Deterministic: the same document and info give the same text.
 */
import type * as Y from 'yjs'
import { createMinutesContext, type MinutesContext, type MinutesInfo } from './context'
import { joinBlocks } from './markdown'
import type { NoteDecoration } from './noteLine'
import { breakoutsSection } from './sections/breakouts'
import { cornersSection } from './sections/corners'
import { decisionsSection } from './sections/decisions'
import { framesSection } from './sections/frames'
import { headerSection } from './sections/header'
import { reactionsDecoration, voteDotsDecoration, votesSection } from '../voting/minutes'
import { otherNotesSection } from './sections/otherNotes'

/** One section: Markdown, or null when the board has nothing for it. */
export type MinutesSection = (context: MinutesContext, decorations: readonly NoteDecoration[]) => string | null

/** The sections in reading order; notes are reported by the first section that claims them. */
export const MINUTES_SECTIONS: readonly MinutesSection[] = [
  headerSection,
  decisionsSection,
  votesSection,
  cornersSection,
  breakoutsSection,
  framesSection,
  otherNotesSection,
]

/** What features add to each note's line, in this order. */
export const NOTE_DECORATIONS: readonly NoteDecoration[] = [voteDotsDecoration, reactionsDecoration]

/** The minutes of `doc` as Markdown. */
export function boardMinutes(doc: Y.Doc, info: MinutesInfo): string {
  const context = createMinutesContext(doc, info)
  return joinBlocks(MINUTES_SECTIONS.map((section) => section(context, NOTE_DECORATIONS)))
}
