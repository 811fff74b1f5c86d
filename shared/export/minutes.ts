/**
 * The meeting minutes: a board as Markdown to paste into the meeting notes, a chat or a pad.
 * One pure function over the board document. The core gives the title, "Other areas" and
 * "Other notes"; each feature declares in its DocFeature (`minutes`, ./parts.ts) the blocks it
 * adds under the title, its sections (placed by order) and what it says about a note, gathered
 * here from the features' list. Deterministic: the same document and info give the same text.
 */
import type * as Y from 'yjs'
import type { DocFeature } from '../feature'
import { DOC_FEATURES } from '../features'
import { stripUnseen } from '../text/clean'
import { createMinutesContext, type MinutesInfo } from './context'
import { joinBlocks } from './markdown'
import type { NoteDecoration } from './noteLine'
import { MINUTES_FRAMES_ORDER, MINUTES_HEADER_ORDER, MINUTES_OTHER_NOTES_ORDER, type MinutesSection, type Ordered } from './parts'
import { framesSection } from './sections/frames'
import { headerSection } from './sections/header'
import { otherNotesSection } from './sections/otherNotes'
import { minutesLanguage, minutesTranslator } from './translate'

/** The items in order; equal orders keep the features' order (Array.prototype.sort is stable). */
function byOrder<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order)
}

/** The sections of `features`' minutes in reading order; notes are reported by the first section that claims them. */
export function minutesSections(features: readonly DocFeature[]): MinutesSection[] {
  const header = byOrder(features.flatMap((feature) => feature.minutes?.header ?? [])).map(({ part }) => part)
  const reporters = features.flatMap((feature) => feature.minutes?.reportsFrame ?? [])
  const core = [
    { order: MINUTES_HEADER_ORDER, section: headerSection(header) },
    { order: MINUTES_FRAMES_ORDER, section: framesSection((record) => reporters.some((reports) => reports(record))) },
    { order: MINUTES_OTHER_NOTES_ORDER, section: otherNotesSection },
  ]
  return byOrder([...core, ...features.flatMap((feature) => feature.minutes?.sections ?? [])]).map(({ section }) => section)
}

/** What `features` add to each note's line, in the features' order. */
export function noteDecorations(features: readonly DocFeature[]): NoteDecoration[] {
  return features.flatMap((feature) => feature.minutes?.decorations ?? [])
}

/**
 * The minutes of `doc` as Markdown in the info's language, with the parts of `features` (the
 * board's, unless a test gives others).
 */
export function boardMinutes(doc: Y.Doc, info: MinutesInfo, features: readonly DocFeature[] = DOC_FEATURES): string {
  const language = minutesLanguage(info.language ? [info.language] : [])
  const context = createMinutesContext(doc, { ...info, language }, minutesTranslator(language, features))
  const decorations = noteDecorations(features)
  // The one way out for every section's text: no control character or bidi override leaves.
  return stripUnseen(joinBlocks(minutesSections(features).map((section) => section(context, decorations))))
}
