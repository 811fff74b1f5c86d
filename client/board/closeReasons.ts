/** Words for why the server closed a board's connection for good. */
import type { TFunction } from 'i18next'
import { CloseCode } from '../../shared/protocol'
import type { PermanentClose } from '../sync/types'
import { describeAccessProblem, type AccessProblem, type ProblemText } from './accessProblems'

/** The access problem a permanent close code stands for, or null for a code we do not know. */
export function problemOfClose(code: number): AccessProblem | null {
  switch (code) {
    case CloseCode.unauthorized:
      return 'unauthorized'
    case CloseCode.originNotAllowed:
      return 'originNotAllowed'
    case CloseCode.boardNotFound:
      return 'notFound'
    case CloseCode.linkRevoked:
      return 'revoked'
    case CloseCode.updateRefused:
      return 'refused'
    case CloseCode.badRequest:
      return 'badRequest'
    default:
      return null
  }
}

/**
 * The page text for a permanent close. Known codes get our own words (the server's reasons
 * are terse and meant for logs); an unknown one shows the server's reason, else its code.
 */
export function describePermanentClose(close: PermanentClose, t: TFunction): ProblemText {
  const problem = problemOfClose(close.code)
  if (problem) return describeAccessProblem(problem, t)
  const reason = close.reason.trim()
  return {
    title: t('access.closed.title'),
    body: reason ? t('access.closed.withReason', { reason, code: close.code }) : t('access.closed.withoutReason', { code: close.code }),
    reload: false,
  }
}
