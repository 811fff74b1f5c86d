/** Words of the people list that depend on counts. */

/**
 * The line about view-only watchers: "3 watching", or for a viewer, whom the count includes,
 * "2 watching, including you". Null when nobody watches.
 */
export function watchingText(viewers: number, youAreViewer: boolean): string | null {
  if (viewers <= 0) return youAreViewer ? 'Watching with a view-only link' : null
  if (!youAreViewer) return `${viewers} watching`
  return viewers === 1 ? 'Only you are watching' : `${viewers} watching, including you`
}
