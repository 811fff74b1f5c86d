import type { Role } from '../../shared/protocol'
import type { SnapshotInfo } from '../../shared/snapshots/types'
import type { Readiness } from '../health/readiness'

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

/** A named board snapshot to store: its facts and the whole board as one Yjs update. */
export interface NewBoardSnapshot extends Omit<SnapshotInfo, 'bytes'> {
  state: Uint8Array
}

/**
 * The outcome of storing a board snapshot: stored (with the ids of automatic snapshots pruned
 * to stay within the cap), or refused because the board holds the cap of manual snapshots.
 */
export type SaveSnapshotResult = { ok: true; pruned: string[] } | { ok: false; reason: 'full' }

/** An uploaded file to store in a board's asset store, addressed by the SHA-256 of its bytes. */
export interface NewAsset {
  /** SHA-256 of `bytes`, 64 lowercase hex digits. */
  hash: string
  mimeType: string
  bytes: Uint8Array
}

/** One stored asset: its type and bytes (the hash is how it was asked for). */
export interface StoredAsset {
  mimeType: string
  bytes: Uint8Array
}

/**
 * The outcome of storing an asset: stored (`created` false when the board already held the
 * same bytes), or refused because the board's assets would then exceed its total.
 */
export type PutAssetResult = { ok: true; created: boolean } | { ok: false; reason: 'full' }

/** A community's own facts (shared/community): what lasts between its meetings. */
export interface CommunityInfo {
  id: string
  name: string
  description: string
  /** ISO 8601 creation time. */
  createdAt: string
  /** The board members work on between assemblies. */
  standingBoardId: string
  /** Whether its public directory is served. */
  published: boolean
  relationLabels: string[]
}

/** One board of a community: its standing board or one of its meetings. */
export interface CommunityBoard {
  boardId: string
  communityId: string
  kind: 'standing' | 'meeting'
  title: string
  /** ISO 8601 instant the meeting starts; null for the standing board. */
  startsAt: string | null
  recordingUrl: string | null
  /** ISO 8601 time it joined the community. */
  createdAt: string
}

/**
 * Durable storage for communities: their facts, link tokens (board roles, like a board's) and
 * the boards that belong to them.
 */
export interface CommunityStore {
  /** Creates the community, its tokens, its standing board's row (no board tokens) and its community_boards row, in one transaction. */
  createCommunity(info: CommunityInfo, tokens: NewToken[], standingBoard: BoardInfo): Promise<void>
  /** The community's facts, or null for an unknown id. */
  getCommunity(id: string): Promise<CommunityInfo | null>
  /** Changes the given facts; an unknown id changes nothing. */
  updateCommunity(id: string, patch: Partial<Pick<CommunityInfo, 'name' | 'description' | 'published' | 'relationLabels'>>): Promise<void>
  /** The community token with this hash (revoked ones included), or null. */
  findCommunityToken(communityId: string, hash: string): Promise<StoredToken | null>
  /** The generation of each role's current (unrevoked) community token. */
  currentCommunityGenerations(communityId: string): Promise<Partial<Record<Role, number>>>
  /** Adds a board to the community; with `newBoard`, also creates that board's row (without tokens), in one transaction. */
  addCommunityBoard(board: CommunityBoard, newBoard: BoardInfo | null): Promise<void>
  /** Every board of the community: the standing board first, then meetings newest `startsAt` first. */
  listCommunityBoards(communityId: string): Promise<CommunityBoard[]>
  /** The community a board belongs to (as its row there), or null. */
  communityOfBoard(boardId: string): Promise<CommunityBoard | null>
  /** False when the board is not a meeting of that community. */
  setRecordingUrl(communityId: string, boardId: string, url: string | null): Promise<boolean>
  /**
   * Revokes the community's current token of `token.role` and stores `token` in its place,
   * atomically (like `rotateToken`). Returns the hashes that were revoked.
   */
  rotateCommunityToken(communityId: string, token: NewToken): Promise<string[]>
  /**
   * Takes meeting `boardId` out of the community (a meeting whose build failed); with
   * `deleteBoard`, also deletes the board itself and all it stored, in one transaction.
   */
  removeCommunityBoard(communityId: string, boardId: string, deleteBoard: boolean): Promise<void>
}

/**
 * Durable storage for boards and their Yjs documents. Every method may be asynchronous so a
 * networked database fits the same interface; callers await each write before broadcasting.
 */
export interface BoardStore extends CommunityStore {
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
   * Appends updates in order, in one transaction, and returns the last one's sequence number
   * once all are durable (none is if it fails). A room stores what arrived together this way.
   */
  appendUpdates(boardId: string, updates: readonly Uint8Array[]): Promise<number>
  /**
   * Replaces every update up to and including `throughSeq` by `snapshot`, atomically, so a
   * crash at any moment leaves either the old log or the new snapshot.
   */
  compact(boardId: string, snapshot: Uint8Array, throughSeq: number): Promise<void>
  /**
   * Stores a named board snapshot (not the compaction snapshot above). When the board already
   * holds `maxPerBoard`, the oldest automatic snapshots are deleted to make room, in the same
   * transaction; when only manual ones are left, nothing is stored and `{ ok: false }` returned.
   */
  saveBoardSnapshot(snapshot: NewBoardSnapshot, maxPerBoard: number): Promise<SaveSnapshotResult>
  /** The board's named snapshots, newest first, without their state. */
  listBoardSnapshots(boardId: string): Promise<SnapshotInfo[]>
  /** One named snapshot with its state, or null when the board has none with that id. */
  getBoardSnapshot(boardId: string, snapshotId: string): Promise<{ info: SnapshotInfo; state: Uint8Array } | null>
  /**
   * Stores an asset once per board (the same hash again is a no-op). Refuses it, in the same
   * transaction as the insert, when the board's assets would then hold more than
   * `maxBoardBytes`. Assets are never deleted while the board exists.
   */
  putAsset(boardId: string, asset: NewAsset, maxBoardBytes: number): Promise<PutAssetResult>
  /** One of the board's assets, or null when the board holds none with that hash. */
  getAsset(boardId: string, hash: string): Promise<StoredAsset | null>
  /** The total size of the board's stored assets, in bytes. */
  assetBytes(boardId: string): Promise<number>
  /**
   * Whether the store can serve now (SQLite: its file is still there and takes a write;
   * PostgreSQL: it answers within a moment). Never rejects: a failure is an answer.
   */
  readiness(): Promise<Readiness>
  /** Releases the connection; no call is made after it. */
  close(): Promise<void>
}
