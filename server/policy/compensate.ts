/**
 * Compensating writes: made inside the reviewed transaction, they undo what the policy refused,
 * so the transaction's net update (what is stored and broadcast) carries only allowed changes.
 * Content inserted and removed in one transaction is garbage-collected by Yjs before the update
 * is encoded, so refused values never leave the server (see compensate.test.ts).
 */
import * as Y from 'yjs'
import type { SharedType, Slot } from './docChanges'

/** Puts back the value `key` had before the transaction, or removes a key that did not exist. */
export function restoreEntry(map: Y.Map<unknown>, key: string, before: Slot): void {
  // A nested shared type cannot be inserted twice; such values are never allowed anyway.
  if (before.present && !(before.value instanceof Y.AbstractType)) map.set(key, before.value)
  else map.delete(key)
}

/** Deletes the list part of a top-level type (content that no map of ours may hold). */
export function clearList(type: SharedType, transaction: Y.Transaction): number {
  let removed = 0
  for (let item = type._start; item !== null; item = item.right) {
    if (item.deleted) continue
    item.delete(transaction)
    removed++
  }
  return removed
}

/** Deletes everything a top-level type holds, whatever kind of type a client made it. */
export function clearType(type: SharedType, transaction: Y.Transaction): number {
  let removed = clearList(type, transaction)
  for (const item of type._map.values()) {
    if (item.deleted) continue
    item.delete(transaction)
    removed++
  }
  return removed
}
