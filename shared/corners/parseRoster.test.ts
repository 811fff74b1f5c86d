import { describe, expect, it } from 'vitest'
import { BINARY_MESSAGE, parseRosterText, ROSTER_MAX_ERRORS, type RosterParse } from './parseRoster'
import type { CoopDetails } from './roster'

function rowsOf(result: RosterParse): CoopDetails[] {
  if (!result.ok) throw new Error(`expected rows, got ${JSON.stringify(result.errors)}`)
  return result.rows
}

/** The problems of the rows left out, as the server and logs read them. */
function problemsOf(result: RosterParse): { line: number | null; message: string }[] {
  if (!result.ok) throw new Error(`expected rows, got ${JSON.stringify(result.errors)}`)
  return result.problems.map(({ line, message }) => ({ line, message }))
}

function errorsOf(result: RosterParse): { line: number | null; message: string }[] {
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.rows)}`)
  // The messages as the server and logs read them; codes are checked in their own test.
  return result.errors.map(({ line, message }) => ({ line, message }))
}

describe('parseRosterText: lists', () => {
  it('reads one name per line, ignoring blank lines and spaces around names', () => {
    const result = parseRosterText('Cooperativa Sur\n\n  Tech Workers Coop  \r\nKobe Code Kyōdō Kumiai\n\n')
    expect(result).toEqual({
      ok: true,
      format: 'list',
      ignoredColumns: [],
      rows: [{ name: 'Cooperativa Sur' }, { name: 'Tech Workers Coop' }, { name: 'Kobe Code Kyōdō Kumiai' }],
      problems: [],
      skippedRows: 0,
      warnings: [],
    })
  })

  it('keeps names with commas in a list, and reads names put in double quotes', () => {
    expect(rowsOf(parseRosterText('Sur, Cooperativa de Trabajo\nCodeCoop\nNorte, Ltda.'))).toEqual([
      { name: 'Sur, Cooperativa de Trabajo' },
      { name: 'CodeCoop' },
      { name: 'Norte, Ltda.' },
    ])
    expect(rowsOf(parseRosterText('"Sur, Coop"\n"Norte, Coop"\n"The ""Quoted"" Coop"'))).toEqual([
      { name: 'Sur, Coop' },
      { name: 'Norte, Coop' },
      { name: 'The "Quoted" Coop' },
    ])
  })

  it('reports a coop named twice as a skipped row, naming both lines', () => {
    const result = parseRosterText('Cooperativa Sur\nCodeCoop\n\ncooperativa  SÚR\nCodeCoop')
    expect(rowsOf(result)).toEqual([{ name: 'Cooperativa Sur' }, { name: 'CodeCoop' }])
    expect(result.ok && result.skippedRows).toBe(2)
    expect(problemsOf(result)).toEqual([
      { line: 4, message: expect.stringMatching(/“cooperativa SÚR” is the same coop as “Cooperativa Sur” on line 1/) },
      { line: 5, message: expect.stringMatching(/“CodeCoop” is already on line 2/) },
    ])
  })

  it('knows a coop written without its letters (ł, ø, ß) for the same coop', () => {
    const result = parseRosterText('Spółdzielnia Kodu\nØresund Data\nSpoldzielnia Kodu\nOresund data')
    expect(rowsOf(result)).toEqual([{ name: 'Spółdzielnia Kodu' }, { name: 'Øresund Data' }])
    expect(problemsOf(result)).toEqual([
      { line: 3, message: expect.stringMatching(/“Spoldzielnia Kodu” is the same coop as “Spółdzielnia Kodu” on line 1/) },
      { line: 4, message: expect.stringMatching(/“Oresund data” is the same coop as “Øresund Data” on line 2/) },
    ])
  })

  it('reports names over the limit and names without letters, and keeps the good name', () => {
    const result = parseRosterText(`Good Coop\n${'x'.repeat(81)}\n---`)
    expect(rowsOf(result)).toEqual([{ name: 'Good Coop' }])
    expect(problemsOf(result)).toEqual([
      { line: 2, message: 'the name is 81 characters long; the most is 80' },
      { line: 3, message: expect.stringMatching(/no letters or digits/) },
    ])
  })

  it('says so when there are no names at all', () => {
    expect(errorsOf(parseRosterText(' \n\n\t\n'))).toEqual([{ line: null, message: expect.stringMatching(/no coop names/) }])
  })
})

describe('parseRosterText: CSV', () => {
  it('reads a comma-separated file with a header, quoted fields and delegates separated by ";"', () => {
    const csv = [
      'Name,Country,Website,Description,Delegates',
      'Cooperativa Sur,Argentina,sur.coop,"Software, hosting and training",Ana Pérez; Luis Gómez',
      '"Tech ""Workers"" Coop",USA,https://techworkers.coop,"Two lines\nof text",',
      'Kobe Code,Japan,,,',
    ].join('\n')
    const result = parseRosterText(csv)
    expect(result.ok && result.format).toBe('csv')
    expect(rowsOf(result)).toEqual([
      {
        name: 'Cooperativa Sur',
        country: 'Argentina',
        website: 'https://sur.coop',
        description: 'Software, hosting and training',
        delegates: ['Ana Pérez', 'Luis Gómez'],
      },
      { name: 'Tech "Workers" Coop', country: 'USA', website: 'https://techworkers.coop', description: 'Two lines of text', delegates: [] },
      { name: 'Kobe Code', country: 'Japan', website: '', description: '', delegates: [] },
    ])
  })

  it('reads a semicolon-separated Spanish export with a BOM and CRLF line breaks', () => {
    const csv =
      '\uFEFFNombre;País;Web;Descripción;Delegados\r\nCooperativa Sur;Argentina;https://sur.coop;Desarrollo, diseño;"Ana; Luis"\r\nLa Pirámide;México;;;\r\n'
    expect(rowsOf(parseRosterText(csv))).toEqual([
      {
        name: 'Cooperativa Sur',
        country: 'Argentina',
        website: 'https://sur.coop',
        description: 'Desarrollo, diseño',
        delegates: ['Ana', 'Luis'],
      },
      { name: 'La Pirámide', country: 'México', website: '', description: '', delegates: [] },
    ])
  })

  it('reads a tab-separated paste from a spreadsheet and lists the columns it does not use', () => {
    const result = parseRosterText('coop\temail\tcountry\nCodeCoop\tinfo@codecoop.org\tSpain\nSur\t\tArgentina')
    expect(result).toEqual({
      ok: true,
      format: 'csv',
      ignoredColumns: ['email'],
      rows: [
        { name: 'CodeCoop', country: 'Spain' },
        { name: 'Sur', country: 'Argentina' },
      ],
      problems: [],
      skippedRows: 0,
      warnings: [],
    })
  })

  it('accepts other names for the name column and a single-column CSV', () => {
    expect(rowsOf(parseRosterText('Cooperative,url\nSur,sur.coop'))).toEqual([{ name: 'Sur', website: 'https://sur.coop' }])
    expect(rowsOf(parseRosterText('name\nSur\nNorte'))).toEqual([{ name: 'Sur' }, { name: 'Norte' }])
  })

  it('refuses a header without a name column, naming the columns it found', () => {
    const errors = errorsOf(parseRosterText('organisation,country\nSur,Argentina\nNorte,Chile'))
    expect(errors).toHaveLength(1)
    expect(errors[0]!.line).toBe(1)
    expect(errors[0]!.message).toMatch(/^No name column/)
    expect(errors[0]!.message).toContain('“organisation”, “country”')
    // A known column name alone is enough to tell a header from a name with a comma.
    expect(errorsOf(parseRosterText('country;website'))[0]!.message).toMatch(/^No name column/)
    expect(errorsOf(parseRosterText('org\tcountry\nSur\tArgentina'))[0]!.message).toMatch(/^No name column/)
  })

  it('reports every bad row with its line, counting lines inside quoted fields, and keeps the good rows', () => {
    const csv = [
      'name,country,website,description,delegates', // 1
      'Sur,Argentina,sur.coop,"A description', // 2
      'over two lines",', // 3
      ',Chile,,,', // 4: no name
      `Norte,${'c'.repeat(61)},,,`, // 5
      'Este,Spain,not a website,,', // 6
      `Oeste,Peru,,,x`, // 7: fine
      'SUR,Argentina,,,', // 8: duplicate of line 2
      `Centro,,,,"${Array.from({ length: 41 }, (_, i) => `D${i}`).join('; ')}"`, // 9
      'Lejos,a,b,c,d,e,f', // 10
      '   ,  ,,,', // 11: empty row, ignored
    ].join('\n')
    const result = parseRosterText(csv)
    const errors = problemsOf(result)
    expect(errors.map((e) => e.line)).toEqual([4, 6, 8, 9, 10])
    expect(errors[0]!.message).toBe('no name')
    expect(errors[1]!.message).toMatch(/“not a website” is not a website address/)
    expect(errors[2]!.message).toMatch(/“SUR” is the same coop as “Sur” on line 2/)
    expect(errors[3]!.message).toMatch(/41 delegates; the most is 40/)
    expect(errors[4]!.message).toMatch(/7 fields, but the header has 5/)
    // A country over its limit is shortened with a warning, not skipped.
    expect(rowsOf(result).map((row) => row.name)).toEqual(['Sur', 'Norte', 'Oeste'])
    expect(rowsOf(result)[1]!.country).toBe(`${'c'.repeat(59)}…`)
    expect(result.ok && result.warnings.map((w) => [w.line, w.code])).toEqual([[5, 'shortened']])
    expect(result.ok && result.skippedRows).toBe(5)
  })

  it('reports a quoted field that is never closed', () => {
    const errors = errorsOf(parseRosterText('name,description\nSur,"never closed\nNorte,x'))
    expect(errors).toEqual([{ line: 2, message: expect.stringMatching(/never closed/) }])
  })

  it('never lets one bad row keep the valid ones out; fails only when no row is valid', () => {
    const result = parseRosterText('name,website\nSur,sur.coop\nNorte,javascript:alert(1)')
    expect(rowsOf(result)).toEqual([{ name: 'Sur', website: 'https://sur.coop' }])
    expect(problemsOf(result)).toEqual([{ line: 3, message: expect.stringMatching(/not a website address/) }])
    expect(parseRosterText('name,website\nNorte,javascript:alert(1)').ok).toBe(false)
  })

  it('caps the list of problems and says how many more there are', () => {
    const lines = ['name', ...Array.from({ length: 80 }, () => '---')]
    const errors = errorsOf(parseRosterText(lines.join('\n')))
    expect(errors).toHaveLength(ROSTER_MAX_ERRORS + 1)
    expect(errors[ROSTER_MAX_ERRORS]).toEqual({ line: null, message: '…and 30 more problems' })
  })
})

describe('parseRosterText: what it refuses as a whole', () => {
  it('gives one clear error for 10,000 rows', () => {
    const list = Array.from({ length: 10_000 }, (_, i) => `Coop ${i}`).join('\n')
    expect(errorsOf(parseRosterText(list))).toEqual([{ line: null, message: expect.stringMatching(/10,000 coops; at most 1,000/) }])
    const csv = `name,country\n${Array.from({ length: 10_000 }, (_, i) => `Coop ${i},Spain`).join('\n')}`
    expect(errorsOf(parseRosterText(csv))).toHaveLength(1)
  })

  it('accepts exactly 1,000 coops', () => {
    const list = Array.from({ length: 1000 }, (_, i) => `Coop ${i}`).join('\n')
    expect(rowsOf(parseRosterText(list))).toHaveLength(1000)
  })

  it('refuses a text over 1 MiB without parsing it', () => {
    const big = `name,description\n${'Coop,'.padEnd(1000, 'x')}\n`.repeat(2 * 1024)
    const started = Date.now()
    expect(errorsOf(parseRosterText(big))).toEqual([{ line: null, message: expect.stringMatching(/at most 1 MiB/) }])
    expect(Date.now() - started).toBeLessThan(500)
    // Multi-byte characters count as the bytes they take.
    expect(parseRosterText('ñ'.repeat(600 * 1024)).ok).toBe(false)
  })

  it('refuses binary files: NUL bytes, or mostly unreadable characters', () => {
    const png = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR'
    expect(errorsOf(parseRosterText(png))).toEqual([{ line: null, message: BINARY_MESSAGE }])
    const garbled = Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? '\uFFFD' : String.fromCharCode(0x41 + (i % 20)))).join('')
    expect(errorsOf(parseRosterText(garbled))[0]!.message).toMatch(/^This looks like a binary file, not a list or CSV/)
    // An accent or two in a real list is not binary.
    expect(parseRosterText('Cooperativa Pequeña\nLa Vía Láctea').ok).toBe(true)
  })
})

describe('parseRosterText: problem codes', () => {
  it('gives every problem a stable code with the values its message names', () => {
    const text = 'name,website,delegates\nSur,not a website,\n,https://x.org,\nSUR,,\nNorte,,"' + 'x'.repeat(81) + '"'
    const result = parseRosterText(text)
    if (!result.ok) throw new Error('expected rows')
    expect(result.problems.map(({ line, code, params }) => ({ line, code, params }))).toEqual([
      { line: 2, code: 'notWebsite', params: { value: 'not a website' } },
      { line: 3, code: 'noName', params: {} },
      { line: 5, code: 'delegateTooLong', params: { value: `${'x'.repeat(40)}…`, max: 60 } },
    ])
  })

  it('codes problems with the text as a whole', () => {
    const empty = parseRosterText('name,country\n')
    expect(empty.ok ? null : empty.errors[0]).toMatchObject({ code: 'emptyCsv', params: {} })
    const list = Array.from({ length: 1001 }, (_, i) => `Coop ${i}`).join('\n')
    const result = parseRosterText(list)
    expect(result.ok ? null : result.errors[0]).toMatchObject({ code: 'tooManyRows', params: { count: 1001, max: 1000 } })
  })
})
