/**
 * The policy hook: what a role may change in a board document, enforced by the server on
 * every update. See docs/ARCHITECTURE.md ("Policy") for the compensation approach.
 */
import type * as Y from 'yjs'
import type { Role } from '../../shared/protocol'

/** Why part of an update was refused; a metrics label and a log field. */
export type RefusalReason =
  | 'viewer_update'
  | 'invalid_record'
  | 'unknown_record_type'
  | 'locked_shape'
  | 'facilitator_only'
  | 'unknown_root'
  | 'too_many_records'
  | 'record_too_large'
  | 'board_too_large'
  | 'update_too_large'

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
  review(doc: Y.Doc, transaction: Y.Transaction, role: Role): Refusal[]
  /**
   * Runs once when a room loads: moves records that fail validation out of the records map
   * (into quarantine), so a board with a bad record still loads for everyone.
   */
  quarantine(doc: Y.Doc): Refusal[]
}

/** A policy that allows everything (for tests of other parts). */
export const allowAll: DocPolicy = {
  review: () => [],
  quarantine: () => [],
}
