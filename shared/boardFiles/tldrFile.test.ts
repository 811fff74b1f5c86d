import { createTLSchema, parseTldrawJsonFile } from 'tldraw'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { docMetaMap, DocMetaKey, recordsMap } from '../boardDoc'
import { createNoteRecord } from '../notes'
import { assetPath } from '../assets'
import { asSchemaLabel, boardToTldrFile, inlineAssets, storedAssetSources } from './tldrFile'

const schema = createTLSchema()
const label = asSchemaLabel(schema.serialize())
if (!label) throw new Error('no schema label')

function parse(json: string) {
  const result = parseTldrawJsonFile({ json, schema })
  if (!result.ok) throw new Error(`tldraw refused the file: ${result.error.type}`)
  return result.value
}

describe('boardToTldrFile', () => {
  it('writes a file tldraw opens, with the board content and without user records', () => {
    const doc = new Y.Doc()
    docMetaMap(doc).set(DocMetaKey.schema, label)
    recordsMap(doc).set('document:document', { id: 'document:document', typeName: 'document', gridSize: 10, name: '', meta: {} })
    recordsMap(doc).set('page:page', { id: 'page:page', typeName: 'page', name: 'Page 1', index: 'a1', meta: {} })
    recordsMap(doc).set('shape:n1', createNoteRecord({ id: 'shape:n1', x: 0, y: 0, index: 'a1', text: 'Hello' }))
    recordsMap(doc).set('user:ana', { id: 'user:ana', typeName: 'user', name: 'Ana', meta: {} })
    const file = boardToTldrFile(doc, label)
    expect(file.tldrawFileFormatVersion).toBe(1)
    expect(file.records.map((r) => r.id)).toEqual(['document:document', 'page:page', 'shape:n1'])
    const store = parse(JSON.stringify(file))
    expect(store.get('shape:n1' as never)).toMatchObject({ type: 'note', x: 0 })
  })

  it('labels a board without a schema with the fallback, and tldraw opens an empty board', () => {
    const file = boardToTldrFile(new Y.Doc(), label)
    expect(file.schema).toEqual(label)
    // tldraw adds its session records (instance, camera…) and a page to any store it opens.
    expect(
      parse(JSON.stringify(file))
        .allRecords()
        .filter((r) => r.typeName === 'shape'),
    ).toEqual([])
  })

  it('skips values that are not records or are stored under another id', () => {
    const doc = new Y.Doc()
    recordsMap(doc).set('shape:a', 'junk')
    recordsMap(doc).set('shape:b', createNoteRecord({ id: 'shape:c', x: 0, y: 0, index: 'a1', text: '' }))
    expect(boardToTldrFile(doc, label).records).toEqual([])
  })
})

describe('the images of a .tldr file', () => {
  const board = 'abcdefghijklmnopqrstuv'
  const own = assetPath(board, 'c'.repeat(64))
  const image = (id: string, src: string | null) => ({
    id,
    typeName: 'asset',
    type: 'image',
    props: { w: 1, h: 1, name: 'p.png', isAnimated: false, mimeType: 'image/png', src },
    meta: {},
  })

  it("finds the board's own stored images once each, and nothing else", () => {
    const records = [
      image('asset:a', own),
      image('asset:b', own),
      image('asset:c', assetPath('ABCDEFGHIJKLMNOPQRSTUV', 'c'.repeat(64))),
      image('asset:d', 'data:image/png;base64,AA=='),
      image('asset:e', null),
      createNoteRecord({ id: 'shape:n1', x: 0, y: 0, index: 'a1', text: own }),
    ]
    expect(storedAssetSources(records, board)).toEqual([own])
  })

  it('points the assets at data: URLs and leaves the rest as it was', () => {
    const note = createNoteRecord({ id: 'shape:n1', x: 0, y: 0, index: 'a1', text: '' })
    const file = {
      tldrawFileFormatVersion: 1,
      schema: label,
      records: [image('asset:a', own), image('asset:e', null), note],
    }
    const inlined = inlineAssets(file, new Map([[own, 'data:image/png;base64,AA==']]))
    expect(inlined.records.map((r) => (r.props as { src?: unknown }).src)).toEqual(['data:image/png;base64,AA==', null, undefined])
    expect(inlined.records[2]).toBe(note)
    expect((file.records[0]?.props as { src: string }).src).toBe(own)
  })
})
