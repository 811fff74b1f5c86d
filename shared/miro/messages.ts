/**
 * What the Miro import says to people, as stable codes with values: the English sentence stays
 * in the result (logs, tests, the server), and the client says the code in the reader's
 * language (client/features/miro/locales: "miro.reasons.*" and "miro.errors.*").
 */

/** Values a message is filled with (ids, counts, limits, names). */
export type MiroMessageParams = Readonly<Record<string, string | number>>

/** Why an item was skipped, or imported with a change ("textCut"). */
export const MIRO_REASON_CODES = [
  'image',
  'document',
  'embed',
  'preview',
  'card',
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
  'notAttached',
  'endNotImported',
  'selfConnected',
  'invalidItem',
  'notAnObject',
  'duplicateId',
] as const

/** One of {@link MIRO_REASON_CODES}. */
export type MiroReasonCode = (typeof MIRO_REASON_CODES)[number]

/** Why a whole file was refused. */
export const MIRO_ERROR_CODES = ['fileTooLarge', 'notJson', 'notMiroList', 'notMiroExport', 'tooManyItems', 'noItems', 'tooManyRecords'] as const

/** One of {@link MIRO_ERROR_CODES}. */
export type MiroErrorCode = (typeof MIRO_ERROR_CODES)[number]

/** A refused file: the English sentence, its code and values. */
export interface MiroFailure {
  ok: false
  error: string
  code: MiroErrorCode
  params?: MiroMessageParams
}
