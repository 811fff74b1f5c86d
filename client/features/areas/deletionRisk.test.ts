import { describe, expect, it } from 'vitest'
import { deletionRisk, needsConfirmation, type ShapeFacts } from './deletionRisk'

const frame: ShapeFacts = { id: 'shape:corner-kodu', type: 'frame', meta: { coopId: 'kodu' } }

function note(n: number, writer: string | null): ShapeFacts {
  return {
    id: `shape:n${n}`,
    type: 'note',
    meta: writer === null ? {} : { author: { id: writer, name: writer, coop: 'Spółdzielnia Kodu' } },
  }
}

describe('deletionRisk', () => {
  it('counts the notes inside a frame and those written by someone else', () => {
    const notes = [
      ...Array.from({ length: 3 }, (_, i) => note(i, 'p-małgorzata')),
      ...Array.from({ length: 48 }, (_, i) => note(10 + i, `p-${i}`)),
    ]
    const risk = deletionRisk([frame], [frame, ...notes], 'p-małgorzata')
    expect(risk).toEqual({ frames: 1, notes: 51, byOthers: 48 })
    expect(needsConfirmation(risk)).toBe(true)
  })

  it("counts a note whose writer is hidden (anonymous area) as someone else's", () => {
    expect(deletionRisk([frame], [frame, note(1, null)], 'p-me').byOthers).toBe(1)
  })

  it('does not ask for a frame holding only my notes, nor for notes deleted without a frame', () => {
    expect(needsConfirmation(deletionRisk([frame], [frame, note(1, 'p-me')], 'p-me'))).toBe(false)
    expect(needsConfirmation(deletionRisk([note(1, 'p-zoë')], [note(1, 'p-zoë')], 'p-me'))).toBe(false)
    expect(needsConfirmation(deletionRisk([frame], [frame], 'p-me'))).toBe(false)
  })
})
