/**
 * Restoring a snapshot, as a plan computed from plain records: what to write and what to
 * delete so the live board (or one area of it) looks as it did in the snapshot. The plan is
 * written as an ordinary change, so nothing in the board's history is lost and everyone
 * receives it like any other edit. Only board content is restored (document, pages, assets,
 * shapes, bindings); Plenary's named maps (votes, breakouts, roster…) stay as they are live,
 * because rewinding them would undo decisions and attendance taken since.
 */
import type * as Y from 'yjs'
import { recordsMap, type StoredRecord } from '../boardDoc'

/** Record types a restore writes back; `user` records (attribution) are left as they are. */
export const RESTORABLE_TYPES: ReadonlySet<string> = new Set(['document', 'page', 'asset', 'shape', 'binding'])

/** What restoring writes: whole records to put, ids to delete. */
export interface RestorePlan {
  put: StoredRecord[]
  remove: string[]
}

/** Restore only one area: the frame `areaId` and the shapes inside it. */
export interface RestoreScope {
  areaId: string
}

/** An area of a snapshot a facilitator may restore on its own. */
export interface RestorableArea {
  id: string
  name: string
}

function isRestorable(record: StoredRecord): boolean {
  return RESTORABLE_TYPES.has(record.typeName)
}

function parentOf(record: StoredRecord | undefined): string | null {
  return record && typeof record.parentId === 'string' ? record.parentId : null
}

/** True when `a` and `b` are the same JSON value (key order ignored). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]))
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  const keys = Object.keys(ra).filter((key) => ra[key] !== undefined)
  if (keys.length !== Object.keys(rb).filter((key) => rb[key] !== undefined).length) return false
  return keys.every((key) => Object.hasOwn(rb, key) && sameJson(ra[key], rb[key]))
}

function byId(records: readonly StoredRecord[]): Map<string, StoredRecord> {
  return new Map(records.filter(isRestorable).map((record) => [record.id, record]))
}

/** The ids of `rootId` and every shape below it (at any depth). */
function subtree(records: ReadonlyMap<string, StoredRecord>, rootId: string): Set<string> {
  const children = new Map<string, string[]>()
  for (const record of records.values()) {
    const parentId = parentOf(record)
    if (record.typeName !== 'shape' || parentId === null) continue
    children.set(parentId, [...(children.get(parentId) ?? []), record.id])
  }
  const ids = new Set<string>()
  if (!records.has(rootId)) return ids
  const stack = [rootId]
  while (stack.length > 0) {
    const id = stack.pop() as string
    if (ids.has(id)) continue
    ids.add(id)
    stack.push(...(children.get(id) ?? []))
  }
  return ids
}

/** How deep a shape sits under its page (0 for a page's direct child), for parents-first order. */
function depthOf(records: ReadonlyMap<string, StoredRecord>, record: StoredRecord): number {
  let depth = 0
  const seen = new Set([record.id])
  let parentId = parentOf(record)
  while (parentId && !seen.has(parentId)) {
    const parent = records.get(parentId)
    if (!parent || parent.typeName !== 'shape') break
    seen.add(parentId)
    depth++
    parentId = parentOf(parent)
  }
  return depth
}

const TYPE_ORDER = ['document', 'page', 'asset', 'shape', 'binding']

/** Puts parents before children and bindings last; removals in the reverse order. */
function ordered(plan: RestorePlan, snapshot: ReadonlyMap<string, StoredRecord>, live: ReadonlyMap<string, StoredRecord>): RestorePlan {
  const rank = (record: StoredRecord, records: ReadonlyMap<string, StoredRecord>): number =>
    TYPE_ORDER.indexOf(record.typeName) * 1000 + (record.typeName === 'shape' ? depthOf(records, record) : 0)
  const put = [...plan.put].sort((a, b) => rank(a, snapshot) - rank(b, snapshot) || a.id.localeCompare(b.id))
  const remove = [...plan.remove].sort((a, b) => {
    const ra = live.get(a)
    const rb = live.get(b)
    return (rb ? rank(rb, live) : 0) - (ra ? rank(ra, live) : 0) || a.localeCompare(b)
  })
  return { put, remove }
}

/**
 * What to write so that `live` becomes `snapshot` again: for the whole board, or with `scope`
 * only the area frame and the shapes inside it, leaving the rest of the live board alone.
 * Records that are already as in the snapshot are not written. Throws when the scope names no
 * frame of the snapshot.
 */
export function restorePlan(live: readonly StoredRecord[], snapshot: readonly StoredRecord[], scope?: RestoreScope): RestorePlan {
  const liveById = byId(live)
  const snapById = byId(snapshot)
  const changed = (record: StoredRecord): boolean => !sameJson(liveById.get(record.id), record)
  if (!scope) {
    const put = [...snapById.values()].filter(changed)
    const remove = [...liveById.keys()].filter((id) => !snapById.has(id))
    return ordered({ put, remove }, snapById, liveById)
  }

  const area = snapById.get(scope.areaId)
  if (!area || area.typeName !== 'shape' || area.type !== 'frame') throw new Error('That area is not in the snapshot.')
  const inArea = subtree(snapById, scope.areaId)
  const wasInArea = subtree(liveById, scope.areaId)
  const put: StoredRecord[] = []
  const remove: string[] = []
  for (const id of inArea) {
    const record = snapById.get(id)
    if (record && changed(record)) put.push(record)
  }
  for (const id of wasInArea) {
    if (inArea.has(id)) continue
    // Moved into the area since: back to where it was. Created since: gone with the area.
    const before = snapById.get(id)
    if (before) {
      if (changed(before)) put.push(before)
    } else remove.push(id)
  }
  const pageId = parentOf(area)
  const page = pageId ? snapById.get(pageId) : undefined
  if (page && page.typeName === 'page' && !liveById.has(page.id)) put.push(page)

  // Bindings: drop those that would point at a removed shape, bring back the area's own.
  const removed = new Set(remove)
  const exists = (id: unknown): boolean =>
    typeof id === 'string' && !removed.has(id) && (liveById.has(id) || put.some((record) => record.id === id))
  for (const binding of liveById.values()) {
    if (binding.typeName !== 'binding') continue
    if (removed.has(binding.fromId as string) || removed.has(binding.toId as string)) remove.push(binding.id)
  }
  for (const binding of snapById.values()) {
    if (binding.typeName !== 'binding' || !changed(binding) || remove.includes(binding.id)) continue
    const touches = inArea.has(binding.fromId as string) || inArea.has(binding.toId as string)
    if (touches && exists(binding.fromId) && exists(binding.toId)) put.push(binding)
  }
  return ordered({ put, remove }, snapById, liveById)
}

/** Frames of a snapshot that can be restored alone, named as on the board, in name order. */
export function restorableAreas(snapshot: readonly StoredRecord[]): RestorableArea[] {
  const areas: RestorableArea[] = []
  for (const record of snapshot) {
    if (record.typeName !== 'shape' || record.type !== 'frame') continue
    const props = typeof record.props === 'object' && record.props !== null ? (record.props as Record<string, unknown>) : {}
    const name = typeof props.name === 'string' && props.name.trim() !== '' ? props.name.trim() : 'Frame'
    areas.push({ id: record.id, name })
  }
  return areas.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
}

/**
 * Splits a plan into parts of at most `maxEntries` changed entries each (the server refuses the
 * excess of one update), puts first in parents-first order, then removals children-first.
 */
export function splitRestorePlan(plan: RestorePlan, maxEntries: number): RestorePlan[] {
  const size = Math.max(1, Math.floor(maxEntries))
  const steps: ({ put: StoredRecord } | { remove: string })[] = [
    ...plan.put.map((record) => ({ put: record })),
    ...plan.remove.map((id) => ({ remove: id })),
  ]
  const parts: RestorePlan[] = []
  for (let i = 0; i < steps.length; i += size) {
    const part: RestorePlan = { put: [], remove: [] }
    for (const step of steps.slice(i, i + size)) {
      if ('put' in step) part.put.push(step.put)
      else part.remove.push(step.remove)
    }
    parts.push(part)
  }
  return parts
}

/** Writes `plan` into the document's records; run inside the caller's transaction (features.write). */
export function applyRestorePlan(doc: Y.Doc, plan: RestorePlan): void {
  const records = recordsMap(doc)
  for (const record of plan.put) records.set(record.id, record)
  for (const id of plan.remove) records.delete(id)
}

/** True when the plan changes nothing. */
export function isEmptyPlan(plan: RestorePlan): boolean {
  return plan.put.length === 0 && plan.remove.length === 0
}
