import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { asStoredRecord, recordsMap, type StoredRecord } from '../../../shared/boardDoc'
import { applyRosterPlan, readRoster } from '../../../shared/corners/applyPlan'
import { DEFAULT_PAGE_ID } from '../../../shared/notes'
import { testTranslator } from '../../i18n/testing'
import { cornersText, previewImport, problemText, summaryText } from './importPreview'

const t = testTranslator('en')
const es = testTranslator('es')

function boardOf(doc: Y.Doc) {
  const records: StoredRecord[] = []
  recordsMap(doc).forEach((value) => {
    const record = asStoredRecord(value)
    if (record) records.push(record)
  })
  return { coops: readRoster(doc), records, pageId: DEFAULT_PAGE_ID }
}

const FIVE = 'name,country\nCooperativa Sur,Argentina\nTokyo Tech Coop,Japan\nNube Solidaria,Spain\nCode Ouvert,France\nKumo Kōbō,Japan'

describe('summaryText', () => {
  it('says how many coops are new, updated and unchanged, leaving out the zeros', () => {
    expect(summaryText(t, { added: 31, updated: 0, unchanged: 0, corners: 31 })).toBe('31 coops: 31 new')
    expect(summaryText(t, { added: 3, updated: 2, unchanged: 26, corners: 3 })).toBe('31 coops: 3 new, 2 updated, 26 unchanged')
    expect(summaryText(t, { added: 0, updated: 0, unchanged: 1, corners: 0 })).toBe('1 coop: 1 unchanged')
    expect(summaryText(es, { added: 3, updated: 2, unchanged: 26, corners: 3 })).toBe(
      '31 cooperativas: 3 nuevas, 2 actualizadas, 26 sin cambios',
    )
  })

  it('says how many corners are placed, or nothing when none', () => {
    expect(cornersText(t, 1)).toBe('1 corner is added next to what is already on the board, without covering anything.')
    expect(cornersText(t, 0)).toBeNull()
  })
})

describe('problemText', () => {
  it('writes each coded problem as the shared parser does in English, and in Spanish from its code', () => {
    const texts = [
      'name,website\nSur,not a website\nSUR,\nsur,',
      'x'.repeat(81),
      'name,country\n',
      'org\tcountry\nSur\tArgentina',
      Array.from({ length: 1001 }, (_, i) => `Coop ${i}`).join('\n'),
      `name,description,delegates\nSur,${'Ñandú '.repeat(1000)},Ana\nNorte,,3\nOeste,,abc,`,
      'name,delegates\nSur,3\nNorte,1',
      'name,delegate count\nSur,tres\nNorte,1000\nOeste,2',
    ]
    for (const text of texts) {
      const preview = previewImport(text, { coops: [], records: [], pageId: DEFAULT_PAGE_ID })
      const listed =
        preview.kind === 'problems' ? preview.problems : preview.kind === 'ready' ? [...preview.problems, ...preview.warnings] : []
      if (listed.length === 0) throw new Error(`expected problems or warnings for ${text.slice(0, 20)}`)
      for (const problem of listed) {
        expect(problem.code).toBeDefined()
        const english = problem.line === null ? problem.message : `Line ${problem.line}: ${problem.message}`
        expect(problemText(t, problem)).toBe(english)
      }
    }
    expect(problemText(es, { line: 3, code: 'sameCoop', params: { value: 'SUR', first: 'Sur', line: 2 }, message: '' })).toBe(
      'Línea 3: «SUR» es la misma cooperativa que «Sur» de la línea 2',
    )
    expect(problemText(es, { line: 2, code: 'tooLong', params: { field: 'country', length: 61, max: 60 }, message: '' })).toBe(
      'Línea 2: el país tiene 61 caracteres; el máximo es 60',
    )
  })

  it('shows a problem without a code as its message', () => {
    expect(problemText(es, { line: 4, message: 'something odd' })).toBe('Línea 4: something odd')
  })
})

describe('previewImport', () => {
  it('shows nothing for blank text', () => {
    expect(previewImport('  \n', { coops: [], records: [], pageId: DEFAULT_PAGE_ID })).toEqual({ kind: 'empty' })
  })

  it('lists the rows it skips with their line numbers, and plans the valid ones', () => {
    const preview = previewImport('Cooperativa Sur\nTokyo Tech Coop\ncooperativa sur', { coops: [], records: [], pageId: DEFAULT_PAGE_ID })
    if (preview.kind !== 'ready') throw new Error(`expected a plan, got ${preview.kind}`)
    expect(preview.problems.map((problem) => problemText(t, problem))).toEqual([expect.stringMatching(/^Line 3: /)])
    expect(preview.skippedRows).toBe(1)
    expect(preview.changes.map(({ coop }) => coop.name)).toEqual(['Cooperativa Sur', 'Tokyo Tech Coop'])
  })

  it('plans nothing when no row is valid', () => {
    const preview = previewImport('---\n***', { coops: [], records: [], pageId: DEFAULT_PAGE_ID })
    expect(preview.kind).toBe('problems')
  })

  it('previews a first import as all new, with a corner each', () => {
    const preview = previewImport(FIVE, { coops: [], records: [], pageId: DEFAULT_PAGE_ID })
    expect(preview.kind).toBe('ready')
    if (preview.kind !== 'ready') return
    expect(summaryText(t, preview.plan.summary)).toBe('5 coops: 5 new')
    expect(preview.changes.map((c) => c.status)).toEqual(['new', 'new', 'new', 'new', 'new'])
    expect(preview.plan.corners).toHaveLength(5)
    expect(preview.hasChanges).toBe(true)
  })

  it('previews a re-import against the board: new, updated and unchanged coops', () => {
    const doc = new Y.Doc()
    const first = previewImport(FIVE, boardOf(doc))
    if (first.kind !== 'ready') throw new Error('not ready')
    applyRosterPlan(doc, first.plan, 'test')
    const again = previewImport(
      'name,country\nCooperativa Sur,Argentina\nTokyo Tech Coop,Japón\nNube Solidaria,Spain\nCode Ouvert,France\nKumo Kōbō,Japan\nCooperativa Nueva,Chile',
      boardOf(doc),
    )
    if (again.kind !== 'ready') throw new Error('not ready')
    expect(summaryText(t, again.plan.summary)).toBe('6 coops: 1 new, 1 updated, 4 unchanged')
    expect(again.changes.map((c) => [c.coop.name, c.status])).toEqual([
      ['Tokyo Tech Coop', 'updated'],
      ['Cooperativa Nueva', 'new'],
    ])
    const same = previewImport(FIVE, boardOf(doc))
    expect(same.kind === 'ready' && same.hasChanges).toBe(false)
  })
})
