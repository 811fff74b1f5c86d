import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { assemblyFiles, FIXTURE_COUNTS } from '../../../shared/miro/fixtures/assembly'
import { DEFAULT_PAGE_ID } from '../../../shared/notes'
import { choiceCounter, prepareMiroImport, problemFileName } from './prepareImport'

const options = () => ({ pageId: DEFAULT_PAGE_ID, records: [] })

describe('prepareMiroImport', () => {
  it('reads, merges and plans the chosen files', async () => {
    const files = assemblyFiles().map(({ name, text }) => new File([text], name, { type: 'application/json' }))
    const prepared = await prepareMiroImport(files, options)
    if (!prepared.ok) throw new Error(prepared.problem.code)
    expect(prepared.warnings).toEqual([])
    expect(prepared.plan.report.imported.frame).toBe(FIXTURE_COUNTS.frames)
  })

  it('names the entry of the one zip chosen that cannot be read', async () => {
    const zip = new File(
      [zipSync({ 'export/items-1.json': strToU8('{"data":[]}'), 'export/notas.json': strToU8('Hola, ¿qué tal?') })],
      'miro-asamblea.zip',
    )
    const prepared = await prepareMiroImport([zip], options)
    if (prepared.ok) throw new Error('read a broken entry')
    expect(prepared.problem).toEqual({ ok: false, code: 'notJson', file: 'export/notas.json' })
    expect(problemFileName(prepared.problem, ['miro-asamblea.zip'])).toBe('export/notas.json')
  })
})

describe('problemFileName', () => {
  it('names a file among several, and not the one file chosen', () => {
    expect(problemFileName({ code: 'notJson', file: 'página-2.json' }, ['página-1.json', 'página-2.json'])).toBe('página-2.json')
    expect(problemFileName({ code: 'notJson', file: 'página-1.json' }, ['página-1.json'])).toBeNull()
    expect(problemFileName({ code: 'tooManyRecords' }, ['página-1.json', 'página-2.json'])).toBeNull()
  })
})

describe('choiceCounter', () => {
  it('lets only the latest choice show its result, whichever finishes last', () => {
    const choices = choiceCounter()
    const first = choices.begin()
    const second = choices.begin()
    expect(first()).toBe(false)
    expect(second()).toBe(true)
  })
})
