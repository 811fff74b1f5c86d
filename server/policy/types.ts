/**
 * The policy hook: what a role may change in a board document, enforced by the server on
 * every update. See docs/ARCHITECTURE.md ("Policy") for the compensation approach.
 */
import type * as Y from 'yjs'
import type { Role } from '../../shared/protocol'
import type { DecodedUpdate } from '../sync/messages'

/** Why part of an update was refused; a metrics label and a log field. */
export type RefusalReason =
  | 'viewer_update'
  | 'invalid_record'
  | 'unknown_record_type'
  | 'invalid_meta'
  | 'invalid_entry'
  | 'invalid_structure'
  | 'locked_shape'
  | 'facilitator_only'
  | 'server_only'
  | 'unknown_root'
  | 'too_many_records'
  | 'record_too_large'
  | 'board_too_large'
  | 'update_too_large'
  | 'review_failed'
  | 'key_too_long'
  | 'remote_content'

/**
 * Who the sender says they are: the participant ids (`user.id`) of the awareness states its
 * connection holds. Tokens open a role, not a person, so this is a claim, not a proof; rules
 * use it to keep one connection from writing entries in someone else's name (a vote, a
 * stance) while it claims another.
 */
export interface WriterIdentity {
  participantIds: ReadonlySet<string>
  /**
   * The coop ids (coopIdFor of `user.coop`, when not blank) the same presence states claim;
   * absent: none. Per-coop rules (dot votes per coop) read it; a claim like the ids.
   */
  coopIds?: ReadonlySet<string>
}

/** A sender with no presence yet: it can write nothing that is keyed by a person. */
export const ANONYMOUS_WRITER: WriterIdentity = Object.freeze({ participantIds: new Set<string>() })

/** One refused change. */
export interface Refusal {
  reason: RefusalReason
  /** The record (or map key) concerned, when there is one. */
  key?: string
  detail?: string
}

/** The policy of one room's document. */
export interface DocPolicy {
  /**
   * Runs inside the transaction that has just applied a client's update, before it commits:
   * finds what the update changed, and writes compensating changes for whatever `role` may
   * not change, so the transaction's net effect (what is stored and broadcast) complies.
   */
  review(doc: Y.Doc, transaction: Y.Transaction, role: Role, writer?: WriterIdentity): Refusal[]
  /**
   * Runs once when a room loads: moves records that fail validation out of the records map
   * (into quarantine), so a board with a bad record still loads for everyone, and returns one
   * refusal per record moved. May also bring the records to the server's schema, and clear
   * what must not be stored (writers in anonymous areas). `boardId` tells the policy which
   * board `doc` is, for this and every later review of it: only that board's own asset paths
   * are accepted as an image's `src` (a document it was not told the board of accepts none).
   */
  quarantine(doc: Y.Doc, boardId?: string): Refusal[]
  /**
   * Runs before a client's update is applied. A refusal means the update is neither applied,
   * stored nor relayed, and the sender is closed for good: its later updates depend on it.
   * Only for what no honest client sends, since compensation cannot remove it (map keys).
   */
  screen?(update: DecodedUpdate, role: Role): Refusal | null
}

/** A policy that allows everything (for tests of other parts). */
export const allowAll: DocPolicy = {
  review: () => [],
  quarantine: () => [],
}

/** Longest client-chosen key quoted in a refusal: refusals end up in logs. */
const MAX_QUOTED_KEY = 120

/** A client-chosen key (record id, map name), shortened for a refusal. */
export function refusalKey(key: string): string {
  return key.length > MAX_QUOTED_KEY ? `${key.slice(0, MAX_QUOTED_KEY)}…` : key
}
