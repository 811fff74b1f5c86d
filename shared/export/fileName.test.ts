import { describe, expect, it } from 'vitest'
import { downloadFileName, fileDate, FileKind, fileSlug, localFileDate } from './fileName'

const DATE = '2026-12-07'

describe('fileSlug', () => {
  it('keeps the letters of every script, lower case, words joined by dashes', () => {
    expect(fileSlug('Asamblea de Noviembre — 2026')).toBe('asamblea-de-noviembre-2026')
    expect(fileSlug('Spółdzielnia Kodu / Øresund Straße')).toBe('spółdzielnia-kodu-øresund-straße')
    expect(fileSlug('ΑΝΟΙΧΤΗ ΣΥΝΕΛΕΥΣΗ')).toBe('ανοιχτη-συνελευση')
    expect(fileSlug('協同組合「雲」総会')).toBe('協同組合-雲-総会')
    expect(fileSlug('हिन्दी सभा')).toBe('हिन्दी-सभा')
    expect(fileSlug('Cafe\u0301 *Sur*')).toBe('café-sur')
  })

  it('leaves out what file systems refuse, and nothing when nothing is left', () => {
    expect(fileSlug('a/b\\c:d*e?"<>|\u0001f')).toBe('a-b-c-d-e-f')
    expect(fileSlug('..hidden')).toBe('hidden')
    expect(fileSlug('— ! —')).toBe('')
  })

  it('cuts a long title at a word', () => {
    expect(fileSlug('Asamblea general ordinaria de las cooperativas federadas del sur y del norte')).toBe(
      'asamblea-general-ordinaria-de-las-cooperativas-federadas-del',
    )
    expect([...fileSlug('協'.repeat(100))]).toHaveLength(60)
  })
})

describe('downloadFileName', () => {
  it('is the board, what the file is, the date and the extension', () => {
    expect(downloadFileName({ title: 'Asamblea de Noviembre', kind: FileKind.minutes, date: DATE, extension: 'md' })).toBe(
      'asamblea-de-noviembre-minutes-2026-12-07.md',
    )
    expect(downloadFileName({ title: 'Asamblea de Noviembre', kind: FileKind.board, date: DATE, extension: 'tldr' })).toBe(
      'asamblea-de-noviembre-board-2026-12-07.tldr',
    )
    expect(
      downloadFileName({ title: 'Asamblea de Noviembre', kind: FileKind.corner, subject: 'Cooperativa Sur', date: DATE, extension: 'png' }),
    ).toBe('asamblea-de-noviembre-corner-cooperativa-sur-2026-12-07.png')
    expect(
      downloadFileName({ title: 'Συνέλευση', kind: FileKind.snapshot, subject: 'Πριν τις ψηφοφορίες', date: DATE, extension: 'json' }),
    ).toBe('συνέλευση-snapshot-πριν-τις-ψηφοφορίες-2026-12-07.json')
  })

  it('names a board without a usable title "plenary"', () => {
    expect(downloadFileName({ title: '  ★  ', kind: FileKind.coops, date: DATE, extension: 'csv' })).toBe('plenary-coops-2026-12-07.csv')
    expect(downloadFileName({ title: 'Sur', kind: FileKind.frame, subject: '!!', date: DATE, extension: 'svg' })).toBe(
      'sur-frame-2026-12-07.svg',
    )
  })

  it('stays within 200 bytes in any script, keeping what the file is and its date', () => {
    const name = downloadFileName({
      title: '協同組合'.repeat(40),
      kind: FileKind.corner,
      subject: 'Κοινότητα '.repeat(20),
      date: DATE,
      extension: 'png',
    })
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(200)
    expect(name.startsWith('協同組合')).toBe(true)
    expect(name).toMatch(/-corner-κοινότητα-.*-2026-12-07\.png$/)
  })
})

describe('dates', () => {
  const at = Date.UTC(2026, 11, 7, 23, 30)

  it('are the day in the reader’s zone, UTC when it is unknown', () => {
    expect(fileDate(at)).toBe('2026-12-07')
    expect(fileDate(at, 'Europe/Madrid')).toBe('2026-12-08')
    expect(fileDate(at, 'America/Argentina/Buenos_Aires')).toBe('2026-12-07')
    expect(fileDate(at, 'Nowhere/Atlantis')).toBe('2026-12-07')
  })

  it('in the browser are the local day', () => {
    const local = new Date(2026, 0, 5, 0, 15)
    expect(localFileDate(local)).toBe('2026-01-05')
  })
})
