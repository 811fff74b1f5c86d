/** What the room reads from and writes into a client's presence (awareness) state. */
import type { Role } from '../../shared/protocol'

/** Key of the server's own awareness state, and the key clients may not set. */
export const SERVER_AWARENESS_KEY = 'plenary'

/** A client's awareness state with the server-verified role, and without the server's key. */
export function stampRole(state: unknown, role: Role): unknown {
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return state
  const { [SERVER_AWARENESS_KEY]: _ignored, ...rest } = state as Record<string, unknown>
  return { ...rest, role }
}

/** The `user` field of a presence state, when it is an object. */
function userOf(state: unknown): Record<string, unknown> | null {
  if (typeof state !== 'object' || state === null) return null
  const user = (state as Record<string, unknown>).user
  return typeof user === 'object' && user !== null ? (user as Record<string, unknown>) : null
}

/** The participant id (`user.id`) an awareness state claims, or null. */
export function participantIdOfState(state: unknown): string | null {
  const id = userOf(state)?.id
  return typeof id === 'string' && id.length > 0 && id.length <= 200 ? id : null
}

/** The coop name of a presence state's `user.coop`, or null when it names no coop. */
export function coopNameOfState(state: unknown): string | null {
  const coop = userOf(state)?.coop
  return typeof coop === 'string' && coop.trim() !== '' && coop.length <= 200 ? coop : null
}
