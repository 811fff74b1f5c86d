import { describe, expect, it } from 'vitest'
import type { StoredRecord } from '../../../shared/boardDoc'
import { DEFAULT_PAGE_ID } from '../../../shared/notes'
import { fitZoom, importCameraBox, IMPORT_CAMERA_INSET, MIN_OVERVIEW_ZOOM } from './importCamera'

const DESKTOP = { w: 1400, h: 900 }
const PHONE = { w: 390, h: 844 }

/** A top-level frame record of 1,900 × 1,360 at (x, y), as the import plans it. */
function frame(n: number, x: number, y: number, parentId: string = DEFAULT_PAGE_ID): StoredRecord {
  return {
    id: `shape:miro-${n}`,
    typeName: 'shape',
    type: 'frame',
    x,
    y,
    rotation: 0,
    parentId,
    props: { w: 1900, h: 1360, name: `Coop ${n}` },
  }
}

/** Five frames in a row, 200 px apart, from x = 5,000 (clear of the page's content). */
const ROW = [4, 3, 2, 1, 0].map((n) => frame(n, 5000 + n * 2100, 0))
const FRAMES = { x: 5000, y: 0, w: 10_300, h: 1360 }

describe('fitZoom', () => {
  it("is tldraw's fit for the box on the screen, never past 100 %", () => {
    expect(fitZoom(FRAMES, DESKTOP)).toBeCloseTo((1400 - IMPORT_CAMERA_INSET) / 10_300)
    expect(fitZoom({ x: 0, y: 0, w: 200, h: 200 }, PHONE)).toBe(1)
  })
})

describe('importCameraBox', () => {
  it('shows the whole import on a desktop when it is one piece', () => {
    expect(importCameraBox({ bounds: FRAMES, focus: FRAMES, records: ROW }, DESKTOP)).toEqual(FRAMES)
  })

  it('shows the whole import when its main part still reads at half its own fit or better', () => {
    const bounds = { ...FRAMES, w: 13_000 }
    expect(importCameraBox({ bounds, focus: FRAMES, records: ROW }, DESKTOP)).toEqual(bounds)
  })

  it('shows the main part, frames in view, when a second part lies far away', () => {
    const bounds = { ...FRAMES, w: 40_000 }
    expect(importCameraBox({ bounds, focus: FRAMES, records: ROW }, DESKTOP)).toEqual(FRAMES)
  })

  it('shows the first frame on a phone, where the whole row would shrink below an overview', () => {
    expect(fitZoom(FRAMES, PHONE)).toBeLessThan(MIN_OVERVIEW_ZOOM)
    expect(importCameraBox({ bounds: FRAMES, focus: FRAMES, records: ROW }, PHONE)).toEqual({ x: 5000, y: 0, w: 1900, h: 1360 })
  })

  it('never picks a frame nested in another or outside the main part', () => {
    const records = [frame(7, 5100, 100, 'shape:miro-0'), frame(8, -40_000, 0), ...ROW]
    expect(importCameraBox({ bounds: { ...FRAMES, x: -40_000, w: 55_300 }, focus: FRAMES, records }, PHONE)).toEqual({
      x: 5000,
      y: 0,
      w: 1900,
      h: 1360,
    })
  })

  it('keeps the overview when a board without frames is too wide to read', () => {
    const notes = { x: 0, y: 0, w: 20_000, h: 400 }
    expect(importCameraBox({ bounds: notes, focus: notes, records: [] }, PHONE)).toEqual(notes)
  })

  it('has nothing to show when nothing was imported', () => {
    expect(importCameraBox({ bounds: null, focus: null, records: [] }, DESKTOP)).toBeNull()
  })
})
