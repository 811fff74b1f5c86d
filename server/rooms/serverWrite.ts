/**
 * Changes the server itself makes to a board (an HTTP import, a script's request), built on a
 * scratch copy of the room's document and handed to the room as one Yjs update, so they take
 * the way every client update takes: screened and reviewed by the policy for the writer's
 * role, stored before broadcast, seen live by every open browser. Knows no feature.
 */
import * as Y from 'yjs'
import type { RoomConnection } from './RoomSocket'
import type { Role } from '../../shared/protocol'
import type { DecodedUpdate } from '../sync/messages'

/** An update the server built, with its decoding (what the room's screen reads). */
export interface ServerUpdate {
  update: Uint8Array
  decoded: DecodedUpdate
}

/** What {@link buildOnScratch} built: the caller's result, and the update to send (null when nothing changed). */
export interface ScratchChange<T> {
  result: T
  change: ServerUpdate | null
}

/**
 * Runs `build` on a scratch copy of `doc`'s state and returns what it changed as one update.
 * `doc` itself is not touched; `build` may read and write the scratch copy freely.
 */
export function buildOnScratch<T>(doc: Y.Doc, build: (scratch: Y.Doc) => T): ScratchChange<T> {
  const scratch = new Y.Doc()
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc))
    const before = Y.encodeStateVector(scratch)
    const result = build(scratch)
    const update = Y.encodeStateAsUpdate(scratch, before)
    const decoded = Y.decodeUpdate(update)
    const changed = decoded.structs.length > 0 || decoded.ds.clients.size > 0
    return { result, change: changed ? { update, decoded } : null }
  } finally {
    scratch.destroy()
  }
}

/**
 * The stand-in connection a server write arrives on: it is in no room's connection set, so
 * the room's broadcast reaches every real connection, and closing it closes nothing.
 */
export function serverConnection(role: Role): RoomConnection {
  return {
    id: 'server',
    socket: { send: () => undefined, close: () => undefined },
    role,
    tokenHash: '',
    awarenessClientIds: new Set(),
    closed: false,
  }
}
