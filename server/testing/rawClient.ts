/**
 * A raw `ws` client of the sync endpoint, for tests that must send frames no stock client
 * would (garbage, floods) or behave badly (never answer pings, vanish without a close frame).
 */
import { WebSocket, type ClientOptions } from 'ws'
import * as encoding from 'lib0/encoding'
import { MessageType, Paths, Role, TOKEN_PARAM } from '../../shared/protocol'
import type { TestBoard } from './syncClient'

/** An open raw connection. */
export interface RawClient {
  ws: WebSocket
  /** Resolves with the close code once the connection has closed (1006 when it just ended). */
  closed: Promise<number>
}

/** The sync URL of `board` with the token of `role`. */
export function syncUrl(origin: string, board: TestBoard, role: Role = Role.participant): string {
  return `${origin.replace(/^http/, 'ws')}${Paths.sync}/${board.id}?${TOKEN_PARAM}=${board.tokens[role]}`
}

/**
 * Connects and resolves once the server's first frame (its sync step 1) has arrived, so the
 * connection is known to be in the room. Rejects when the socket closes before that.
 */
export function openRaw(url: string, options: ClientOptions = {}): Promise<RawClient> {
  const ws = new WebSocket(url, options)
  // Errors (e.g. ECONNRESET after the server terminates) end in 'close'; nothing to add here.
  ws.on('error', () => undefined)
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)))
  return new Promise((resolve, reject) => {
    ws.once('message', () => resolve({ ws, closed }))
    void closed.then((code) => reject(new Error(`closed with ${code} before the first frame`)))
  })
}

/** An awareness frame setting `state` for `clientId` at `clock`. */
export function awarenessFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.awareness)
  const update = encoding.createEncoder()
  encoding.writeVarUint(update, 1)
  encoding.writeVarUint(update, clientId)
  encoding.writeVarUint(update, clock)
  encoding.writeVarString(update, JSON.stringify(state))
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update))
  return encoding.toUint8Array(encoder)
}

/** A sync frame of `syncType` (0 step 1, 1 step 2, 2 update) carrying `payload`. */
export function syncFrame(syncType: 0 | 1 | 2, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  encoding.writeVarUint(encoder, syncType)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}
