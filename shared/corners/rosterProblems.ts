/**
 * Stable codes for the problems a roster text can have, with the values their messages name.
 * The English `message` stays for the server and logs; a client shows the code in its own
 * language (client/features/corners/importPreview.ts) and falls back to the message.
 */

/** Every problem a roster text can have. */
export const ROSTER_PROBLEM_CODES = [
  'tooLarge',
  'binary',
  'tooManyRows',
  'emptyCsv',
  'emptyList',
  'moreProblems',
  'noNameColumn',
  'twoColumns',
  'missingQuotes',
  'invalidQuotes',
  'extraFields',
  'noName',
  'nameNoLetters',
  'tooLong',
  'notWebsite',
  'tooManyDelegates',
  'delegateTooLong',
  'sameLine',
  'sameCoop',
  'notCount',
  'countTooLarge',
  'notCoop',
  'notRosterJson',
  // Warnings: the row is imported, differently from how it is written.
  'shortened',
  'delegatesCounted',
  'mixedDelegates',
] as const

/** One of {@link ROSTER_PROBLEM_CODES}. */
export type RosterProblemCode = (typeof ROSTER_PROBLEM_CODES)[number]

/** The values a problem's message names: counts, limits, lines, and values as written. */
export type RosterProblemParams = Readonly<Record<string, string | number>>

/** A problem as code, params and its English message. */
export interface RosterProblem {
  code: RosterProblemCode
  params: RosterProblemParams
  message: string
}
