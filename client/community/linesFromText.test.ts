import { describe, expect, it } from 'vitest'
import { linesFromText } from './linesFromText'

describe('linesFromText', () => {
  it('reads one item per line, trimmed, without blanks, repeats or hidden characters', () => {
    expect(linesFromText(' Ana  López \n\nΑθηνά\u202e\r\nAna López\n田中 花子')).toEqual(['Ana López', 'Αθηνά', '田中 花子'])
    expect(linesFromText('works with\n\n mentors \nworks with')).toEqual(['works with', 'mentors'])
  })

  it('keeps at most `max` items, each cut to `maxLength`', () => {
    const text = ['Małgorzata Wiśniewska-Kowalczyk', 'Ζωή Παπαδοπούλου', 'José', 'Łukasz'].join('\n')
    expect(linesFromText(text, { max: 3, maxLength: 12 })).toEqual(['Małgorzata W', 'Ζωή Παπαδοπο', 'José'])
  })

  it('reads a line cut at a space as the same item as one typed without it', () => {
    expect(linesFromText('Ana María\nAna María López', { maxLength: 10 })).toEqual(['Ana María'])
  })
})
