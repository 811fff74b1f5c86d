import { describe, expect, it } from 'vitest'
import { createGroupAreaRecord } from '../../../../shared/breakouts/areas'
import { createCornerRecord } from '../../../../shared/corners/cornerRecord'
import type { Coop } from '../../../../shared/corners/roster'
import { createNoteRecord } from '../../../../shared/notes'
import { testTranslator } from '../../../i18n/testing'
import { pdfAreas, pictureAreas } from './areas'

const t = testTranslator('en')

function coop(name: string): Coop {
  return { id: name.toLowerCase().replace(/\s+/g, '-'), name, country: '', website: '', description: '', delegates: [], color: 'blue', cornerId: null }
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
