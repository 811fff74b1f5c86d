/**
 * Origins of the Y transactions this browser makes. Observers compare them by identity: the
 * binding skips its own echoes, the connection counts local writes as unsent while offline.
 */

/**
 * Transactions that Plenary's features (the coop roster, corners) write straight into the
 * document, not through the tldraw store. The binding does not skip them: it applies their
 * records to the store as remote changes, so they reach the canvas in one batch and stay out
 * of tldraw's undo stack (an undo must never take back a whole roster import).
 */
export const FEATURE_ORIGIN: object = Object.freeze({ name: 'plenary:feature' })
