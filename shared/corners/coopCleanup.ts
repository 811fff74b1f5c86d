/**
 * A facilitator cleaning up the roster: renaming a coop, merging a mistaken coop into the right
 * one (its notes into the other's corner, its delegates and its notes' writer stamps to the
 * other coop), removing one. Each is planned as a {@link CoopEdit} from the board as it is, and
 * undone by `inverseCoopEdit`. Pure.
 */
import type { StoredRecord } from '../boardDoc'
import { DEFAULT_PAGE_ID } from '../notes'
import { readNoteAuthor } from '../participant'
import { DEFAULT_PADDING, freeSpots } from '../placement/freeSpot'
import { indicesAboveShapes } from '../shapeIndex'
import type { CoopBoard, CoopEdit, EditEntry } from './coopEdit'
import { clampCoopDetails } from './coopRules'
import type { Box } from '../geometry'
import { cornerOf, cornersByCoop } from './cornerRecord'
import { placeNewCorners } from './cornerPlacement'
import { coopIdFor, ROSTER_LIMITS, type Coop } from './roster'
import { shapeBox } from '../shapeBounds'

/** Why a clean-up cannot be planned. */
export type CleanupProblem = 'unknown_coop' | 'blank_name' | 'name_taken' | 'same_coop'

/** A planned clean-up, or why there is none. */
export type CleanupPlan = { ok: true; edit: CoopEdit } | { ok: false; problem: CleanupProblem }

function fail(problem: CleanupProblem): CleanupPlan {
  return { ok: false, problem }
}

function propsOf(record: StoredRecord): Record<string, unknown> {
  return typeof record.props === 'object' && record.props !== null ? (record.props as Record<string, unknown>) : {}
}

/** True when a person's or a note's coop name `name` stands for `coop` (its id, or its name's). */
function namesCoop(coop: Coop, name: string): boolean {
  if (name.trim() === '') return false
  const id = coopIdFor(name)
  return id === coop.id || id === coopIdFor(coop.name)
}

/** The records an edit changes, by id, over the board's records; deletions kept apart. */
class RecordChanges {
  private readonly changed = new Map<string, StoredRecord>()
  private readonly deleted = new Set<string>()
  constructor(private readonly byId: ReadonlyMap<string, StoredRecord>) {}
  get(id: string): StoredRecord | undefined {
    return this.changed.get(id) ?? this.byId.get(id)
  }
  set(record: StoredRecord): void {
    this.changed.set(record.id, record)
  }
  delete(id: string): void {
    this.changed.delete(id)
    this.deleted.add(id)
  }
  entries(): EditEntry<StoredRecord>[] {
    return [
      ...[...this.changed.values()].map((value) => ({ id: value.id, value })),
      ...[...this.deleted].map((id) => ({ id, value: null })),
    ]
  }
}

/** Every note stamped with a writer from `coop` gets the coop name `name` in its stamp. */
function restamp(records: readonly StoredRecord[], changes: RecordChanges, coop: Coop, name: string): void {
  for (const original of records) {
    if (original.typeName !== 'shape') continue
    const record = changes.get(original.id) ?? original
    const meta = typeof record.meta === 'object' && record.meta !== null ? (record.meta as Record<string, unknown>) : {}
    const author = readNoteAuthor(meta)
    if (!author || !namesCoop(coop, author.coop)) continue
    changes.set({ ...record, meta: { ...meta, author: { ...(meta.author as object), coop: name } } })
  }
}

/** The shapes whose parent is one of `parents`. */
function childrenOf(records: readonly StoredRecord[], parents: ReadonlySet<string>): StoredRecord[] {
  return records.filter((record) => record.typeName === 'shape' && typeof record.parentId === 'string' && parents.has(record.parentId))
}

/** The shapes inside `roots`, at any depth (not the roots themselves). */
function descendantsOf(records: readonly StoredRecord[], roots: readonly string[]): StoredRecord[] {
  const found: StoredRecord[] = []
  let level = new Set(roots)
  while (level.size > 0) {
    const children = childrenOf(records, level)
    found.push(...children)
    level = new Set(children.map((child) => child.id))
  }
  return found
}

function coopCorners(board: CoopBoard, coopId: string): StoredRecord[] {
  return cornersByCoop(board.records).get(coopId) ?? []
}

/** How many sticky notes are inside `coopId`'s corners, at any depth: what removing it deletes. */
export function coopNoteCount(board: CoopBoard, coopId: string): number {
  const corners = coopCorners(board, coopId).map((corner) => corner.id)
  return descendantsOf(board.records, corners).filter((record) => record.type === 'note').length
}

/**
 * Renames `coopId` to `name` (cleaned and cut like every coop name): its entry keeps its id, its
 * corners take the new label, and notes stamped with its old name take the new one. Refused
 * for a blank name, or one another coop already goes by (merge them instead).
 */
export function planRenameCoop(board: CoopBoard, coopId: string, name: string): CleanupPlan {
  const coop = board.coops.find((item) => item.id === coopId)
  if (!coop) return fail('unknown_coop')
  const clean = clampCoopDetails({ name }).name
  if (!/[\p{L}\p{N}]/u.test(clean)) return fail('blank_name')
  const nameId = coopIdFor(clean)
  if (board.coops.some((other) => other.id !== coopId && (other.id === nameId || coopIdFor(other.name) === nameId)))
    return fail('name_taken')
  const changes = new RecordChanges(new Map(board.records.map((record) => [record.id, record])))
  for (const corner of coopCorners(board, coopId)) changes.set({ ...corner, props: { ...propsOf(corner), name: clean } })
  restamp(board.records, changes, coop, clean)
  return { ok: true, edit: { coops: [{ id: coopId, value: { ...coop, name: clean } }], records: changes.entries() } }
}

/**
 * Where `items` (sizes) go in a frame of `size` holding `occupied` (frame coordinates): the free
 * cells of the board's placement grid, each cell as large as the largest item; and the frame's
 * size afterwards, grown down (and right, for an item wider than it) when it ran out of room.
 */
function placeInFrame(size: { w: number; h: number }, occupied: readonly Box[], items: readonly Box[]) {
  const cell = { w: Math.max(...items.map((item) => item.w)), h: Math.max(...items.map((item) => item.h)) }
  const area = { box: { x: 0, y: 0, ...size }, whenFull: 'grow' as const, padding: DEFAULT_PADDING }
  const { spots, grownHeight } = freeSpots(area, occupied, cell, items.length)
  const w = Math.max(size.w, ...spots.map((spot) => spot.x + spot.w + DEFAULT_PADDING))
  return { positions: spots, w, h: grownHeight ?? size.h }
}

/** Reading order: top to bottom, then left to right. */
function byPosition(a: StoredRecord, b: StoredRecord): number {
  return Number(a.y ?? 0) - Number(b.y ?? 0) || Number(a.x ?? 0) - Number(b.x ?? 0)
}

/**
 * Merges `fromId` into `intoId`: the shapes in `fromId`'s corners move into `intoId`'s corner
 * (created if it has none), at free cells of a grid there, the corner growing when it runs out
 * of room; notes stamped with `fromId` take `intoId`'s name; its delegates join `intoId`'s; then
 * its corners and its entry are removed.
 */
export function planMergeCoops(board: CoopBoard, fromId: string, intoId: string): CleanupPlan {
  if (fromId === intoId) return fail('same_coop')
  const from = board.coops.find((item) => item.id === fromId)
  let into = board.coops.find((item) => item.id === intoId)
  if (!from || !into) return fail('unknown_coop')
  const changes = new RecordChanges(new Map(board.records.map((record) => [record.id, record])))
  const fromCorners = coopCorners(board, fromId)

  let target = cornerOf(into, cornersByCoop(board.records))
  if (!target) {
    const page = typeof fromCorners[0]?.parentId === 'string' ? fromCorners[0].parentId : DEFAULT_PAGE_ID
    const placed = placeNewCorners([into], board.records, page)
    const [coop] = placed.coops
    const [frame] = placed.corners
    if (!coop || !frame) throw new Error('corner placement came up short')
    into = coop
    target = frame
  }

  const frameId = target.id
  const original = board.records.find((record) => record.id === frameId)
  const moving = childrenOf(board.records, new Set(fromCorners.map((corner) => corner.id))).sort(byPosition)
  if (moving.length > 0) {
    const present = childrenOf(board.records, new Set([frameId]))
    const boxes = moving.map((shape) => shapeBox(shape) ?? { x: 0, y: 0, w: 0, h: 0 })
    const props = propsOf(target)
    const placement = placeInFrame(
      { w: Number(props.w ?? 0), h: Number(props.h ?? 0) },
      present.flatMap((shape) => shapeBox(shape) ?? []),
      boxes,
    )
    const indices = indicesAboveShapes(present, moving.length)
    moving.forEach((shape, i) => {
      const box = boxes[i]
      const spot = placement.positions[i]
      const index = indices[i]
      if (!box || !spot || !index) throw new Error('frame placement came up short')
      // A rotated shape's box is not at its origin: keep the origin where the box lands.
      const x = spot.x + Number(shape.x ?? 0) - box.x
      const y = spot.y + Number(shape.y ?? 0) - box.y
      changes.set({ ...shape, parentId: frameId, x, y, index })
    })
    if (placement.w !== props.w || placement.h !== props.h) target = { ...target, props: { ...props, w: placement.w, h: placement.h } }
  }
  if (target !== original) changes.set(target)
  restamp(board.records, changes, from, into.name)
  for (const corner of fromCorners) changes.delete(corner.id)

  const delegates = [...new Set([...into.delegates, ...from.delegates])].slice(0, ROSTER_LIMITS.delegates)
  return {
    ok: true,
    edit: {
      coops: [
        { id: intoId, value: { ...into, delegates } },
        { id: fromId, value: null },
      ],
      records: changes.entries(),
    },
  }
}

/** Removes `coopId`: its entry, its corners and everything inside them ({@link coopNoteCount} notes). */
export function planRemoveCoop(board: CoopBoard, coopId: string): CleanupPlan {
  if (!board.coops.some((item) => item.id === coopId)) return fail('unknown_coop')
  const corners = coopCorners(board, coopId).map((corner) => corner.id)
  const gone = [...descendantsOf(board.records, corners).map((record) => record.id), ...corners]
  return { ok: true, edit: { coops: [{ id: coopId, value: null }], records: gone.map((id) => ({ id, value: null })) } }
}
