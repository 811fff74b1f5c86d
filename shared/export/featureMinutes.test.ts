/** The minutes gather every part from the features they are given and name none themselves. */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../boardDoc'
import type { DocFeature } from '../feature'
import { createNoteRecord, DEFAULT_PAGE_ID } from '../notes'
import { heading } from './markdown'
import { boardMinutes } from './minutes'
import { noteLine } from './noteLine'

const INFO = { boardId: 'b', title: 'Board', at: Date.UTC(2026, 5, 4, 18, 30) }

function frame(id: string, name: string, x: number, meta: Record<string, unknown> = {}) {
  return {
    id,
    typeName: 'shape',
    type: 'frame',
    x,
    y: 0,
    rotation: 0,
    index: 'a1',
    parentId: DEFAULT_PAGE_ID,
    isLocked: false,
    opacity: 1,
    meta,
    props: { w: 400, h: 400, name, color: 'black' },
  }
}

/** A "Kept" frame (meta.kept) and a "Parking" frame, a note in each, and one note outside. */
function board(): Y.Doc {
  const doc = new Y.Doc()
  const records = recordsMap(doc)
  records.set('shape:kept', frame('shape:kept', 'Kept', 0, { kept: true }))
  records.set('shape:parking', frame('shape:parking', 'Parking', 1000))
  records.set('shape:n1', createNoteRecord({ id: 'shape:n1', x: 10, y: 10, index: 'a1', text: 'kept note', parentId: 'shape:kept' }))
  records.set('shape:n2', createNoteRecord({ id: 'shape:n2', x: 10, y: 10, index: 'a2', text: 'parked note', parentId: 'shape:parking' }))
  records.set('shape:n3', createNoteRecord({ id: 'shape:n3', x: 3000, y: 0, index: 'a3', text: 'loose note' }))
  return doc
}

const isKept = (record: unknown) =>
  typeof record === 'object' && record !== null && (record as { meta?: { kept?: unknown } }).meta?.kept === true

/** A feature that reports the kept frame in its own section, says "seen" on every note and adds a header line. */
const keeper: DocFeature = {
  id: 'keeper',
  minutes: {
    header: [{ order: 1, part: () => '*Kept by the keeper*' }],
    sections: [
      {
        order: 500,
        section: (context, decorations) => {
          const notes = context.notesIn('shape:kept')
          context.claim(notes)
          return `${heading(2, 'Kept')}\n\n${notes.map((note) => noteLine(context, note, decorations)).join('\n')}`
        },
      },
    ],
    decorations: [() => 'seen'],
    reportsFrame: isKept,
  },
}

describe('minutes from the features given', () => {
  it('without features, hold the core parts only: every frame is an other area', () => {
    const text = boardMinutes(board(), INFO, [])
    expect(text).toBe(
      '# Board\n\n*Minutes of 4 June 2026 at 18:30 UTC*\n\n## Other areas\n\n### Kept\n*1 note*\n\n- kept note\n\n### Parking\n*1 note*\n\n- parked note\n\n## Other notes\n\n- loose note\n',
    )
  })

  it("place a feature's header block, section, decorations and reported frames", () => {
    const text = boardMinutes(board(), INFO, [keeper])
    expect(text).toBe(
      '# Board\n\n*Minutes of 4 June 2026 at 18:30 UTC*\n\n*Kept by the keeper*\n\n## Kept\n\n- kept note — seen\n\n## Other areas\n\n### Parking\n*1 note*\n\n- parked note — seen\n\n## Other notes\n\n- loose note — seen\n',
    )
  })

  it('order sections by order, then by the features’ order; the core keeps its places', () => {
    const named = (id: string, order: number): DocFeature => ({ id, minutes: { sections: [{ order, section: () => heading(2, id) }] } })
    const text = boardMinutes(board(), INFO, [named('late', 950), named('second', 100), named('third', 100), named('first', 50)])
    const headings = text.split('\n').filter((line) => line.startsWith('## '))
    expect(headings).toEqual(['## first', '## second', '## third', '## Other areas', '## late', '## Other notes'])
  })
})
