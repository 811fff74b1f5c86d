/**
 * Taking a named snapshot of a board on the server: the whole board as one Yjs update, read
 * from the live room when the board is loaded (what everyone sees now, once it is stored),
 * else from storage.
 */
import { randomBytes } from 'node:crypto'
import * as Y from 'yjs'
import { SNAPSHOT_LIMITS, type SnapshotInfo, type SnapshotKind } from '../../shared/snapshots/types'
import type { BoardStore } from '../persistence/types'
import type { RoomRegistry } from '../rooms/RoomRegistry'

/** What a snapshot is taken with. */
export interface SnapshotDeps {
  store: BoardStore
  registry: Pick<RoomRegistry, 'readDocument'>
  /** Most snapshots a board keeps (default {@link SNAPSHOT_LIMITS.perBoard}). */
  maxSnapshotsPerBoard?: number
}

/** What to call the snapshot and who took it. */
export interface SnapshotRequest {
  name: string
  author: string
  kind: SnapshotKind
}

/** A stored snapshot, or why none was stored. */
export type TakeSnapshotResult = { ok: true; info: SnapshotInfo } | { ok: false; reason: 'full' }

/** A new snapshot id: 16 URL-safe characters (96 random bits). */
export function newSnapshotId(): string {
  return randomBytes(12).toString('base64url')
}

/**
 * The board's whole state now as one update, as stored: the live room's once what it holds is
 * committed (so a snapshot never keeps an update the board could still lose), else the store's.
 */
export function currentBoardState(deps: Pick<SnapshotDeps, 'registry'>, boardId: string): Promise<Uint8Array> {
  return deps.registry.readDocument(boardId, (doc) => Y.encodeStateAsUpdate(doc))
}

/** Stores `state` as a snapshot of `boardId`. */
export async function storeSnapshot(
  deps: SnapshotDeps,
  boardId: string,
  request: SnapshotRequest,
  state: Uint8Array,
  createdAt = Date.now(),
): Promise<TakeSnapshotResult> {
  const snapshot = {
    id: newSnapshotId(),
    boardId,
    name: request.name.slice(0, SNAPSHOT_LIMITS.name),
    author: request.author.slice(0, SNAPSHOT_LIMITS.author),
    kind: request.kind,
    createdAt,
    state,
  }
  const result = await deps.store.saveBoardSnapshot(snapshot, deps.maxSnapshotsPerBoard ?? SNAPSHOT_LIMITS.perBoard)
  if (!result.ok) return result
  const { state: _state, ...info } = snapshot
  return { ok: true, info: { ...info, bytes: state.byteLength } }
}

/** Takes a snapshot of the board as it is now. */
export async function takeSnapshot(deps: SnapshotDeps, boardId: string, request: SnapshotRequest): Promise<TakeSnapshotResult> {
  return storeSnapshot(deps, boardId, request, await currentBoardState(deps, boardId))
}

/** A snapshot's state as a fresh document, for `read`; the document is destroyed afterwards. */
export function readSnapshotDoc<T>(state: Uint8Array, read: (doc: Y.Doc) => T): T {
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, state)
    return read(doc)
  } finally {
    doc.destroy()
  }
}
