import { describe, expect, it } from 'vitest'
import { pictureFileName } from './fileNames'

const DATE = '2026-12-07'

describe('pictureFileName', () => {
  it('names pictures by the one rule: board, what they show, the date', () => {
    expect(pictureFileName('Asamblea de Noviembre', { kind: 'area', areaKind: 'corner', title: 'Cooperativa Sur' }, 'png', DATE)).toBe(
      'asamblea-de-noviembre-corner-cooperativa-sur-2026-12-07.png',
    )
    expect(pictureFileName('Assembly', { kind: 'board' }, 'svg', DATE)).toBe('assembly-board-2026-12-07.svg')
    expect(pictureFileName('Assembly', { kind: 'selection' }, 'png', DATE)).toBe('assembly-selection-2026-12-07.png')
    expect(pictureFileName('Assembly', { kind: 'pdf' }, 'pdf', DATE)).toBe('assembly-areas-2026-12-07.pdf')
    expect(pictureFileName('Assembly', { kind: 'area', areaKind: 'group', title: 'Tema 1: vivienda' }, 'png', DATE)).toBe(
      'assembly-group-tema-1-vivienda-2026-12-07.png',
    )
  })

  it('keeps the letters of every script in the board’s and the area’s names', () => {
    expect(pictureFileName('Zgromadzenie Spółdzielni', { kind: 'area', areaKind: 'corner', title: '神戸コード' }, 'png', DATE)).toBe(
      'zgromadzenie-spółdzielni-corner-神戸コード-2026-12-07.png',
    )
    expect(pictureFileName('', { kind: 'area', areaKind: 'frame', title: 'Ιδέες' }, 'svg', DATE)).toBe('plenary-frame-ιδέες-2026-12-07.svg')
  })

  it('is dated today by default', () => {
    expect(pictureFileName('Assembly', { kind: 'board' }, 'png')).toMatch(/^assembly-board-\d{4}-\d{2}-\d{2}\.png$/)
  })
})
