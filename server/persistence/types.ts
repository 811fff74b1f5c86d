import type { Role } from '../../shared/protocol'

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

/** A stored link token (only its hash is kept). */
export interface StoredToken {
  role: Role
  generation: number
  revoked: boolean
}

/** A token to store: its hash, role and generation. */
export interface NewToken {
  hash: string
  role: Role
  generation: number
}

/**
 * Durable storage for boards and their Yjs documents. Every method may be asynchronous so a
 * networked database fits the same interface; callers await each write before broadcasting.
 */
export interface BoardStore {
  /** Stores a new board's facts and its link tokens. */
  createBoard(board: BoardInfo, tokens: NewToken[]): Promise<void>
  /** The token with this hash on this board (revoked ones included), or null. */
  findToken(boardId: string, hash: string): Promise<StoredToken | null>
  /** The generation of each role's current (unrevoked) token. */
  currentGenerations(boardId: string): Promise<Partial<Record<Role, number>>>
  /**
   * Revokes the current token of `token.role` and stores `token` in its place, atomically.
   * Returns the hashes that were revoked.
   */
  rotateToken(boardId: string, token: NewToken): Promise<string[]>
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
