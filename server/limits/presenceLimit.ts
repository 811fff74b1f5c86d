/**
 * Caps on what one connection may claim in awareness. Without them one participant link could
 * announce hundreds of thousands of client ids (each a fake cursor with a name it chose, held
 * in the server's heap and relayed to everyone): 700,000 states inside the byte burst took the
 * server from 177 MB to 1.9 GB. A browser announces one client id per connection, with one
 * state of a few kB, so the caps stay far from anything honest.
 *
 * An awareness update is screened before any of it is applied: the screen reads only varints
 * and lengths (like awarenessEcho.ts), so a frame over a cap is refused without decoding or
 * JSON-parsing its states, and only the entries that will apply are parsed at all.
 */
import * as decoding from 'lib0/decoding'
import type { AwarenessEntry } from '../sync/awareness'

/** Which cap a frame exceeded; a metrics label and a log field. */
export type PresenceLimitExceeded = 'client_ids' | 'states_per_frame' | 'state_bytes'

/** Every {@link PresenceLimitExceeded}, so metrics can start each at zero. */
export const PRESENCE_LIMITS: readonly PresenceLimitExceeded[] = ['client_ids', 'states_per_frame', 'state_bytes']

/** The caps, from the configuration (PRESENCE_MAX_* in config.ts). */
export interface PresenceLimitConfig {
  /** Client ids one connection may announce over its life, counting ids it has since removed. */
  maxClientIds: number
  /** States one awareness frame may set (removals of the connection's own ids are not counted). */
  maxStatesPerFrame: number
  /** Bytes of one state's JSON. */
  maxStateBytes: number
}

/**
 * Defaults. A browser (and a reconnecting y-websocket provider, which keeps its doc's id)
 * announces one id per connection and sets one state per frame. A tldraw presence with a long
 * name and a 200-character chat message weighs ~1.2 kB, a 100-point laser scribble ~6 kB, and
 * each selected shape ~30 B: 64 KiB holds a selection of ~2,000 shapes.
 */
export const DEFAULT_PRESENCE_LIMITS: PresenceLimitConfig = { maxClientIds: 4, maxStatesPerFrame: 8, maxStateBytes: 64 * 1024 }

/** Who holds an awareness client id in the room, as the screening connection sees it. */
export type Holder = 'this' | 'other' | null

/** What the screen reads from the room: the awareness it guards and who owns which id. */
export interface AwarenessView {
  /** The clock the room's awareness holds for `clientId`, or undefined if it never saw it. */
  clockOf(clientId: number): number | undefined
  /** 'this' when the screening connection holds `clientId`, 'other' for another connection or the server itself. */
  holderOf(clientId: number): Holder
}

/** Result of screening one awareness update. */
export type ScreenResult =
  /** The entries to apply, states parsed; entries that would change nothing or are not the connection's to set are left out. */
  { ok: true; entries: AwarenessEntry[] } | { ok: false; exceeded: PresenceLimitExceeded } | { ok: false; malformed: string }

/** Screens one connection's awareness updates; one per connection, since it remembers the ids it announced. */
export interface PresenceScreen {
  screen(update: Uint8Array, room: AwarenessView): ScreenResult
}

const NULL_STATE = 'null'
const utf8 = new TextDecoder()

/** A fresh screen for one connection. */
export function createPresenceScreen(config: PresenceLimitConfig): PresenceScreen {
  const announced = new Set<number>()
  return {
    screen(update, room) {
      const kept: { clientId: number; clock: number; json: Uint8Array | null; own: boolean }[] = []
      const fresh = new Set<number>()
      let states = 0
      try {
        const decoder = decoding.createDecoder(update)
        const count = decoding.readVarUint(decoder)
        for (let i = 0; i < count; i++) {
          const clientId = decoding.readVarUint(decoder)
          const clock = decoding.readVarUint(decoder)
          const json = decoding.readVarUint8Array(decoder)
          const holder = room.holderOf(clientId)
          // Another connection's (or the server's) id: never this connection's to set or remove.
          if (holder === 'other') continue
          if (isNull(json)) {
            // Only a connection's own states are its to remove. A removal of anyone else's
            // (a stock client's own timeout of a remote state) would drop it for the whole
            // room, and one of an unknown id would only grow the awareness's clock table.
            if (holder === 'this') kept.push({ clientId, clock, json: null, own: true })
            continue
          }
          const known = room.clockOf(clientId)
          // y-protocols ignores a state whose clock is not newer: such entries are echoes.
          if (known !== undefined && clock <= known) continue
          if (++states > config.maxStatesPerFrame) return { ok: false, exceeded: 'states_per_frame' }
          if (json.byteLength > config.maxStateBytes) return { ok: false, exceeded: 'state_bytes' }
          if (!announced.has(clientId)) fresh.add(clientId)
          kept.push({ clientId, clock, json, own: holder === 'this' })
        }
        if (decoding.hasContent(decoder)) return { ok: false, malformed: 'trailing bytes after awareness update' }
      } catch (error) {
        return { ok: false, malformed: error instanceof Error ? error.message : 'undecodable awareness update' }
      }
      if (announced.size + fresh.size > config.maxClientIds) return { ok: false, exceeded: 'client_ids' }
      const entries: AwarenessEntry[] = []
      try {
        for (const { clientId, clock, json, own } of kept) {
          const state = json === null ? null : (JSON.parse(utf8.decode(json)) as unknown)
          // Spelled otherwise (" null"), a removal still follows the rule above.
          if (state === null && !own) continue
          entries.push({ clientId, clock, state })
        }
      } catch (error) {
        return { ok: false, malformed: error instanceof Error ? error.message : 'unparsable awareness state' }
      }
      // Counted only once the frame is accepted: a refused frame closes the connection anyway.
      for (const id of fresh) announced.add(id)
      return { ok: true, entries }
    },
  }
}

function isNull(json: Uint8Array): boolean {
  return json.length === NULL_STATE.length && String.fromCharCode(...json) === NULL_STATE
}
