/** Words of the people list that depend on counts. */
import type { TFunction } from 'i18next'

/**
 * The line about view-only watchers: "3 watching", or for a viewer, whom the count includes,
 * "2 watching, including you". Null when nobody watches.
 */
export function watchingText(viewers: number, youAreViewer: boolean, t: TFunction): string | null {
  if (viewers <= 0) return youAreViewer ? t('people.watchingViewOnly') : null
  if (!youAreViewer) return t('people.watching', { count: viewers })
  return viewers === 1 ? t('people.onlyYouWatching') : t('people.watchingWithYou', { count: viewers })
}
