import { describe, expect, it } from 'vitest'
import { pictureFileName } from './fileNames'

describe('pictureFileName', () => {
  it('names pictures after the board and what they show', () => {
    expect(pictureFileName('Board title', { kind: 'area', areaKind: 'corner', title: 'Cooperativa Sur' }, 'png')).toBe('Board title — corner Cooperativa Sur.png')
    expect(pictureFileName('Assembly', { kind: 'board' }, 'svg')).toBe('Assembly.svg')
    expect(pictureFileName('Assembly', { kind: 'selection' }, 'png')).toBe('Assembly — selection.png')
    expect(pictureFileName('Assembly', { kind: 'pdf' }, 'pdf')).toBe('Assembly — corners and group areas.pdf')
    expect(pictureFileName('Assembly', { kind: 'area', areaKind: 'group', title: 'Topic 1' }, 'png')).toBe('Assembly — group area Topic 1.png')
  })

  it('replaces characters file systems refuse and keeps names short', () => {
    expect(pictureFileName('a/b\\c:d*e?"<>|\u0001', { kind: 'board' }, 'png')).toBe('a b c d e.png')
    expect(pictureFileName('', { kind: 'board' }, 'png')).toBe('Board.png')
    expect(pictureFileName('..hidden', { kind: 'board' }, 'png')).toBe('hidden.png')
    expect(pictureFileName('x'.repeat(500), { kind: 'board' }, 'pdf').length).toBeLessThanOrEqual(124)
  })
})
