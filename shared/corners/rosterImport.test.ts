import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readRoster } from './applyPlan'
import { parseRosterText } from './parseRoster'
import { ROSTER_LIMITS } from './roster'
import { parseRosterJson } from './rosterJsonInput'
import { importRosterInto, previewRosterImport } from './rosterImport'
import { rosterToJson } from './rosterExport'

const EMPTY = { coops: [], records: [], pageId: 'page:page' }

describe('delegate counts', () => {
  it('reads a delegates column of whole numbers as counts, never as people called "3"', () => {
    const parsed = parseRosterText('name,delegates\nCooperativa Sur,3\nΣυνεργατική Αθήνας,2\nKobe Code,1\nNorte,')
    if (!parsed.ok) throw new Error('expected rows')
    expect(parsed.rows).toEqual([
      { name: 'Cooperativa Sur', delegates: [], delegateCount: 3 },
      { name: 'Συνεργατική Αθήνας', delegates: [], delegateCount: 2 },
      { name: 'Kobe Code', delegates: [], delegateCount: 1 },
      { name: 'Norte', delegates: [] },
    ])
    expect(parsed.warnings.map((w) => w.code)).toEqual(['delegatesCounted'])
  })

  it('warns about a delegates column that mixes names and numbers, naming the lines', () => {
    const parsed = parseRosterText('name,delegates\nSur,Ana Pérez; Łukasz Wiśniewski\nNorte,4\nEste,Bo')
    if (!parsed.ok) throw new Error('expected rows')
    expect(parsed.rows[1]).toEqual({ name: 'Norte', delegates: [], delegateCount: 4 })
    expect(parsed.rows[0]!.delegates).toEqual(['Ana Pérez', 'Łukasz Wiśniewski'])
    expect(parsed.warnings).toEqual([expect.objectContaining({ line: null, code: 'mixedDelegates', params: { lines: '3', count: 1 } })])
  })

  it('reads a "number of delegates" column and skips a row whose count is not a number', () => {
    const parsed = parseRosterText('nombre,número de delegados\nSur,2\nNorte,dos\nEste,1000')
    if (!parsed.ok) throw new Error('expected rows')
    expect(parsed.rows).toEqual([{ name: 'Sur', delegateCount: 2 }])
    expect(parsed.problems.map((p) => [p.line, p.code])).toEqual([
      [3, 'notCount'],
      [4, 'countTooLarge'],
    ])
  })
})

describe('long descriptions', () => {
  it('keeps a 3,000-character description whole and shortens one over the limit with a warning', () => {
    const long = 'Cooperativa de trabajo en Córdoba. '.repeat(200).trim() // 6,999 units
    const kept = 'Ñ'.repeat(2999) + '.'
    const parsed = parseRosterText(`name,description\nSur,"${kept}"\nNorte,"${long}"`)
    if (!parsed.ok) throw new Error('expected rows')
    expect(parsed.rows[0]!.description).toBe(kept)
    const shortened = parsed.rows[1]!.description!
    expect(shortened.length).toBeLessThanOrEqual(ROSTER_LIMITS.description)
    expect(shortened.endsWith('…')).toBe(true)
    expect(parsed.warnings).toEqual([
      expect.objectContaining({
        line: 3,
        code: 'shortened',
        params: expect.objectContaining({ field: 'description', length: long.length, kept: shortened.length }),
      }),
    ])
  })
})

describe('roster JSON input', () => {
  it('round-trips a roster.json export, and reports entries that are not coops by position', () => {
    const doc = new Y.Doc()
    importRosterInto(doc, parseRosterText('name,country,delegates\nCooperativa Sur,Argentina,3\n神戸コード,日本,Kenji'), 'test')
    const exported = rosterToJson(readRoster(doc))
    const parsed = parseRosterJson({ ...exported, coops: [...exported.coops, 42, { country: 'Chile' }] })
    if (!parsed.ok) throw new Error('expected rows')
    expect(parsed.format).toBe('json')
    expect(parsed.rows).toEqual([
      { name: 'Cooperativa Sur', country: 'Argentina', website: '', description: '', delegates: [], delegateCount: 3 },
      { name: '神戸コード', country: '日本', website: '', description: '', delegates: ['Kenji'] },
    ])
    expect(parsed.problems.map((p) => [p.line, p.code])).toEqual([
      [3, 'notCoop'],
      [4, 'noName'],
    ])
    const again = previewRosterImport(parsed, { ...EMPTY, coops: readRoster(doc) })
    expect(again.ok && again.plan.summary).toMatchObject({ added: 0, updated: 0, unchanged: 2 })
  })

  it('refuses a body that is not a roster', () => {
    expect(parseRosterJson([{ name: 'Sur' }])).toEqual({ ok: false, errors: [expect.objectContaining({ code: 'notRosterJson' })] })
  })
})

describe('importRosterInto', () => {
  it('writes the valid rows and their corners, and says which are new', () => {
    const doc = new Y.Doc()
    const preview = importRosterInto(doc, parseRosterText('Sur\nNorte\nSUR'), 'test')
    if (!preview.ok) throw new Error('expected a plan')
    expect(preview.validRows).toBe(2)
    expect(preview.skippedRows).toBe(1)
    expect([...preview.added]).toEqual(['sur', 'norte'])
    expect(readRoster(doc).map((coop) => coop.name)).toEqual(['Norte', 'Sur'])
    expect(readRoster(doc).every((coop) => coop.cornerId !== null)).toBe(true)
  })
})
