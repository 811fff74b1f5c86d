/**
 * Why a board cannot be shown, in words for people. One list for what the REST API, the sync
 * endpoint and the address bar can report, so a wrong link reads the same wherever it is found.
 */

/** Everything that keeps a board page from opening a board. */
export type AccessProblem =
  | 'noToken'
  | 'malformedLink'
  | 'unauthorized'
  | 'revoked'
  | 'originNotAllowed'
  | 'notFound'
  | 'badRequest'
  | 'refused'

/** What a full-page message says. */
export interface ProblemText {
  title: string
  body: string
  /** Whether reloading can help, so the page offers it. */
  reload: boolean
}

/** The page text for a problem. */
export function describeAccessProblem(problem: AccessProblem): ProblemText {
  switch (problem) {
    case 'noToken':
      return {
        title: 'You need an invite link to open this board',
        body: 'Boards open only with the link a facilitator shares. Ask them for it and open it in this browser; it is remembered here afterwards.',
        reload: false,
      }
    case 'malformedLink':
      return {
        title: 'This link is incomplete',
        body: 'The end of the link was cut off, so it does not open the board. Copy the whole link again, or ask your facilitator to send it once more.',
        reload: false,
      }
    case 'unauthorized':
      return {
        title: 'This link doesn’t open this board',
        body: 'The invite in the link is not valid for this board. Check that you opened the whole link, or ask your facilitator for a new one.',
        reload: false,
      }
    case 'revoked':
      return {
        title: 'This link was replaced by a facilitator',
        body: 'Ask them for the new one. The board and its notes are still there; only the link you used stopped working.',
        reload: false,
      }
    case 'originNotAllowed':
      return {
        title: 'This board can’t be opened from this address',
        body: 'The server accepts boards only from its own public address. Open the invite link exactly as you received it.',
        reload: false,
      }
    case 'notFound':
      return {
        title: 'This board does not exist',
        body: 'Check that the link is complete — board links end in 22 letters and digits. If the board was deleted, ask your facilitator for a new link.',
        reload: false,
      }
    case 'badRequest':
      return {
        title: 'This link is not valid',
        body: 'The address does not name a board the way Plenary expects. Open the invite link exactly as you received it.',
        reload: false,
      }
    case 'refused':
      return {
        title: 'A change could not be accepted',
        body: 'Something made in this page is not something a board can hold, so the server stopped syncing it. Reload the page to reconnect; the rest of the board is safe.',
        reload: true,
      }
  }
}
