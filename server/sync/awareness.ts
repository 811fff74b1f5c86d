/**
 * Reading and writing y-protocols awareness updates entry by entry, so the server can check
 * who sets which client's state and stamp the server-verified role on it before relaying.
 * Format (y-protocols/awareness): varuint count, then per entry varuint clientID,
 * varuint clock, varstring JSON state ("null" for a removed client).
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/** One entry of an awareness update. */
export interface AwarenessEntry {
  clientId: number
  clock: number
  /** The parsed JSON state; null when the client is leaving. */
  state: unknown
}

/** Largest awareness state accepted per client, in bytes of JSON. */
export const MAX_AWARENESS_STATE_BYTES = 16 * 1024

/** Decodes an awareness update; throws on malformed input. */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const entries: AwarenessEntry[] = []
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    const json = decoding.readVarString(decoder)
    if (json.length > MAX_AWARENESS_STATE_BYTES) throw new Error('awareness state too large')
    entries.push({ clientId, clock, state: JSON.parse(json) as unknown })
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after awareness update')
  return entries
}

/** Encodes entries as an awareness update. */
export function encodeAwarenessUpdate(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId)
    encoding.writeVarUint(encoder, entry.clock)
    encoding.writeVarString(encoder, JSON.stringify(entry.state))
  }
  return encoding.toUint8Array(encoder)
}
