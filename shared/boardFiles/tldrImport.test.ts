import { describe, expect, it } from 'vitest'
import type { StoredRecord } from '../boardDoc'
import { createNoteRecord } from '../notes'
import { assetPath } from '../assets'
import { planTldrImport, randomRecordId, type TldrImportOptions } from './tldrImport'
import type { UploadOutcome } from './tldrAssets'

const BOARD = 'B0ardB0ardB0ardB0ard01'
const OTHER_BOARD = 'OtherOtherOtherOther02'
const HASH = 'a'.repeat(64)

const filePage: StoredRecord = { id: 'page:file', typeName: 'page', name: 'Ideas', index: 'a1', meta: {} }
const frame: StoredRecord = {
  id: 'shape:frame',
  typeName: 'shape',
  type: 'frame',
  x: 0,
  y: 0,
  rotation: 0,
  index: 'a1',
  parentId: 'page:file',
  isLocked: false,
  opacity: 1,
  meta: { coopId: 'sur' },
  props: { w: 400, h: 300, name: 'Sur', color: 'black' },
}
const inner = {
  ...createNoteRecord({ id: 'shape:inner', x: 10, y: 10, index: 'a1', text: 'in frame', author: { id: 'p1', name: 'Ana', coop: 'Sur' } }),
  parentId: 'shape:frame',
}
const loose = { ...createNoteRecord({ id: 'shape:loose', x: 500, y: 0, index: 'a2', text: 'loose' }), parentId: 'page:file' }
const orphan = { ...createNoteRecord({ id: 'shape:orphan', x: 0, y: 0, index: 'a3', text: 'lost' }), parentId: 'shape:missing' }
const binding: StoredRecord = {
  id: 'binding:x',
  typeName: 'binding',
  type: 'arrow',
  fromId: 'shape:loose',
  toId: 'shape:frame',
  props: {},
  meta: {},
}
const dangling: StoredRecord = {
  id: 'binding:y',
  typeName: 'binding',
  type: 'arrow',
  fromId: 'shape:loose',
  toId: 'shape:gone',
  props: {},
  meta: {},
}
const bigAsset: StoredRecord = {
  id: 'asset:big',
  typeName: 'asset',
  type: 'image',
  props: { src: `data:image/png;base64,${'A'.repeat(2000)}` },
  meta: {},
}
const image: StoredRecord = {
  id: 'shape:img',
  typeName: 'shape',
  type: 'image',
  x: 0,
  y: 0,
  rotation: 0,
  index: 'a4',
  parentId: 'page:file',
  isLocked: false,
  opacity: 1,
  meta: {},
  props: { assetId: 'asset:big', w: 10, h: 10 },
}
const file = [filePage, frame, inner, loose, orphan, binding, dangling, bigAsset, image]
const boardPage: StoredRecord = { id: 'page:page', typeName: 'page', name: 'Page 1', index: 'a1', meta: {} }
const boardNote = { ...createNoteRecord({ id: 'shape:n1', x: 0, y: 0, index: 'a5', text: 'live' }), parentId: 'page:page' }

function options(
  mode: TldrImportOptions['mode'],
  uploads: ReadonlyMap<string, UploadOutcome> = new Map([
    ['asset:big', { src: assetPath(BOARD, HASH), mimeType: 'image/png', bytes: 1500 }],
  ]),
): TldrImportOptions {
  let n = 0
  return {
    mode,
    targetPageId: 'page:page',
    existing: [boardPage, boardNote],
    pageName: 'Imported: ideas.tldr',
    offset: { x: 1000, y: 2000 },
    maxRecordBytes: 1000,
    newId: (typeName) => `${typeName}:new${++n}`,
    boardId: BOARD,
    uploads,
  }
}

function imageShape(id: string, assetId: string, index: string): StoredRecord {
  return { ...image, id, index, props: { assetId, w: 10, h: 10 } }
}

function asset(id: string, src: string | null, type = 'image'): StoredRecord {
  return { id, typeName: 'asset', type, props: { src, name: id, w: 10, h: 10, mimeType: null, isAnimated: false }, meta: {} }
}

/** Every string in a value, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings)
  return []
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
    expect(shapes).toHaveLength(4)
    const newFrame = shapes.find((r) => r.type === 'frame')
    expect(newFrame).toMatchObject({ parentId: page?.id, x: 0, meta: {} })
    expect(shapes.find((r) => (r.props as { richText?: unknown }).richText && r.parentId === newFrame?.id)?.meta).toEqual({
      author: { id: 'p1', name: 'Ana', coop: 'Sur' },
    })
    const newBinding = plan.records.find((r) => r.typeName === 'binding')
    expect(newBinding).toMatchObject({ toId: newFrame?.id })
    // The orphan and the dangling binding are left out; the embedded image came in uploaded.
    expect(plan.leftOut).toEqual({ incomplete: 2 })
    expect(plan.skipped).toBe(2)
    expect(plan.shapes).toBe(4)
    const newAsset = plan.records.find((r) => r.typeName === 'asset')
    expect(newAsset?.props).toMatchObject({ src: assetPath(BOARD, HASH), mimeType: 'image/png', fileSize: 1500 })
    expect(shapes.find((r) => r.type === 'image')?.props).toMatchObject({ assetId: newAsset?.id })
  })

  it('leaves out an embedded image whose upload was refused, with its shape, and says why', () => {
    const refused = planTldrImport(file, options('newPage', new Map([['asset:big', { refused: 'boardFull' }]])))
    expect(refused.records.some((r) => r.typeName === 'asset' || r.type === 'image')).toBe(false)
    expect(refused.leftOut).toEqual({ boardFull: 1, incomplete: 2 })
    // Not uploaded at all (the upload step failed before it): left out too, never kept as data.
    const missing = planTldrImport(file, options('newPage', new Map()))
    expect(missing.leftOut).toEqual({ uploadFailed: 1, incomplete: 2 })
    expect(strings(missing.records).some((s) => s.startsWith('data:'))).toBe(false)
  })

  it('brings nothing that loads from elsewhere: linked images, SVG, video, embeds and bookmarks are left out and counted', () => {
    const hostile: StoredRecord[] = [
      filePage,
      asset('asset:web', 'https://example.com/cat.png'),
      asset('asset:relative', '//cdn.example.com/cat.png'),
      asset('asset:other', assetPath(OTHER_BOARD, HASH)),
      asset('asset:svg', 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4='),
      asset('asset:video', 'data:video/mp4;base64,AAAA', 'video'),
      asset('asset:own', assetPath(BOARD, HASH)),
      asset('asset:empty', null),
      {
        id: 'asset:card',
        typeName: 'asset',
        type: 'bookmark',
        props: { src: 'https://example.com', title: '', description: '', image: 'https://example.com/i.png', favicon: '' },
        meta: {},
      },
      imageShape('shape:web', 'asset:web', 'a1'),
      imageShape('shape:relative', 'asset:relative', 'a2'),
      imageShape('shape:other', 'asset:other', 'a3'),
      imageShape('shape:svg', 'asset:svg', 'a4'),
      { ...imageShape('shape:video', 'asset:video', 'a5'), type: 'video' },
      imageShape('shape:own', 'asset:own', 'a6'),
      imageShape('shape:empty', 'asset:empty', 'a7'),
      {
        ...image,
        id: 'shape:card',
        type: 'bookmark',
        index: 'a8',
        props: { assetId: 'asset:card', url: 'https://example.com', w: 300, h: 320 },
      },
      { ...image, id: 'shape:embed', type: 'embed', index: 'a9', props: { url: 'https://www.youtube.com/watch?v=x', w: 300, h: 200 } },
      { ...binding, id: 'binding:to-embed', fromId: 'shape:own', toId: 'shape:embed' },
      loose,
    ]
    const plan = planTldrImport(hostile, options('currentPage', new Map()))
    expect(plan.leftOut).toEqual({ linkedImage: 3, unsupportedType: 2, bookmark: 1, embed: 1 })
    expect(
      plan.records
        .filter((r) => r.typeName === 'shape')
        .map((r) => r.type)
        .sort(),
    ).toEqual(['image', 'image', 'note'])
    expect(
      plan.records
        .filter((r) => r.typeName === 'asset')
        .map((r) => (r.props as { src: unknown }).src)
        .sort(),
    ).toEqual([assetPath(BOARD, HASH), null])
    const sources = strings(plan.records)
    expect(sources.filter((s) => /https?:|^\/\/|^data:/i.test(s))).toEqual([])
  })

  it('puts the shapes on the current page, shifted into view and stacked above what is there', () => {
    const plan = planTldrImport(file, options('currentPage'))
    expect(plan.records.some((r) => r.typeName === 'page')).toBe(false)
    expect(plan.pageId).toBe('page:page')
    const top = plan.records.filter((r) => r.typeName === 'shape' && r.parentId === 'page:page')
    expect(top.map((r) => [r.x, r.y])).toEqual(
      expect.arrayContaining([
        [1000, 2000],
        [1500, 2000],
      ]),
    )
    for (const shape of top) expect(String(shape.index) > 'a5').toBe(true)
    const child = plan.records.find((r) => r.typeName === 'shape' && r.parentId !== 'page:page')
    expect(child).toMatchObject({ x: 10, y: 10 })
  })

  it('makes random ids in tldraw’s form', () => {
    expect(randomRecordId('shape')).toMatch(/^shape:[A-Za-z0-9_-]{21}$/)
    expect(randomRecordId('shape')).not.toBe(randomRecordId('shape'))
  })
})
