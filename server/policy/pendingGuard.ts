/**
 * Structs Yjs holds back: an update whose dependencies the server lacks waits in the document
 * (`store.pendingStructs`, `store.pendingDs`) and is integrated inside whichever later
 * transaction supplies them. An honest client causes this when it edits during the first
 * round trip after reconnecting with offline changes, and its own next message resolves it.
 * A hostile one could make another connection's update resolve it, so that its change would
 * be reviewed with that connection's role. The guard reviews any transaction that integrated
 * held-back content with the least privileged role among those who sent it.
 */
import type * as Y from 'yjs'
import { ROLES, type Role } from '../../shared/protocol'

interface Held {
  /** Yjs's pending-structs object; replaced (or dropped) when Yjs retries it. */
  structs: object | null
  /** Yjs's pending delete set, retried with every update. */
  deletes: Uint8Array | null
  /** The least privileged role among the senders of what is held. */
  role: Role
}

function leastPrivileged(a: Role, b: Role): Role {
  return ROLES.indexOf(a) >= ROLES.indexOf(b) ? a : b
}

function sameBytes(a: Uint8Array | null, b: Uint8Array | null): boolean {
  return a === b || (a !== null && b !== null && Buffer.from(a).equals(Buffer.from(b)))
}

/** Remembers, per document, what Yjs holds back and who sent it. */
export class PendingGuard {
  private readonly held = new WeakMap<Y.Doc, Held>()

  /** The role to review the open transaction with, given the role of its sender. */
  reviewRole(doc: Y.Doc, role: Role): Role {
    const held = this.held.get(doc)
    if (!held) return role
    const { pendingStructs, pendingDs } = doc.store
    const structsRetried = held.structs !== null && pendingStructs !== held.structs
    const deletesRetried = held.deletes !== null && !sameBytes(held.deletes, pendingDs)
    return structsRetried || deletesRetried ? leastPrivileged(role, held.role) : role
  }

  /** Records what is still held back once the transaction is reviewed. */
  afterReview(doc: Y.Doc, role: Role): void {
    const { pendingStructs, pendingDs } = doc.store
    if (pendingStructs === null && pendingDs === null) {
      this.held.delete(doc)
      return
    }
    const previous = this.held.get(doc)
    this.held.set(doc, {
      structs: pendingStructs,
      deletes: pendingDs,
      role: previous ? leastPrivileged(previous.role, role) : role,
    })
  }
}
