/**
 * The policy hook: what a role may change in a board document, enforced by the server on
 * every update. See docs/ARCHITECTURE.md ("Policy") for the compensation approach. The terms the
 * rules speak (refusals, writers) are shared/feature.ts's, re-exported here for the server.
 */
import type * as Y from 'yjs'
import type { Refusal, WriterIdentity } from '../../shared/feature'
import type { Role } from '../../shared/protocol'
import type { DecodedUpdate } from '../sync/messages'

export type { Problem, Refusal, RefusalReason, WriterIdentity } from '../../shared/feature'
export { refusalKey } from '../../shared/feature'

/** A sender with no presence yet: it can write nothing that is keyed by a person. */
export const ANONYMOUS_WRITER: WriterIdentity = Object.freeze({ participantIds: new Set<string>() })

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
