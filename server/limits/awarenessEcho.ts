/**
 * Recognises awareness echoes. The stock y-websocket client sends its awareness on every
 * awareness 'update' event, remote ones included, so it sends back every awareness frame the
 * server relays to it: with N people moving cursors at 20/s, each client echoes ~20·(N−1)
 * frames per second. Such an echo changes nothing on the server (every entry's clock is one
 * the server already has), so the rate limit must not count it like a client's own message.
 */
import * as decoding from 'lib0/decoding'
import type { Awareness } from 'y-protocols/awareness'
import { MessageType } from '../../shared/protocol'

const NULL_STATE = 'null'

/**
 * True when `frame` is an awareness message none of whose entries would change `awareness`
 * (the y-protocols rule: a newer clock, or the same clock removing a present state, applies).
 * Reads only varints and compares bytes (no JSON), and says false for anything undecodable,
 * which the room then refuses as usual.
 */
export function isAwarenessEcho(frame: Uint8Array, awareness: Awareness): boolean {
  if (frame[0] !== MessageType.awareness) return false
  try {
    const outer = decoding.createDecoder(frame)
    decoding.readVarUint(outer)
    const decoder = decoding.createDecoder(decoding.readVarUint8Array(outer))
    if (decoding.hasContent(outer)) return false
    const count = decoding.readVarUint(decoder)
    if (count === 0) return false
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder)
      const clock = decoding.readVarUint(decoder)
      const state = decoding.readVarUint8Array(decoder)
      const known = awareness.meta.get(clientId)?.clock
      if (known === undefined || clock > known) return false
      if (clock === known && isNull(state) && awareness.states.has(clientId)) return false
    }
    return !decoding.hasContent(decoder)
  } catch {
    return false
  }
}

function isNull(state: Uint8Array): boolean {
  return state.length === NULL_STATE.length && String.fromCharCode(...state) === NULL_STATE
}
