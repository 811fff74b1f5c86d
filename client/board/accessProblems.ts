import type { TFunction } from 'i18next'

/**
 * Why a board cannot be shown, in words for people. One list for what the REST API, the sync
 * endpoint and the address bar can report, so a wrong link reads the same wherever it is found.
 */

/** Everything that keeps a board page from opening a board. */
export type AccessProblem =
  'noToken' | 'malformedLink' | 'unauthorized' | 'revoked' | 'originNotAllowed' | 'notFound' | 'badRequest' | 'refused'

/** What a full-page message says. */
export interface ProblemText {
  title: string
  body: string
  /** Whether reloading can help, so the page offers it. */
  reload: boolean
}

/** Whether reloading can help with a problem; only a refused change clears on reload. */
const RELOAD_HELPS: ReadonlySet<AccessProblem> = new Set(['refused'])

/** The page text for a problem, in the language of `t` (messages under `access.<problem>`). */
export function describeAccessProblem(problem: AccessProblem, t: TFunction): ProblemText {
  return {
    title: t(`access.${problem}.title`),
    body: t(`access.${problem}.body`),
    reload: RELOAD_HELPS.has(problem),
  }
}
