/**
 * What the Miro import says to people, as stable codes with values: the English sentence stays
 * in the result (logs, tests, the server), and the client says the code in the reader's
 * language (client/features/miro/locales: "miro.reasons.*" and "miro.errors.*").
 */

/** Values a message is filled with (ids, counts, limits, names). */
export type MiroMessageParams = Readonly<Record<string, string | number>>

/** Why an item was skipped, or imported with a change ("textCut"). */
export const MIRO_REASON_CODES = [
  'preview',
  'appCard',
  'docFormat',
  'mindmap',
  'table',
  'kanban',
  'unknownType',
  'unknownShape',
  'noPosition',
  'nestedFrame',
  'parentNotImported',
  'textTooLong',
  'textCut',
  'farAway',
  'notAttached',
  'endNotImported',
  'selfConnected',
  'invalidItem',
  'notAnObject',
  'duplicateId',
  'ownParent',
  'parentCycle',
] as const

/** One of {@link MIRO_REASON_CODES}. */
export type MiroReasonCode = (typeof MIRO_REASON_CODES)[number]

/** The English sentences for a file that is not shaped like a Miro export (logs, tests, the server). */
export const NOT_MIRO_SHAPE = {
  notMiroList: 'The file is a list, but not of Miro items or of Miro response pages.',
  notMiroExport: 'This is not a Miro export: expected the JSON of Miro’s “get items” API ({ "data": [ … ] }).',
} as const

/** Why a whole file was refused. */
export const MIRO_ERROR_CODES = [
  'fileTooLarge',
  'notJson',
  'notMiroList',
  'notMiroExport',
  'tooManyItems',
  'noItems',
  'tooManyRecords',
  'filesTooLarge',
  'tooManyFiles',
  'zipTooLarge',
  'zipTooManyEntries',
  'zipNested',
  'notZip',
] as const

/** One of {@link MIRO_ERROR_CODES}. */
export type MiroErrorCode = (typeof MIRO_ERROR_CODES)[number]

/** What looks missing or doubled in a multi-page export (shared/miro/pages.ts); the import goes on. */
export const MIRO_WARNING_CODES = ['morePages', 'morePagesNoTotal', 'pageMissing', 'firstPageMissing', 'pageTwice', 'itemsMissing'] as const

/** One of {@link MIRO_WARNING_CODES}. */
export type MiroWarningCode = (typeof MIRO_WARNING_CODES)[number]

/**
 * What imported items had that tldraw has no place for, counted by kind (shared/miro/lostFields.ts):
 * the client says "Not carried over: authors of 212 items, …" from these codes and counts.
 */
export const MIRO_LOST_CODES = [
  'authors',
  'timestamps',
  'frameFills',
  'fonts',
  'cardDueDates',
  'cardStartDates',
  'cardAssignees',
  'tags',
  'strokeWidths',
  'extraCaptions',
] as const

/** One of {@link MIRO_LOST_CODES}. */
export type MiroLostCode = (typeof MIRO_LOST_CODES)[number]

/** A refused file: the English sentence, its code and values. */
export interface MiroFailure {
  ok: false
  error: string
  code: MiroErrorCode
  params?: MiroMessageParams
}
