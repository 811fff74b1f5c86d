/**
 * The candidate Y.Doc layouts for tldraw records. Each one is a small adapter with the three
 * operations the benchmark needs (add a note, move it, read every note back), written the
 * way the binding or a bot would write them, so that the bytes and timings we measure are
 * those of real code paths and the read-back proves each layout round-trips.
 */
import * as Y from 'yjs'
import type { TLNoteShape } from 'tldraw'
import type { Position } from './notes'

export interface Board {
  add(note: TLNoteShape): void
  move(id: string, to: Position): void
  /** Every note as a reader (the binding, a bot) reconstructs it from the document. */
  readAll(): Map<string, TLNoteShape>
}

export type LayoutKey = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'P'

export interface Layout {
  key: LayoutKey
  name: string
  /** Attaches to a doc; per-doc state (YKeyValue's index) lives in the returned Board. */
  open(doc: Y.Doc): Board
}

/** Narrowing instead of casts: whatever comes out of a Y type is `unknown` until checked. */
export function isNote(value: unknown): value is TLNoteShape {
  return (
    typeof value === 'object' &&
    value !== null &&
    'typeName' in value &&
    value.typeName === 'shape' &&
    'type' in value &&
    value.type === 'note'
  )
}

function expectNote(value: unknown, id: string): TLNoteShape {
  if (!isNote(value)) throw new Error(`no note record for ${id}`)
  return value
}

/** A: Y.Map 'records', id → whole record as one plain JSON value. */
export const layoutWholeRecord: Layout = {
  key: 'A',
  name: 'A. Y.Map id → whole record',
  open(doc) {
    const records = doc.getMap<unknown>('records')
    return {
      add: (note) => records.set(note.id, note),
      move: (id, to) => records.set(id, { ...expectNote(records.get(id), id), x: to.x, y: to.y }),
      readAll: () => {
        const out = new Map<string, TLNoteShape>()
        for (const [id, value] of records) out.set(id, expectNote(value, id))
        return out
      },
    }
  },
}

/** B: Y.Map 'records', id → Y.Map of top-level fields; props and meta stay plain objects. */
export const layoutNestedMap: Layout = {
  key: 'B',
  name: 'B. Y.Map id → nested Y.Map per record',
  open(doc) {
    const records = doc.getMap<Y.Map<unknown>>('records')
    return {
      add: (note) =>
        doc.transact(() => {
          const fields = new Y.Map<unknown>()
          for (const [key, value] of Object.entries(note)) fields.set(key, value)
          records.set(note.id, fields)
        }),
      move: (id, to) => {
        const fields = records.get(id)
        if (fields === undefined) throw new Error(`no note record for ${id}`)
        // One transaction, so x and y travel in a single update as a drag step would.
        doc.transact(() => {
          fields.set('x', to.x)
          fields.set('y', to.y)
        })
      },
      readAll: () => {
        const out = new Map<string, TLNoteShape>()
        for (const [id, fields] of records) out.set(id, expectNote(fields.toJSON(), id))
        return out
      },
    }
  },
}

function isPosition(value: unknown): value is Position {
  return (
    typeof value === 'object' &&
    value !== null &&
    'x' in value &&
    typeof value.x === 'number' &&
    'y' in value &&
    typeof value.y === 'number'
  )
}

/** C: A plus Y.Map 'positions', id → {x, y}; the position entry wins over the record's x/y. */
export const layoutSplitPosition: Layout = {
  key: 'C',
  name: 'C. whole record + Y.Map id → {x,y}',
  open(doc) {
    const records = doc.getMap<unknown>('records')
    const positions = doc.getMap<unknown>('positions')
    return {
      // Both entries at creation, so a reader never has to guess which one is missing.
      add: (note) =>
        doc.transact(() => {
          records.set(note.id, note)
          positions.set(note.id, { x: note.x, y: note.y })
        }),
      move: (id, to) => positions.set(id, { x: to.x, y: to.y }),
      readAll: () => {
        const out = new Map<string, TLNoteShape>()
        for (const [id, value] of records) {
          const note = expectNote(value, id)
          const position = positions.get(id)
          out.set(id, isPosition(position) ? { ...note, x: position.x, y: position.y } : note)
        }
        return out
      },
    }
  },
}

/** The part of y-utility's YKeyValue we use, declared here so type-checking never needs the package. */
interface KeyValueStore {
  map: Map<string, { key: string; val: unknown }>
  get(key: string): unknown
  set(key: string, val: unknown): void
}
type KeyValueConstructor = new (yarray: Y.Array<{ key: string; val: unknown }>) => KeyValueStore

/**
 * Loads YKeyValue if y-utility happens to be installed. It is deliberately not a dependency
 * (the benchmark installs it with --no-save), so the specifier is a variable: TypeScript
 * then does not try to resolve it and the typecheck passes on machines without it.
 */
export async function loadYKeyValue(): Promise<KeyValueConstructor | null> {
  const specifier = 'y-utility/y-keyvalue'
  let mod: unknown
  try {
    mod = await import(specifier)
  } catch {
    return null
  }
  if (typeof mod !== 'object' || mod === null || !('YKeyValue' in mod)) return null
  const ctor = mod.YKeyValue
  if (typeof ctor !== 'function') return null
  // Checked to be a constructor above; its shape is y-utility 0.1.x's documented API.
  return ctor as KeyValueConstructor
}

/** D: YKeyValue over Y.Array 'records', id → whole record. */
export function layoutKeyValue(YKeyValue: KeyValueConstructor): Layout {
  return {
    key: 'D',
    name: 'D. YKeyValue (y-utility) id → whole record',
    open(doc) {
      const kv = new YKeyValue(doc.getArray<{ key: string; val: unknown }>('records'))
      return {
        add: (note) => kv.set(note.id, note),
        move: (id, to) => kv.set(id, { ...expectNote(kv.get(id), id), x: to.x, y: to.y }),
        readAll: () => {
          const out = new Map<string, TLNoteShape>()
          for (const [id, entry] of kv.map) out.set(id, expectNote(entry.val, id))
          return out
        },
      }
    },
  }
}
