import { createTLSchema } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import type { StoredRecord } from '../boardDoc'
import { boxesOverlap } from '../geometry'
import { shapeBox } from '../shapeBounds'
import { createNoteRecord, DEFAULT_PAGE_ID } from '../notes'
import { richTextToPlainText } from '../export/richText'
import { frameTitles, stickiesInFrames, stickyText } from './fixtures/generate'
import { hostileItems, tooManyItems } from './fixtures/hostile'
import small from './fixtures/small.json'
import remoteUrls from './fixtures/remote-urls.json'
import { IMPORT_MARGIN, MAX_IMPORT_RECORDS, planMiroImport, type MiroImportPlan } from './importMiro'

const schema = createTLSchema()
const EMPTY = { pageId: DEFAULT_PAGE_ID, records: [] }

function plan(input: unknown, options: { pageId: string; records: readonly StoredRecord[] } = EMPTY): MiroImportPlan {
  const result = planMiroImport(input, options)
  if (!result.ok) throw new Error(result.error)
  return result.plan
}

function byMiroId(records: readonly StoredRecord[], miroId: string): StoredRecord {
  const found = records.find((record) => (record.meta as { miroId?: string } | undefined)?.miroId === miroId && record.typeName === 'shape')
  if (!found) throw new Error(`no record for ${miroId}`)
  return found
}

function props(record: StoredRecord): Record<string, unknown> {
  return record.props as Record<string, unknown>
}

function expectValid(records: readonly StoredRecord[]): void {
  for (const record of records) {
    const type = record.typeName === 'binding' ? schema.types.binding : schema.types.shape
    expect(() => type.validate(record), record.id).not.toThrow()
  }
}

describe('planMiroImport: the small fixture with every type', () => {
  const { records, report } = plan(small)

  it("writes records that pass tldraw 5.4.2's validators", () => {
    expect(records.length).toBeGreaterThan(0)
    expectValid(records)
  })

  it('counts what it imported and lists what it skipped, with reasons', () => {
    expect(report.imported).toEqual({ frame: 1, sticky_note: 3, text: 1, shape: 2, card: 1, image: 1, connector: 2 })
    const skipped = Object.fromEntries(report.skipped.map((s) => [s.id, s.reason]))
    expect(skipped['3458764517517818008']).toMatch(/no “can” shape/)
    expect(skipped['3458764517517818011']).toMatch(/app cards/)
    expect(skipped['3458764517517818012']).toMatch(/“hologram”/)
    expect(report.skipped).toHaveLength(3)
    const codes = Object.fromEntries(report.skipped.map((s) => [s.id, [s.code, s.params]]))
    expect(codes['3458764517517818008']).toEqual(['unknownShape', { shape: 'can' }])
    expect(codes['3458764517517818012']).toEqual(['unknownType', { type: 'hologram' }])
  })

  it('turns the frame into a named frame and puts its stickies inside it, keeping their centres', () => {
    const frame = byMiroId(records, '3458764517517818001')
    expect(frame.type).toBe('frame')
    expect(props(frame)).toMatchObject({ name: 'Cooperativa Sur & friends', w: 1200, h: 800, color: 'black' })
    const sticky = byMiroId(records, '3458764517517818002')
    expect(sticky.parentId).toBe(frame.id)
    // Centre (150, 164) from the frame's top-left; a default Miro sticky is a 200 × 200 note.
    expect(sticky.x).toBeCloseTo(50)
    expect(sticky.y).toBeCloseTo(64)
    // Miro's light yellow looks closest to tldraw's pale-yellow default note, "black" (colors.ts).
    expect(props(sticky)).toMatchObject({ color: 'black', scale: 1 })
    expect(richTextToPlainText(props(sticky).richText)).toBe('Shared tooling budget\nfor 2027')
  })

  it('scales wide stickies and keeps a rotated sticky centred where it was', () => {
    const sticky = byMiroId(records, '3458764517517818003')
    expect(props(sticky).scale).toBe(2)
    expect(props(sticky).color).toBe('light-green')
    expect(sticky.rotation).toBeCloseTo((10 * Math.PI) / 180)
    const side = 400
    const r = sticky.rotation as number
    const centre = {
      x: (sticky.x as number) + (side / 2) * Math.cos(r) - (side / 2) * Math.sin(r),
      y: (sticky.y as number) + (side / 2) * Math.sin(r) + (side / 2) * Math.cos(r),
    }
    expect(centre.x).toBeCloseTo(600)
    expect(centre.y).toBeCloseTo(400)
    expect(richTextToPlainText(props(sticky).richText)).toBe('Mentoring <new> members\nmonthly')
  })

  it('keeps the layout of top-level items relative to each other', () => {
    const frame = byMiroId(records, '3458764517517818001')
    const loose = byMiroId(records, '3458764517517818004')
    expect(loose.parentId).toBe(DEFAULT_PAGE_ID)
    // Canvas centres (0, 0) and (900, -200): the offset between top-lefts follows.
    expect((loose.x as number) - (frame.x as number)).toBeCloseTo(900 - 100 - -600)
    expect((loose.y as number) - (frame.y as number)).toBeCloseTo(-200 - 100 - -400)
    expect(props(loose).color).toBe('black')
  })

  it('maps text and shapes to text and geo shapes', () => {
    const text = byMiroId(records, '3458764517517818005')
    expect(text.type).toBe('text')
    expect(props(text)).toMatchObject({ size: 'l', w: 400, textAlign: 'start', color: 'black' })
    const rect = byMiroId(records, '3458764517517818006')
    expect(props(rect)).toMatchObject({ geo: 'rectangle', w: 200, h: 100, fill: 'semi', color: 'light-blue' })
    expect(richTextToPlainText(props(rect).richText)).toBe('Budget')
    const circle = byMiroId(records, '3458764517517818007')
    expect(props(circle)).toMatchObject({ geo: 'ellipse', fill: 'none', color: 'red' })
  })

  it('turns a connector into an arrow bound to both imported items, drawn as Miro drew it', () => {
    const arrow = byMiroId(records, '3458764517517818101')
    expect(arrow.type).toBe('arrow')
    const bindings = records.filter((record) => record.typeName === 'binding' && record.fromId === arrow.id)
    const from = byMiroId(records, '3458764517517818004')
    const to = byMiroId(records, '3458764517517818006')
    expect(bindings.map((b) => [b.fromId, b.toId, (b.props as { terminal: string }).terminal])).toEqual([
      [arrow.id, from.id, 'start'],
      [arrow.id, to.id, 'end'],
    ])
    expect(richTextToPlainText(props(arrow).richText)).toBe('funds')
    expect(props(arrow)).toMatchObject({ arrowheadStart: 'none', arrowheadEnd: 'arrow', kind: 'arc', dash: 'solid', size: 's' })
    // Miro drew it curved: the arc bulges, and more than tldraw's snap-to-straight of 8 px.
    expect(Math.abs(props(arrow).bend as number)).toBeGreaterThan(8)
    // The elbowed connector ends at the image, now a placeholder, so it is imported too.
    const elbow = byMiroId(records, '3458764517517818102')
    expect(props(elbow)).toMatchObject({ kind: 'elbow', bend: 0, arrowheadEnd: 'triangle', color: 'red' })
  })

  it('gives every shape a unique id and the page shapes index keys in order', () => {
    const ids = records.map((record) => record.id)
    expect(new Set(ids).size).toBe(ids.length)
    const pageKeys = records.filter((r) => r.parentId === DEFAULT_PAGE_ID).map((r) => r.index as string)
    expect(new Set(pageKeys).size).toBe(pageKeys.length)
  })
})

describe('planMiroImport: placement on a board that has content', () => {
  const existing = [createNoteRecord({ id: 'shape:mine', x: 5000, y: 300, index: 'a5', text: 'mine' }) as StoredRecord]

  it('puts the import to the right of the content, above it in stacking order, with fresh ids', () => {
    const first = plan(small, { pageId: DEFAULT_PAGE_ID, records: existing })
    const top = first.records.filter((r) => r.typeName === 'shape' && r.parentId === DEFAULT_PAGE_ID)
    for (const record of top) {
      const box = shapeBox(record)
      if (box && record.type !== 'arrow') expect(boxesOverlap(box, { x: 5000, y: 300, w: 200, h: 200 })).toBe(false)
      expect((record.index as string) > 'a5').toBe(true)
    }
    expect(first.bounds?.x).toBe(5200 + IMPORT_MARGIN)
    expect(first.bounds?.y).toBe(300)
    // Importing the same file again makes new shapes beside the first import.
    const again = plan(small, { pageId: DEFAULT_PAGE_ID, records: [...existing, ...first.records] })
    const taken = new Set(first.records.map((r) => r.id))
    for (const record of again.records) expect(taken.has(record.id)).toBe(false)
    expectValid(again.records)
  })

  it('goes on the page it is given', () => {
    const onPage = plan(small, { pageId: 'page:other', records: [] })
    expect(onPage.records.filter((r) => r.type === 'frame').every((r) => r.parentId === 'page:other')).toBe(true)
  })
})

describe('planMiroImport: input shapes', () => {
  it('accepts one page, an array of pages, an array of items, and connectors as items', () => {
    const pages = stickiesInFrames(2, 3, 4)
    expect(pages.length).toBeGreaterThan(1)
    const items = pages.flatMap((page) => page.data)
    for (const input of [pages, items, { data: items }]) {
      expect(plan(input).report.imported).toEqual({ frame: 2, sticky_note: 6 })
    }
    const connector = {
      id: '77',
      type: 'connector',
      startItem: { id: String((items[1] as { id: string }).id) },
      endItem: { id: String((items[2] as { id: string }).id) },
    }
    expect(plan([...items, connector]).report.imported.connector).toBe(1)
  })

  it('imports 200 stickies in 5 frames, every text in its frame', () => {
    const result = plan(stickiesInFrames(5, 40))
    expect(result.report).toEqual({ imported: { frame: 5, sticky_note: 200 }, skipped: [], adjusted: [], lost: [] })
    const frames = result.records.filter((r) => r.type === 'frame')
    expect(frames.map((f) => props(f).name)).toEqual(frameTitles(5))
    const notes = result.records.filter((r) => r.type === 'note')
    expect(notes.map((n) => richTextToPlainText(props(n).richText)).sort()).toEqual(
      Array.from({ length: 200 }, (_, i) => stickyText(i)).sort(),
    )
    const frameIds = new Set(frames.map((f) => f.id))
    expect(notes.every((n) => frameIds.has(n.parentId as string))).toBe(true)
    expectValid(result.records)
  })

  it('refuses what is not a Miro export with a clear error', () => {
    for (const input of [null, 42, 'text', {}, { data: 'x' }, [1, 2, 3], { items: [] }]) {
      const result = planMiroImport(input, EMPTY)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error).toMatch(/Miro|items/)
    }
    expect(planMiroImport({ data: [] }, EMPTY)).toEqual({ ok: false, error: 'The file holds no Miro items.', code: 'noItems' })
  })

  it('refuses more items than it accepts, and more records than one update may write', () => {
    const tooMany = planMiroImport(tooManyItems(10_001), EMPTY)
    expect(tooMany.ok).toBe(false)
    if (!tooMany.ok) expect(tooMany.error).toMatch(/at most 10,000/)
    const tooBig = planMiroImport(tooManyItems(MAX_IMPORT_RECORDS + 1), EMPTY)
    expect(tooBig.ok).toBe(false)
    if (!tooBig.ok) expect(tooBig.error).toMatch(/at most 1,900/)
    if (!tooBig.ok)
      expect(tooBig).toMatchObject({ code: 'tooManyRecords', params: { count: MAX_IMPORT_RECORDS + 1, max: MAX_IMPORT_RECORDS } })
  })
})

describe('planMiroImport: a hostile file', () => {
  const result = planMiroImport(hostileItems(), EMPTY)

  it('imports only what is sound, skips the rest with reasons, and pollutes nothing', () => {
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const { records, report } = result.plan
    expectValid(records)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    const imported = records.map((r) => (r.meta as { miroId: string }).miroId).sort()
    expect(imported).toEqual(['1001', '1008', '1009', '1010', '1011'])
    const reasons = report.skipped.map((s) => `${s.id}: ${s.reason}`)
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^1002: its id is not text/),
        expect.stringMatching(/^1006: its type is not text/),
        expect.stringMatching(/^1003: its text is not text/),
        expect.stringMatching(/^1004: its position is not a number/),
        expect.stringMatching(/^1005: its position is not a finite number/),
        expect.stringMatching(/^\.\.\.\.etcpasswd: its id is not a Miro id/),
        expect.stringMatching(/^\?: not an object/),
        expect.stringMatching(/^1007: its text is longer than 100,000/),
        expect.stringMatching(/^1012: it sits inside item 999/),
        expect.stringMatching(/^1013: it connects an item that was not imported/),
        expect.stringMatching(/^1010: the same id appears twice/),
      ]),
    )
    expect(reasons).toHaveLength(12)
    const scripted = byMiroId(records, '1010')
    expect(richTextToPlainText(props(scripted).richText)).toBe('safe text')
    expect(richTextToPlainText(props(byMiroId(records, '1009')).richText)).toBe('deep')
    expect((props(byMiroId(records, '1008')).name as string).length).toBeLessThanOrEqual(200)
    for (const record of records) expect(JSON.stringify(record).length).toBeLessThan(64 * 1024)
  })
})

/** Every string a value holds, with where it is, skipping nothing. */
function stringsIn(value: unknown, path = ''): { path: string; value: string }[] {
  if (typeof value === 'string') return [{ path, value }]
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsIn(item, `${path}[${i}]`))
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => stringsIn(item, `${path}.${key}`))
  return []
}

describe('planMiroImport: content from other hosts', () => {
  const result = planMiroImport(remoteUrls, EMPTY)

  it('leaves placeholders for images, documents and embeds, skips link previews, and fetches nothing', () => {
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const skipped = Object.fromEntries(result.plan.report.skipped.map((s) => [s.id, s.code]))
    expect(skipped).toEqual({ '3458764517517819006': 'preview' })
    expect(result.plan.report.imported).toEqual({
      frame: 1,
      sticky_note: 1,
      shape: 1,
      card: 1,
      image: 2,
      document: 1,
      embed: 1,
      connector: 1,
    })
    const labels = ['3458764517517819002', '3458764517517819004', '3458764517517819005'].map((id) =>
      richTextToPlainText(props(byMiroId(result.plan.records, id)).richText),
    )
    expect(labels).toEqual([
      'Image “Team photo” — upload it to the board',
      'Document “Budget” — share it with the assembly another way',
      'Embedded content — not shown: Plenary loads nothing from other sites',
    ])
  })

  it('writes no URL into any record, except links and addresses someone wrote in the text', () => {
    if (!result.ok) throw new Error(result.error)
    const { records } = result.plan
    expectValid(records)
    const urls = records.flatMap((record) => stringsIn(record, record.id)).filter(({ value }) => /https?:|\/\/|url\(/i.test(value))
    // Image sources, documents, embeds, styles and fields outside Miro's schema are all dropped;
    // what stays is text a person wrote: a link in a note or a caption, and a typed address.
    expect(urls).toEqual([
      {
        path: expect.stringMatching(/^shape:miro-3458764517517819007\.props\.richText\..*\.marks\[0\]\.attrs\.href$/),
        value: 'https://link-href.example/minutes',
      },
      {
        path: expect.stringMatching(/^shape:miro-3458764517517819007\.props\.richText\..*\.text$/),
        value: 'typed: https://coop.example/notes',
      },
      {
        path: expect.stringMatching(/^shape:miro-3458764517517819010\.props\.richText\..*\.marks\[0\]\.attrs\.href$/),
        value: 'https://caption-href.example',
      },
    ])
    const json = JSON.stringify(records)
    for (const host of [
      'miro-assets',
      'img-src',
      'sticky-field',
      'style-field',
      'inline-style',
      'frame-title',
      'card.example',
      'youtube',
      'ytimg',
      'coop.example/article',
      'api.miro.com',
    ]) {
      expect(json).not.toContain(host)
    }
  })
})
