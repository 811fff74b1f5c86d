import { describe, expect, it } from 'vitest'
import type { StoredRecord } from '../boardDoc'
import { createNoteRecord } from '../notes'
import { planTldrImport, randomRecordId, type TldrImportOptions } from './tldrImport'

const filePage: StoredRecord = { id: 'page:file', typeName: 'page', name: 'Ideas', index: 'a1', meta: {} }
const frame: StoredRecord = {
  id: 'shape:frame', typeName: 'shape', type: 'frame', x: 0, y: 0, rotation: 0, index: 'a1', parentId: 'page:file',
  isLocked: false, opacity: 1, meta: { coopId: 'sur' }, props: { w: 400, h: 300, name: 'Sur', color: 'black' },
}
const inner = { ...createNoteRecord({ id: 'shape:inner', x: 10, y: 10, index: 'a1', text: 'in frame', author: { id: 'p1', name: 'Ana', coop: 'Sur' } }), parentId: 'shape:frame' }
const loose = { ...createNoteRecord({ id: 'shape:loose', x: 500, y: 0, index: 'a2', text: 'loose' }), parentId: 'page:file' }
const orphan = { ...createNoteRecord({ id: 'shape:orphan', x: 0, y: 0, index: 'a3', text: 'lost' }), parentId: 'shape:missing' }
const binding: StoredRecord = { id: 'binding:x', typeName: 'binding', type: 'arrow', fromId: 'shape:loose', toId: 'shape:frame', props: {}, meta: {} }
const dangling: StoredRecord = { id: 'binding:y', typeName: 'binding', type: 'arrow', fromId: 'shape:loose', toId: 'shape:gone', props: {}, meta: {} }
const bigAsset: StoredRecord = { id: 'asset:big', typeName: 'asset', type: 'image', props: { src: `data:image/png;base64,${'A'.repeat(2000)}` }, meta: {} }
const image: StoredRecord = {
  id: 'shape:img', typeName: 'shape', type: 'image', x: 0, y: 0, rotation: 0, index: 'a4', parentId: 'page:file',
  isLocked: false, opacity: 1, meta: {}, props: { assetId: 'asset:big', w: 10, h: 10 },
}
const file = [filePage, frame, inner, loose, orphan, binding, dangling, bigAsset, image]
const boardPage: StoredRecord = { id: 'page:page', typeName: 'page', name: 'Page 1', index: 'a1', meta: {} }
const boardNote = { ...createNoteRecord({ id: 'shape:n1', x: 0, y: 0, index: 'a5', text: 'live' }), parentId: 'page:page' }

function options(mode: TldrImportOptions['mode']): TldrImportOptions {
  let n = 0
  return {
    mode,
    targetPageId: 'page:page',
    existing: [boardPage, boardNote],
    pageName: 'Imported: ideas.tldr',
    offset: { x: 1000, y: 2000 },
    maxRecordBytes: 1000,
    newId: (typeName) => `${typeName}:new${++n}`,
  }
}

describe('planTldrImport', () => {
  it('adds the file as a new page above the board’s pages, with every id replaced', () => {
    const plan = planTldrImport(file, options('newPage'))
    const page = plan.records.find((r) => r.typeName === 'page')
    expect(page).toMatchObject({ name: 'Imported: ideas.tldr' })
    expect(String(page?.index) > 'a1').toBe(true)
    expect(plan.pageId).toBe(page?.id)
    const ids = plan.records.map((r) => r.id)
    expect(ids.some((id) => file.some((r) => r.id === id))).toBe(false)
    const shapes = plan.records.filter((r) => r.typeName === 'shape')
    expect(shapes).toHaveLength(3)
    const newFrame = shapes.find((r) => r.type === 'frame')
    expect(newFrame).toMatchObject({ parentId: page?.id, x: 0, meta: {} })
    expect(shapes.find((r) => (r.props as { richText?: unknown }).richText && r.parentId === newFrame?.id)?.meta).toEqual({ author: { id: 'p1', name: 'Ana', coop: 'Sur' } })
    const newBinding = plan.records.find((r) => r.typeName === 'binding')
    expect(newBinding).toMatchObject({ toId: newFrame?.id })
    // The orphan, the dangling binding, the oversized image and its shape are left out.
    expect(plan.skipped).toBe(4)
    expect(plan.shapes).toBe(3)
  })

  it('puts the shapes on the current page, shifted into view and stacked above what is there', () => {
    const plan = planTldrImport(file, options('currentPage'))
    expect(plan.records.some((r) => r.typeName === 'page')).toBe(false)
    expect(plan.pageId).toBe('page:page')
    const top = plan.records.filter((r) => r.typeName === 'shape' && r.parentId === 'page:page')
    expect(top.map((r) => [r.x, r.y])).toEqual(expect.arrayContaining([[1000, 2000], [1500, 2000]]))
    for (const shape of top) expect(String(shape.index) > 'a5').toBe(true)
    const child = plan.records.find((r) => r.typeName === 'shape' && r.parentId !== 'page:page')
    expect(child).toMatchObject({ x: 10, y: 10 })
  })

  it('makes random ids in tldraw’s form', () => {
    expect(randomRecordId('shape')).toMatch(/^shape:[A-Za-z0-9_-]{21}$/)
    expect(randomRecordId('shape')).not.toBe(randomRecordId('shape'))
  })
})
