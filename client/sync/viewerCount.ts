/**
 * How many people watch a board with a view-only link. Viewers' presence is not relayed;
 * instead the server publishes its own awareness state `{ plenary: { viewers: N } }`, the
 * only state with a `plenary` key and no `user` (the server strips that key from clients).
 */
import { asObject } from '../../shared/values'

/** The key of the server's awareness state. */
export const SERVER_STATE_KEY = 'plenary'

/** Above this a count is not believed: no room holds that many sockets. */
const MAX_VIEWERS = 100_000

/** The viewer count in one awareness state, or null when it is not a valid server state. */
export function readServerViewers(state: unknown): number | null {
  const object = asObject(state)
  // A browser's state always has `user`; one that also carries the key is a client's forgery.
  if (!object || 'user' in object) return null
  const viewers = asObject(object[SERVER_STATE_KEY])?.viewers
  return typeof viewers === 'number' && Number.isInteger(viewers) && viewers >= 0 && viewers <= MAX_VIEWERS ? viewers : null
}

/**
 * The number of viewers across every server state. Each server process counts the viewers
 * connected to it, so with several processes serving one board their counts add up.
 */
export function readViewerCount(states: ReadonlyMap<number, unknown>): number {
  let total = 0
  states.forEach((state) => {
    total += readServerViewers(state) ?? 0
  })
  return Math.min(total, MAX_VIEWERS)
}
