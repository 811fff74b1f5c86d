/**
 * The live rooms of this server process: loads a board's room on first join, shares it
 * between connections, and unloads it (storing everything) once the last connection has
 * been gone for `idleUnloadMs`, so idle rooms do not accumulate in memory.
 */
import * as Y from 'yjs'
import type { Logger } from '../logger'
import { applyStoredDocument } from '../persistence/storedDocument'
import { Room, type RoomDeps } from './Room'

/** What the registry needs: the room dependencies plus its unload delay. */
export interface RoomRegistryDeps extends RoomDeps {
  idleUnloadMs: number
  /** Called with each room once loaded, before anyone joins it (server-side watchers such as auto snapshots). */
  onRoomLoaded?(room: Room): void
}

/** Loads, shares and unloads rooms. */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>()
  private readonly loading = new Map<string, Promise<Room>>()
  private readonly unloading = new Map<string, Promise<void>>()
  private readonly idleTimers = new Map<string, NodeJS.Timeout>()
  private readonly logger: Logger

  constructor(private readonly deps: RoomRegistryDeps) {
    this.logger = deps.logger
  }

  /** Number of rooms loaded in memory. */
  get loadedCount(): number {
    return this.rooms.size
  }

  /** The loaded room of a board, if any, without loading it. */
  peek(boardId: string): Room | undefined {
    return this.rooms.get(boardId)
  }

  /**
   * Reads a board's document as stored: the live room's once nothing in it waits for a commit
   * (Room.readStored), else the stored one, decoded for this read only (no room is kept for
   * it). `read` must not keep the document: a stored one is destroyed when it returns.
   */
  async readDocument<T>(boardId: string, read: (doc: Y.Doc) => T): Promise<T> {
    const live = this.rooms.get(boardId)
    if (live) {
      const result = await live.readStored(read)
      if (result.ok) return result.value
    }
    const stored = await this.deps.store.loadDocument(boardId)
    const doc = new Y.Doc()
    try {
      applyStoredDocument(doc, stored, () => undefined)
      return read(doc)
    } finally {
      doc.destroy()
    }
  }

  /** The room of a board, loading it if needed. Cancels a pending idle unload. */
  async acquire(boardId: string): Promise<Room> {
    this.cancelIdleTimer(boardId)
    const loaded = this.rooms.get(boardId)
    if (loaded) return loaded
    const pending = this.loading.get(boardId)
    if (pending) return pending
    const load = (async () => {
      // A room still storing its state must finish before the board is read again.
      await this.unloading.get(boardId)
      const started = performance.now()
      const room = await Room.load(boardId, { ...this.deps, onStorageFailure: (failed) => this.forget(failed) }).catch((error: unknown) => {
        this.deps.events?.loadFailed?.()
        throw error
      })
      const ms = performance.now() - started
      this.deps.events?.loaded?.(ms)
      this.deps.onRoomLoaded?.(room)
      this.rooms.set(boardId, room)
      this.logger.debug({ boardId, ms: Math.round(ms) }, 'room loaded')
      return room
    })()
    this.loading.set(boardId, load)
    try {
      return await load
    } finally {
      this.loading.delete(boardId)
    }
  }

  /** Tells the registry a connection left; an empty room is unloaded after the idle delay. */
  release(room: Room): void {
    if (room.connectionCount > 0 || this.rooms.get(room.boardId) !== room) return
    this.cancelIdleTimer(room.boardId)
    const timer = setTimeout(() => {
      this.idleTimers.delete(room.boardId)
      if (room.connectionCount === 0) void this.unload(room)
    }, this.deps.idleUnloadMs)
    timer.unref()
    this.idleTimers.set(room.boardId, timer)
  }

  /** Stores and unloads every room (shutdown). */
  async closeAll(): Promise<void> {
    for (const boardId of Array.from(this.idleTimers.keys())) this.cancelIdleTimer(boardId)
    await Promise.all(Array.from(this.loading.values()).map((p) => p.catch(() => undefined)))
    await Promise.all(Array.from(this.rooms.values()).map((room) => this.unload(room)))
    await Promise.all(this.unloading.values())
  }

  /** Drops a room that failed to store, without storing it. */
  private forget(room: Room): void {
    this.cancelIdleTimer(room.boardId)
    if (this.rooms.get(room.boardId) === room) this.rooms.delete(room.boardId)
  }

  private unload(room: Room): Promise<void> {
    if (this.rooms.get(room.boardId) !== room) return this.unloading.get(room.boardId) ?? Promise.resolve()
    this.rooms.delete(room.boardId)
    const done = room
      .close()
      .catch((error: unknown) => this.logger.error({ boardId: room.boardId, err: error }, 'unloading a room failed'))
      .finally(() => {
        if (this.unloading.get(room.boardId) === done) this.unloading.delete(room.boardId)
        this.logger.debug({ boardId: room.boardId }, 'room unloaded')
      })
    this.unloading.set(room.boardId, done)
    return done
  }

  private cancelIdleTimer(boardId: string): void {
    const timer = this.idleTimers.get(boardId)
    if (timer) clearTimeout(timer)
    this.idleTimers.delete(boardId)
  }
}
