/**
 * What a transaction changed in a board document, read while the transaction is still open:
 * which top-level types and keys, and each key's value before and after. Yjs keeps the
 * content of items deleted in a transaction until the transaction ends, so the value before
 * is still readable from the item chain of the key; no mirror of the document is needed.
 */
import * as Y from 'yjs'
import type { Slot } from '../../shared/feature'

/** A key's value at one moment (shared with the features' rules). */
export type { Slot } from '../../shared/feature'

const ABSENT: Slot = { present: false }

/** A shared type as the document holds it (the library's own element type of `doc.share`). */
export type SharedType = NonNullable<ReturnType<Y.Doc['share']['get']>>

/** What a transaction did to one top-level type. */
export interface RootChange {
  /** The name the type has in the document (`doc.share`). */
  name: string
  /** The type as the document holds it now (a generic type when no code asked for a map). */
  type: SharedType
  /** Keys whose entry changed, or that hold a nested type something changed inside. */
  keys: Set<string>
  /** True when the type's list part (content no map has) was written. */
  listChanged: boolean
}

/** A run of deleted clocks of one client (Yjs's DeleteItem, which it does not export). */
interface DeleteRange {
  clock: number
  len: number
}

/**
 * Deletions of the transaction, searchable while it is open. Yjs sorts a transaction's delete
 * set only when it ends, so its own binary search cannot be used before then.
 */
export class TransactionDeletions {
  private readonly sorted = new Map<number, DeleteRange[]>()

  constructor(private readonly transaction: Y.Transaction) {}

  /** True when this transaction deleted the item. */
  deletedHere(item: Y.Item): boolean {
    const { client, clock } = item.id
    let ranges = this.sorted.get(client)
    if (!ranges) {
      ranges = [...(this.transaction.deleteSet.clients.get(client) ?? [])].sort((a, b) => a.clock - b.clock)
      this.sorted.set(client, ranges)
    }
    let low = 0
    let high = ranges.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const range = ranges[middle]
      if (!range) break
      if (clock < range.clock) high = middle - 1
      else if (clock >= range.clock + range.len) low = middle + 1
      else return true
    }
    return false
  }
}

/** True when the item was created in this transaction. */
export function addedIn(transaction: Y.Transaction, item: Y.Item): boolean {
  return item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0)
}

function lastContent(item: Y.Item): unknown {
  const content: unknown[] = item.content.getContent()
  return content[content.length - 1]
}

/** The entry of `key` in a map-like type now. */
export function slotNow(type: SharedType, key: string): Slot {
  const item = type._map.get(key)
  return item && !item.deleted ? { present: true, value: lastContent(item) } : ABSENT
}

/** The entry of `key` in a map-like type before the open transaction began. */
export function slotBefore(type: SharedType, key: string, transaction: Y.Transaction, deletions: TransactionDeletions): Slot {
  // Map entries are a chain of items; the newest (rightmost) is the value. Skip the items this
  // transaction added: the first older one held the value before, unless it was already gone.
  let item: Y.Item | null = type._map.get(key) ?? null
  while (item !== null && addedIn(transaction, item)) item = item.left
  if (item === null) return ABSENT
  if (!item.deleted || deletions.deletedHere(item)) return { present: true, value: lastContent(item) }
  return ABSENT
}

/** The top-level type holding `type`, and the key of that top-level type it sits under. */
function rootOf(type: SharedType): { root: SharedType; key: string | null } | null {
  let current = type
  let key: string | null = null
  while (current._item !== null) {
    const item = current._item
    const parent: unknown = item.parent
    // Changes inside a deleted type are inert: Yjs deletes whatever is integrated into it.
    if (item.deleted || !isSharedType(parent)) return null
    key = item.parentSub
    current = parent
  }
  return { root: current, key }
}

/** An item's parent is a type once integrated (an ID or null before); Yjs types it with `any` events. */
function isSharedType(parent: unknown): parent is SharedType {
  return parent instanceof Y.AbstractType
}

/**
 * Every top-level type the transaction touched, by name. A change inside a nested type is
 * reported as a change of the top-level key that holds it (or of the list part).
 */
export function changedRoots(doc: Y.Doc, transaction: Y.Transaction): Map<string, RootChange> {
  // A generic root type that code later asks for as a map is replaced by a Y.Map sharing the
  // same `_map`; matching on `_map` finds the name either way.
  const names = new Map<Map<string, Y.Item>, string>()
  for (const [name, type] of doc.share) names.set(type._map, name)

  const roots = new Map<string, RootChange>()
  for (const [type, subs] of transaction.changed) {
    const located = rootOf(type)
    if (!located) continue
    const name = names.get(located.root._map)
    if (name === undefined) continue
    const change = roots.get(name) ?? { name, type: doc.share.get(name) ?? located.root, keys: new Set(), listChanged: false }
    roots.set(name, change)
    if (type === located.root) {
      for (const sub of subs) {
        if (sub === null) change.listChanged = true
        else change.keys.add(sub)
      }
    } else if (located.key === null) {
      change.listChanged = true
    } else {
      change.keys.add(located.key)
    }
  }
  return roots
}
