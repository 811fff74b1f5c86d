/**
 * What to show a person for a failed API call. Failures found in the browser (no network, an
 * answer we cannot read) and the server's refusals that say nothing about the board (too many
 * requests, a host name it does not answer to) are put in the reader's language by their id;
 * any other message the server wrote is shown as the server sent it.
 */
import type { TFunction } from 'i18next'
import type { ApiError } from './apiClient'

/** The message for `error`, in the language of `t` where Plenary's own words describe it. */
export function apiErrorText(error: ApiError, t: TFunction): string {
  switch (error.id) {
    case 'network':
      return t('common.apiError.network')
    case 'invalid_response':
      return t('common.apiError.invalidResponse')
    case 'rate_limited':
      return t('common.apiError.rateLimited')
    case 'host_not_allowed':
      return t('common.apiError.hostNotAllowed')
    default:
      return error.message
  }
}
