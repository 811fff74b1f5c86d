/**
 * What a feature adds to the meeting minutes, declared in its DocFeature (shared/feature.ts)
 * and gathered by ./minutes.ts, which names no feature. Types only, over the context and the
 * note line, so the contract imports no feature and no feature's section.
 */
import type { StoredRecord } from '../boardDoc'
import type { MinutesContext } from './context'
import type { NoteDecoration } from './noteLine'
import type { MinutesLocales } from './translate'

/** One section: Markdown, or null when the board has nothing for it. */
export type MinutesSection = (context: MinutesContext, decorations: readonly NoteDecoration[]) => string | null

/** One block under the minutes' title (the next meeting, who came), or null when there is nothing to say. */
export type MinutesHeaderPart = (context: MinutesContext) => string | null

/** Something placed at a position among the others of its kind: lower `order` comes first. */
export interface Ordered {
  order: number
}

/**
 * Where the core sections stand; features place theirs between {@link MINUTES_HEADER_ORDER}
 * and {@link MINUTES_FRAMES_ORDER}. Notes are reported by the first section that claims them,
 * so the order decides where a note shows up.
 */
export const MINUTES_HEADER_ORDER = 0
/** "Other areas": frames no feature reports, with the notes no earlier section claimed. */
export const MINUTES_FRAMES_ORDER = 900
/** "Other notes": every note still unclaimed; always last. */
export const MINUTES_OTHER_NOTES_ORDER = 1000

/** A feature's part of the minutes. */
export interface FeatureMinutes {
  /** Blocks under the title, by order. */
  header?: readonly (Ordered & { part: MinutesHeaderPart })[]
  /** Its sections, by order among every feature's. */
  sections?: readonly (Ordered & { section: MinutesSection })[]
  /** What it says on each note's line, after the author; features' decorations in the features' order. */
  decorations?: readonly NoteDecoration[]
  /** True for the frames it reports in its own section (a coop corner): "Other areas" leaves them out. */
  reportsFrame?: (record: StoredRecord) => boolean
  /**
   * The words its parts use, by language, under its own top-level key (`{ en: { votes: … } }`),
   * read through the context's `t`; every shipped language has every key (translate.test.ts).
   */
  messages?: MinutesLocales
}
