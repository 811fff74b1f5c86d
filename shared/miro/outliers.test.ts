import { describe, expect, it } from 'vitest'
import type { StoredRecord } from '../boardDoc'
import { boundsOf, boxesOverlap, type Box } from '../geometry'
import { createNoteRecord, DEFAULT_PAGE_ID } from '../notes'
import { shapeBox } from '../shapeBounds'
import { assemblyFiles, FAR_ITEM_ID } from './fixtures/assembly'
import { boxGap } from './geometry'
import { planMiroImport, type MiroImportPlan } from './importMiro'
import { mergeMiroFiles } from './pages'
import { OUTLIER_GAP } from './outliers'

const FRAME_W = 1900
const FRAME_H = 1360

/** Coops with names in many scripts, one per frame. */
const COOPS = ['Spółdzielnia Łódź', 'Cooperativa Ñandú', '東京協同組合', 'Συνεταιρισμός Αθηνών', 'Kooperativet Ærø', 'Coopérative Hélène']

/** A Miro frame centred on (x, y), as the REST API returns it. */
function frame(id: string, x: number, y: number, title: string): Record<string, unknown> {
  return {
    id,
    type: 'frame',
    data: { format: 'custom', title, type: 'freeform', showContent: true },
    position: { x, y, origin: 'center', relativeTo: 'canvas_center' },
    geometry: { width: FRAME_W, height: FRAME_H },
  }
}

/** A default Miro sticky centred on (x, y): on the canvas, or relative to its frame's top-left. */
function sticky(id: string, text: string, x: number, y: number, parent?: string): Record<string, unknown> {
  return {
    id,
    type: 'sticky_note',
    data: { content: `<p>${text}</p>`, shape: 'square' },
    style: { fillColor: 'light_yellow' },
    position: { x, y, origin: 'center', relativeTo: parent ? 'parent_top_left' : 'canvas_center' },
    geometry: { width: 199, height: 228 },
    ...(parent ? { parent: { id: parent } } : {}),
  }
}

/** `count` frames in a row from canvas x = `x`, 200 px apart, each with eight stickies in it; ids start at `first`. */
function framesWithStickies(count: number, x: number, first: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, f) => {
    const id = String(first + f * 100)
    const coop = COOPS[f % COOPS.length] ?? 'Coop'
    const notes = Array.from({ length: 8 }, (_, s) =>
      sticky(String(first + f * 100 + s + 1), `${coop}: propuesta ${s + 1}`, 145 + (s % 4) * 230, 160 + Math.floor(s / 4) * 260, id),
    )
    // Children before their frame, as Miro's pages may list them.
    return [...notes, frame(id, x + f * (FRAME_W + 200), 0, coop)]
  }).flat()
}

function plan(items: readonly Record<string, unknown>[], records: readonly StoredRecord[] = []): MiroImportPlan {
  const result = planMiroImport({ data: items }, { pageId: DEFAULT_PAGE_ID, records })
  if (!result.ok) throw new Error(result.error)
  return result.plan
}

function topBox(records: readonly StoredRecord[], miroId: string): Box {
  const record = records.find((r) => r.typeName === 'shape' && (r.meta as { miroId?: string } | undefined)?.miroId === miroId)
  const box = record ? shapeBox(record) : null
  if (!box) throw new Error(`no shape for ${miroId}`)
  return box
}

function framesBox(records: readonly StoredRecord[]): Box {
  const box = boundsOf(records.filter((r) => r.type === 'frame').flatMap((r) => shapeBox(r) ?? []))
  if (!box) throw new Error('no frames')
  return box
}

const FAR = sticky('9000', 'Ideas del año pasado — 去年的想法 — Ιδέες', 50_000, 300)

describe('a Miro import with one item far from the rest', () => {
  const board = [...framesWithStickies(5, 0, 1000), FAR]
  const { records, report, bounds, focus } = plan(board)
  const frames = framesBox(records)

  it('keeps the frames in view: the import is hardly larger than its frames', () => {
    if (!bounds) throw new Error('no bounds')
    // Without the rule the import would be ~5.5 times as wide as its frames.
    expect(bounds.w).toBeLessThan(frames.w * 1.1)
    expect(bounds.h).toBeLessThanOrEqual(frames.h)
    expect(focus).toEqual(bounds)
  })

  it('places the far item next to the frames, touching none', () => {
    const far = topBox(records, '9000')
    expect(boxGap(far, frames)).toBeCloseTo(OUTLIER_GAP)
    expect(far.y).toBeCloseTo(frames.y)
    for (const record of records.filter((r) => r.type === 'frame')) expect(boxesOverlap(far, shapeBox(record) ?? far)).toBe(false)
  })

  it('keeps the rest where Miro had it, relative to each other', () => {
    const first = topBox(records, '1000')
    const last = topBox(records, '1400')
    expect(last.x - first.x).toBe(4 * (FRAME_W + 200))
    expect(last.y).toBe(first.y)
  })

  it('says which item was moved and how far away it lay', () => {
    const notes = report.adjusted.filter((item) => item.code === 'farAway')
    expect(notes).toEqual([
      { id: '9000', type: 'sticky_note', code: 'farAway', params: { distance: 40_600 }, reason: expect.stringMatching(/40,600 px away/) },
    ])
    expect(report.imported.sticky_note).toBe(41)
  })

  it('stays clear of what the page already holds', () => {
    const mine = createNoteRecord({ id: 'shape:mine', x: 0, y: 0, index: 'a5', text: 'Acta de la asamblea' }) as StoredRecord
    const onBoard = plan(board, [mine])
    const mineBox = shapeBox(mine)
    if (!mineBox || !onBoard.bounds) throw new Error('no boxes')
    expect(boxesOverlap(onBoard.bounds, mineBox)).toBe(false)
    expect(onBoard.bounds.w).toBeCloseTo(bounds?.w ?? 0)
  })
})

describe('a Miro board in two real parts', () => {
  it('keeps two groups of frames far apart where they were; the camera looks at the larger', () => {
    const left = framesWithStickies(3, 0, 1000)
    const right = framesWithStickies(2, 30_000, 5000)
    const { records, report, bounds, focus } = plan([...right, ...left])
    expect(report.adjusted.filter((item) => item.code === 'farAway')).toEqual([])
    expect(topBox(records, '5000').x - topBox(records, '1000').x).toBe(30_000)
    expect(bounds?.w).toBe(30_000 + (FRAME_W + 200) + FRAME_W)
    expect(focus).toEqual({ ...topBox(records, '1000'), w: 3 * FRAME_W + 2 * 200 })
  })

  it('keeps a lone frame far away where it was: a frame is structure, not a stray item', () => {
    const { records, report } = plan([...framesWithStickies(5, 0, 1000), frame('7000', 45_000, 0, 'Más tarde — 後で')])
    expect(report.adjusted.filter((item) => item.code === 'farAway')).toEqual([])
    expect(topBox(records, '7000').x - topBox(records, '1000').x).toBe(45_000)
  })

  it('keeps a far group of loose notes that is a large part of the board', () => {
    const parkingLot = Array.from({ length: 12 }, (_, i) =>
      sticky(String(8000 + i), `Aparcamiento ${i + 1}: Łukasz, 山田, Ελένη`, 40_000 + (i % 4) * 230, (i >> 2) * 260),
    )
    const { records, report } = plan([...framesWithStickies(2, 0, 1000), ...parkingLot])
    expect(report.adjusted.filter((item) => item.code === 'farAway')).toEqual([])
    expect(topBox(records, '8000').x - topBox(records, '1000').x).toBeGreaterThan(38_000)
  })

  it('brings in several far items, each in its own spot beside the frames', () => {
    const strays = [sticky('9001', 'Ñoño', 60_000, -20_000), sticky('9002', 'Zürich', -45_000, 0), FAR]
    const { records, report } = plan([...framesWithStickies(4, 0, 1000), ...strays])
    const frames = framesBox(records)
    const boxes = ['9000', '9001', '9002'].map((id) => topBox(records, id))
    for (const box of boxes) expect(boxGap(box, frames)).toBeCloseTo(OUTLIER_GAP)
    expect(boxes.some((a, i) => boxes.some((b, j) => i !== j && boxesOverlap(a, b)))).toBe(false)
    expect(
      report.adjusted
        .filter((item) => item.code === 'farAway')
        .map((item) => item.id)
        .sort(),
    ).toEqual(['9000', '9001', '9002'])
  })
})

describe('the assembly fixture, its far sticky note included', () => {
  const merged = mergeMiroFiles(assemblyFiles().map(({ name, text }) => ({ name, value: JSON.parse(text) as unknown })))
  if (!merged.ok) throw new Error(merged.error)
  const planned = planMiroImport(merged.value, { pageId: DEFAULT_PAGE_ID, records: [] })
  if (!planned.ok) throw new Error(planned.error)
  const { records, report, bounds } = planned.plan

  it('keeps the six frames in view: the import is within a third larger than its frames each way', () => {
    const frames = framesBox(records)
    if (!bounds) throw new Error('no bounds')
    expect(bounds.w).toBeLessThan((frames.w * 4) / 3)
    expect(bounds.h).toBeLessThan((frames.h * 4) / 3)
  })

  it('places the far note beside the rest, clear of it, and says so', () => {
    const far = topBox(records, FAR_ITEM_ID)
    const rest = boundsOf(
      records
        .filter(
          (r) =>
            r.typeName === 'shape' &&
            r.parentId === DEFAULT_PAGE_ID &&
            r.type !== 'arrow' &&
            (r.meta as { miroId?: string }).miroId !== FAR_ITEM_ID,
        )
        .flatMap((r) => shapeBox(r) ?? []),
    )
    if (!rest) throw new Error('no content')
    expect(boxGap(far, rest)).toBeCloseTo(OUTLIER_GAP)
    expect(report.adjusted.filter((item) => item.code === 'farAway').map((item) => item.id)).toEqual([FAR_ITEM_ID])
  })
})
