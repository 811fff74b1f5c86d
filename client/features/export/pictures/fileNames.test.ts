import { describe, expect, it } from 'vitest'
import { testTranslator } from '../../../i18n/testing'
import { pictureFileName } from './fileNames'

const t = testTranslator('en')

describe('pictureFileName', () => {
  it('names pictures after the board and what they show', () => {
    expect(pictureFileName('Board title', { kind: 'area', areaKind: 'corner', title: 'Cooperativa Sur' }, 'png', t)).toBe('Board title — corner Cooperativa Sur.png')
    expect(pictureFileName('Assembly', { kind: 'board' }, 'svg', t)).toBe('Assembly.svg')
    expect(pictureFileName('Assembly', { kind: 'selection' }, 'png', t)).toBe('Assembly — selection.png')
    expect(pictureFileName('Assembly', { kind: 'pdf' }, 'pdf', t)).toBe('Assembly — corners and group areas.pdf')
    expect(pictureFileName('Assembly', { kind: 'area', areaKind: 'group', title: 'Topic 1' }, 'png', t)).toBe('Assembly — group area Topic 1.png')
  })

  it('replaces characters file systems refuse and keeps names short', () => {
    expect(pictureFileName('a/b\\c:d*e?"<>|\u0001', { kind: 'board' }, 'png', t)).toBe('a b c d e.png')
    expect(pictureFileName('', { kind: 'board' }, 'png', t)).toBe('Board.png')
    expect(pictureFileName('..hidden', { kind: 'board' }, 'png', t)).toBe('hidden.png')
    expect(pictureFileName('x'.repeat(500), { kind: 'board' }, 'pdf', t).length).toBeLessThanOrEqual(124)
  })

  it('names what a picture shows in the reader’s language', () => {
    const es = testTranslator('es')
    expect(pictureFileName('', { kind: 'area', areaKind: 'corner', title: 'Sur' }, 'png', es)).not.toBe('Board — corner Sur.png')
  })
})
