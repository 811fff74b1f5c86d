/**
 * The records of a board document as one map of whole records, over layout 2: the `records`
 * map holds each record as it was created (its base), and the part maps (./parts.ts) hold the
 * parts changed since. Everything in Plenary reads and writes records through this class, so
 * only it and the server's review know that a record is stored in pieces.
 */
import * as Y from 'yjs'
import { jsonEqual } from '../jsonEqual'
import { assembleRecord, partMapName, pickPart, RECORD_PARTS, type RecordPart } from './parts'

/** Top-level Y.Map holding each tldraw document record as created: record id → plain JSON. */
export const RECORDS_MAP = 'records'

type Json = Record<string, unknown>

function asObject(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null
}

/** What a subscriber to the records hears: the ids whose record may have changed, and the transaction. */
export interface RecordsEvent {
  keysChanged: ReadonlySet<string>
  transaction: Y.Transaction
}

export type RecordsObserver = (event: RecordsEvent) => void

/** A board's records, read and written whole; see the file comment. */
export class BoardRecords {
  private readonly base: Y.Map<unknown>
  private readonly parts: ReadonlyArray<readonly [RecordPart, Y.Map<unknown>]>
  private readonly observers = new Map<RecordsObserver, (event: Y.YMapEvent<unknown>) => void>()

  constructor(private readonly doc: Y.Doc) {
    this.base = doc.getMap<unknown>(RECORDS_MAP)
    this.parts = RECORD_PARTS.map((part) => [part, doc.getMap<unknown>(partMapName(part))] as const)
  }

  /** True for the base map and the part maps: a change to any of them changes records. */
  isRecordsType(type: unknown): boolean {
    return type === this.base || this.parts.some(([, map]) => map === type)
  }

  /** The number of records. */
  get size(): number {
    return this.base.size
  }

  has(id: string): boolean {
    return this.base.has(id)
  }

  /** The record as every reader sees it: the base with its changed parts; undefined when there is none. */
  get(id: string): unknown {
    const base = this.base.get(id)
    if (base === undefined) return undefined
    const object = asObject(base)
    if (!object) return base
    let changed: Map<RecordPart, unknown> | null = null
    for (const [part, map] of this.parts) {
      const value = map.get(id)
      if (value !== undefined) (changed ??= new Map()).set(part, value)
    }
    return changed ? assembleRecord(object, changed) : base
  }

  /**
   * Writes `record` under `id`. A new record is written whole (and any stale parts under its id
   * are dropped); an existing one gets only the parts that differ, so concurrent changes of other
   * parts survive. `only` limits the write to the parts a change really made: a writer whose
   * copy of the record may lag the document (the editor's store, a microtask behind remote
   * changes) must not write back the parts it did not change.
   */
  set(id: string, record: unknown, only?: ReadonlySet<RecordPart>): void {
    this.doc.transact(() => {
      const next = asObject(record)
      const current = asObject(this.get(id))
      if (!next || !current) {
        this.base.set(id, record)
        for (const [, map] of this.parts) if (map.has(id)) map.delete(id)
        return
      }
      for (const [part, map] of this.parts) {
        if (only && !only.has(part)) continue
        const wanted = pickPart(next, part)
        if (!jsonEqual(pickPart(current, part), wanted)) map.set(id, wanted ?? {})
      }
    })
  }

  /**
   * Writes `record` whole: a new base, no parts. For a change that must leave nothing of the
   * record before it in the document (a writer's name cleared from an anonymous note: the old
   * base is deleted and its content collected), not for ordinary edits, which would then lose
   * concurrent changes of other parts.
   */
  replace(id: string, record: unknown): void {
    this.doc.transact(() => {
      this.base.set(id, record)
      for (const [, map] of this.parts) if (map.has(id)) map.delete(id)
    })
  }

  /** Deletes the record and every part of it. */
  delete(id: string): void {
    this.doc.transact(() => {
      this.base.delete(id)
      for (const [, map] of this.parts) if (map.has(id)) map.delete(id)
    })
  }

  keys(): IterableIterator<string> {
    return this.base.keys()
  }

  *values(): IterableIterator<unknown> {
    for (const id of this.base.keys()) yield this.get(id)
  }

  *entries(): IterableIterator<[string, unknown]> {
    for (const id of this.base.keys()) yield [id, this.get(id)]
  }

  [Symbol.iterator](): IterableIterator<[string, unknown]> {
    return this.entries()
  }

  forEach(callback: (value: unknown, id: string) => void): void {
    for (const id of this.base.keys()) callback(this.get(id), id)
  }

  /** Every record as plain JSON, by id. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const id of this.base.keys()) out[id] = this.get(id)
    return out
  }

  /**
   * Calls `observer` after each transaction that changed a record's base or any part, once per
   * map changed (a subscriber batches; the ids may repeat).
   */
  observe(observer: RecordsObserver): void {
    if (this.observers.has(observer)) return
    const listener = (event: Y.YMapEvent<unknown>): void => observer({ keysChanged: event.keysChanged, transaction: event.transaction })
    this.observers.set(observer, listener)
    this.base.observe(listener)
    for (const [, map] of this.parts) map.observe(listener)
  }

  unobserve(observer: RecordsObserver): void {
    const listener = this.observers.get(observer)
    if (!listener) return
    this.observers.delete(observer)
    this.base.unobserve(listener)
    for (const [, map] of this.parts) map.unobserve(listener)
  }
}
