/**
 * Reading and writing y-protocols awareness updates entry by entry, so the server can check
 * who sets which client's state and stamp the server-verified role on it before relaying.
 * Format (y-protocols/awareness): varuint count, then per entry varuint clientID,
 * varuint clock, varstring JSON state ("null" for a removed client).
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { equalityDeep } from 'lib0/function'
import type { Awareness } from 'y-protocols/awareness'

/** One entry of an awareness update. */
export interface AwarenessEntry {
  clientId: number
  clock: number
  /** The parsed JSON state; null when the client is leaving. */
  state: unknown
}

/**
 * Decodes a whole awareness update; throws on malformed input. For updates from other server
 * nodes, which screened their clients' states already: a client's own updates go through the
 * presence caps (limits/presenceLimit.ts), which refuse an oversized frame before parsing it.
 */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const entries: AwarenessEntry[] = []
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    const json = decoding.readVarString(decoder)
    entries.push({ clientId, clock, state: JSON.parse(json) as unknown })
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after awareness update')
  return entries
}

/** Encodes entries as an awareness update. */
export function encodeAwarenessUpdate(entries: readonly AwarenessEntry[]): Uint8Array {
  return joinAwarenessEntries(entries.map((entry) => encodeAwarenessEntry(entry.clientId, entry.clock, entry.state)))
}

/** One entry of an awareness update, encoded, to be combined with others by {@link joinAwarenessEntries}. */
export function encodeAwarenessEntry(clientId: number, clock: number, state: unknown): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, clientId)
  encoding.writeVarUint(encoder, clock)
  encoding.writeVarString(encoder, JSON.stringify(state ?? null))
  return encoding.toUint8Array(encoder)
}

/** An awareness update of entries each encoded once, so one flush can send each receiver its own selection. */
export function joinAwarenessEntries(entries: readonly Uint8Array[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const entry of entries) encoding.writeUint8Array(encoder, entry)
  return encoding.toUint8Array(encoder)
}

/**
 * Applies entries already decoded (and checked) to `awareness`, with y-protocols' rules and
 * events: an entry applies when its clock is newer, or equal while it removes a present
 * state. The same as `applyAwarenessUpdate` of the entries' encoding, without encoding each
 * state to JSON and parsing it again, which at 3,000 cursor moves a second was most of the
 * server's presence work. Never given the awareness's own client id (the room filters it).
 */
export function applyAwarenessEntries(awareness: Awareness, entries: readonly AwarenessEntry[], origin: unknown): void {
  const lastUpdated = Date.now()
  const added: number[] = []
  const updated: number[] = []
  const changed: number[] = []
  const removed: number[] = []
  for (const { clientId, clock, state } of entries) {
    const meta = awareness.meta.get(clientId)
    const known = meta?.clock ?? 0
    const present = awareness.states.has(clientId)
    if (!(clock > known || (clock === known && state === null && present))) continue
    const previous = awareness.states.get(clientId)
    if (state === null) awareness.states.delete(clientId)
    else awareness.states.set(clientId, state as Record<string, unknown>)
    awareness.meta.set(clientId, { clock, lastUpdated })
    if (meta === undefined) {
      if (state !== null) added.push(clientId)
    } else if (state === null) {
      removed.push(clientId)
    } else {
      updated.push(clientId)
      if (!equalityDeep(state, previous)) changed.push(clientId)
    }
  }
  if (added.length > 0 || changed.length > 0 || removed.length > 0) awareness.emit('change', [{ added, updated: changed, removed }, origin])
  if (added.length > 0 || updated.length > 0 || removed.length > 0) awareness.emit('update', [{ added, updated, removed }, origin])
}
