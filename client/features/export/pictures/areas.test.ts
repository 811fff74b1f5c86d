import { describe, expect, it } from 'vitest'
import { createGroupAreaRecord } from '../../../../shared/breakouts/areas'
import { createCornerRecord } from '../../../../shared/corners/cornerRecord'
import type { Coop } from '../../../../shared/corners/roster'
import { createNoteRecord } from '../../../../shared/notes'
import { testTranslator } from '../../../i18n/testing'
import { pdfAreas, pdfPages, pictureAreas } from './areas'

const t = testTranslator('en')

function coop(name: string): Coop {
  return {
    id: name.toLowerCase().replace(/\s+/g, '-'),
    name,
    country: '',
    website: '',
    description: '',
    delegates: [],
    color: 'blue',
    cornerId: null,
  }
}
const box = { x: 0, y: 0, w: 100, h: 100 }

describe('pictureAreas', () => {
  const records = [
    createNoteRecord({ id: 'shape:n', x: 0, y: 0, index: 'a1', text: 'x' }),
    createGroupAreaRecord({ id: 's1', pageId: 'page:page' }, { id: 'g2', name: 'Group 10', areaId: 'shape:a2' }, box, 'a2'),
    createCornerRecord(coop('Tokyo Tech'), box, 'a3'),
    createGroupAreaRecord({ id: 's1', pageId: 'page:page' }, { id: 'g1', name: 'Group 9', areaId: 'shape:a1' }, box, 'a4'),
    { id: 'shape:f', typeName: 'shape', type: 'frame', props: { name: '' }, meta: {} },
    createCornerRecord(coop('Cooperativa Sur'), box, 'a5'),
  ]

  it('lists corners by name, then group areas by name (numbers in order), then other frames', () => {
    expect(pictureAreas(records, t, 'en').map((a) => [a.kind, a.title])).toEqual([
      ['corner', 'Cooperativa Sur'],
      ['corner', 'Tokyo Tech'],
      ['group', 'Group 9'],
      ['group', 'Group 10'],
      ['frame', 'Untitled frame'],
    ])
  })

  it('gives the PDF corners and group areas only', () => {
    expect(pdfAreas(pictureAreas(records, t, 'en')).map((a) => a.kind)).toEqual(['corner', 'corner', 'group', 'group'])
  })

  it('names unnamed frames in the reader’s language', () => {
    expect(pictureAreas(records, testTranslator('es'), 'es').find((a) => a.kind === 'frame')?.title).not.toBe('Untitled frame')
  })
})

describe('leaving empty areas out of the PDF', () => {
  // 31 coops, as at a real assembly; notes in four corners only, one of them inside a frame inside the corner.
  const names = Array.from(
    { length: 31 },
    (_, i) => ['Cooperativa Sur', 'Spółdzielnia Kodu', '神戸コード', 'Κοινότητα Αθήνας'][i] ?? `Coop ${String(i).padStart(2, '0')}`,
  )
  const corners = names.map((name, i) => createCornerRecord(coop(name), { x: i * 400, y: 0, w: 360, h: 300 }, `a${i + 10}`))
  const cornerId = (name: string) => corners[names.indexOf(name)]?.id ?? ''
  const group = createGroupAreaRecord({ id: 's1', pageId: 'page:page' }, { id: 'g1', name: 'Vivienda', areaId: 'shape:g1' }, box, 'b1')
  const inner = {
    id: 'shape:inner',
    typeName: 'shape',
    type: 'frame',
    parentId: cornerId('Κοινότητα Αθήνας'),
    props: { name: 'Ideas' },
    meta: {},
  }
  const records = [
    ...corners,
    group,
    inner,
    { ...createNoteRecord({ id: 'shape:n1', x: 10, y: 10, index: 'c1', text: 'Fondo común' }), parentId: cornerId('Cooperativa Sur') },
    {
      ...createNoteRecord({ id: 'shape:n2', x: 10, y: 10, index: 'c2', text: 'Wspólny fundusz' }),
      parentId: cornerId('Spółdzielnia Kodu'),
    },
    { id: 'shape:t1', typeName: 'shape', type: 'text', parentId: cornerId('神戸コード'), props: {}, meta: {} },
    { ...createNoteRecord({ id: 'shape:n3', x: 10, y: 10, index: 'c3', text: 'Ιδέα' }), parentId: 'shape:inner' },
    // A note on the page, lying over a corner without being inside it.
    createNoteRecord({ id: 'shape:n4', x: 4_010, y: 10, index: 'c4', text: 'On the page' }),
  ]
  const areas = pdfAreas(pictureAreas(records, t, 'en'))

  it('marks an area empty when nothing has it as its parent; its own name is not content', () => {
    expect(
      areas
        .filter((area) => !area.empty)
        .map((area) => area.title)
        .sort(),
    ).toEqual(['Cooperativa Sur', 'Spółdzielnia Kodu', '神戸コード', 'Κοινότητα Αθήνας'].sort())
    expect(areas.find((area) => area.kind === 'group')?.empty).toBe(true)
  })

  it('gives a page to the areas with content only, or to every area when asked', () => {
    expect(pdfPages(areas, true)).toHaveLength(4)
    expect(pdfPages(areas, false)).toHaveLength(32)
  })
})
