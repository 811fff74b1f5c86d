/**
 * The persistence hook of the server: one interface, SQLite by default (sqlite.ts), other
 * engines later. Rooms receive an implementation; they never open a database themselves.
 */

/** A board's own facts, stored when it is created. */
export interface BoardInfo {
  id: string
  title: string
  /** ISO 8601 creation time. */
  createdAt: string
}

/** What is stored for one board document: a compacted snapshot plus the updates after it. */
export interface StoredDocument {
  /** A Yjs update holding the state up to `snapshotSeq`, or null before the first compaction. */
  snapshot: Uint8Array | null
  /** The sequence number the snapshot covers (0 when there is none). */
  snapshotSeq: number
  /** Updates stored after the snapshot, in order. */
  updates: { seq: number; update: Uint8Array }[]
}

/**
 * Durable storage for boards and their Yjs documents. Every method may be asynchronous so a
 * networked database fits the same interface; callers await each write before broadcasting.
 */
export interface BoardStore {
  /** Stores a new board's facts and an empty document. */
  createBoard(board: BoardInfo): Promise<void>
  /** The board's facts, or null for an unknown id. */
  getBoard(id: string): Promise<BoardInfo | null>
  /** The snapshot and the tail of updates after it. */
  loadDocument(boardId: string): Promise<StoredDocument>
  /** Appends one update and returns its sequence number, once it is durable. */
  appendUpdate(boardId: string, update: Uint8Array): Promise<number>
  /**
   * Replaces every update up to and including `throughSeq` by `snapshot`, atomically, so a
   * crash at any moment leaves either the old log or the new snapshot.
   */
  compact(boardId: string, snapshot: Uint8Array, throughSeq: number): Promise<void>
  /** Releases the connection; no call is made after it. */
  close(): Promise<void>
}
