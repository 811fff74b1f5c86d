/**
 * Candidate layouts in which concurrent edits of different properties of one record merge
 * (issue 17). Each splits a record into parts that Yjs resolves separately; a reader joins
 * the parts again. Written as the binding or a bot would write them, like layouts.ts.
 */
import * as Y from 'yjs'
import type { TLNoteShape } from 'tldraw'
import { recordsMap } from '../../shared/boardDoc'
import { isNote, type Layout } from './layouts'

type Json = Record<string, unknown>

function expectObject(value: unknown, what: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`no ${what}`)
  return value as Json
}

function asNote(value: Json, id: string): TLNoteShape {
  if (!isNote(value)) throw new Error(`no note record for ${id}`)
  return value
}

/** The props that hold a shape's text; every other prop is its style and size. */
const TEXT_PROPS = new Set(['richText', 'text', 'url'])

/** E: 'records' holds the record without props and meta; 'props' and 'meta' maps hold those, per id. */
export const layoutPropsMetaMaps: Layout = {
  key: 'E',
  name: 'E. record + Y.Maps id → props, id → meta',
  open(doc) {
    const records = doc.getMap<unknown>('records')
    const props = doc.getMap<unknown>('props')
    const meta = doc.getMap<unknown>('meta')
    return {
      add: (note) =>
        doc.transact(() => {
          const { props: p, meta: m, ...rest } = note
          records.set(note.id, rest)
          props.set(note.id, p)
          meta.set(note.id, m)
        }),
      move: (id, to) => records.set(id, { ...expectObject(records.get(id), id), x: to.x, y: to.y }),
      readAll: () => {
        const out = new Map<string, TLNoteShape>()
        for (const [id, value] of records) {
          out.set(id, asNote({ ...expectObject(value, id), props: props.get(id), meta: meta.get(id) }, id))
        }
        return out
      },
    }
  },
}

/** H: E with props split in two: text, and style and size. */
export const layoutFourParts: Layout = {
  key: 'H',
  name: 'H. record + Y.Maps id → text, id → style, id → meta',
  open(doc) {
    const records = doc.getMap<unknown>('records')
    const text = doc.getMap<unknown>('text')
    const style = doc.getMap<unknown>('style')
    const meta = doc.getMap<unknown>('meta')
    return {
      add: (note) =>
        doc.transact(() => {
          const { props: p, meta: m, ...rest } = note
          const textPart: Json = {}
          const stylePart: Json = {}
          for (const [key, value] of Object.entries(p)) (TEXT_PROPS.has(key) ? textPart : stylePart)[key] = value
          records.set(note.id, rest)
          text.set(note.id, textPart)
          style.set(note.id, stylePart)
          meta.set(note.id, m)
        }),
      move: (id, to) => records.set(id, { ...expectObject(records.get(id), id), x: to.x, y: to.y }),
      readAll: () => {
        const out = new Map<string, TLNoteShape>()
        for (const [id, value] of records) {
          const p = { ...expectObject(style.get(id), id), ...expectObject(text.get(id), id) }
          out.set(id, asNote({ ...expectObject(value, id), props: p, meta: meta.get(id) }, id))
        }
        return out
      },
    }
  },
}

/** Flattens a record to field paths: top-level fields, and one entry per prop and per meta key. */
function fields(note: TLNoteShape): [string, unknown][] {
  const out: [string, unknown][] = []
  for (const [key, value] of Object.entries(note)) {
    if (key === 'props' || key === 'meta') {
      for (const [sub, subValue] of Object.entries(expectObject(value, key))) out.push([`${key}.${sub}`, subValue])
    } else out.push([key, value])
  }
  return out
}

function unflatten(entries: Iterable<[string, unknown]>): Json {
  const record: Json = { props: {}, meta: {} }
  for (const [path, value] of entries) {
    const dot = path.indexOf('.')
    if (dot < 0) record[path] = value
    else expectObject(record[path.slice(0, dot)], path)[path.slice(dot + 1)] = value
  }
  return record
}

/** F: a nested Y.Map per record with one key per field (props and meta flattened). */
export const layoutNestedFields: Layout = {
  key: 'F',
  name: 'F. nested Y.Map per record, a key per field',
  open(doc) {
    const records = doc.getMap<Y.Map<unknown>>('records')
    return {
      add: (note) =>
        doc.transact(() => {
          const map = new Y.Map<unknown>()
          for (const [path, value] of fields(note)) map.set(path, value)
          records.set(note.id, map)
        }),
      move: (id, to) =>
        doc.transact(() => {
          const map = records.get(id)
          if (map === undefined) throw new Error(`no note record for ${id}`)
          map.set('x', to.x)
          map.set('y', to.y)
        }),
      readAll: () => {
        const out = new Map<string, TLNoteShape>()
        for (const [id, map] of records) out.set(id, asNote(unflatten(map.entries()), id))
        return out
      },
    }
  },
}

/** G: one flat Y.Map, key `${id}\t${field}` per field: per-field merging without a Y.Map per record. */
export const layoutFlatFields: Layout = {
  key: 'G',
  name: 'G. one Y.Map, a key per record field',
  open(doc) {
    const cells = doc.getMap<unknown>('fields')
    return {
      add: (note) =>
        doc.transact(() => {
          for (const [path, value] of fields(note)) cells.set(`${note.id}\t${path}`, value)
        }),
      move: (id, to) =>
        doc.transact(() => {
          cells.set(`${id}\tx`, to.x)
          cells.set(`${id}\ty`, to.y)
        }),
      readAll: () => {
        const byId = new Map<string, [string, unknown][]>()
        for (const [key, value] of cells) {
          const tab = key.indexOf('\t')
          const id = key.slice(0, tab)
          let list = byId.get(id)
          if (list === undefined) byId.set(id, (list = []))
          list.push([key.slice(tab + 1), value])
        }
        const out = new Map<string, TLNoteShape>()
        for (const [id, list] of byId) out.set(id, asNote(unflatten(list), id))
        return out
      },
    }
  },
}

/**
 * P: Plenary's layout 2, through the real BoardRecords: each record whole as created, and a
 * map per part (place, text, fit, style, meta, other) holding only the parts changed since.
 */
export const layoutChangedParts: Layout = {
  key: 'P',
  name: 'P. record as created + changed parts (layout 2)',
  open(doc) {
    const records = recordsMap(doc)
    return {
      add: (note) => records.set(note.id, note),
      move: (id, to) => records.set(id, { ...expectObject(records.get(id), id), x: to.x, y: to.y }),
      readAll: () => {
        const out = new Map<string, TLNoteShape>()
        for (const [id, value] of records) out.set(id, asNote(expectObject(value, id), id))
        return out
      },
    }
  },
}
