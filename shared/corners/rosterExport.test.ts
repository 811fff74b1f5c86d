import { describe, expect, it } from 'vitest'
import { parseRosterText } from './parseRoster'
import { mergeRoster, type Coop } from './roster'
import { CORNER_COLOR_HEX, rosterToCsv, rosterToJson } from './rosterExport'

const coops: Coop[] = mergeRoster(
  [],
  [
    {
      name: 'Cooperativa Sur',
      country: 'Argentina',
      website: 'https://sur.coop',
      description: 'Software, hosting; training',
      delegates: ['Ana Pérez', 'Luis Gómez'],
    },
    { name: 'Tech "Workers" Coop', country: 'USA', website: '', description: 'Line one, "quoted"', delegates: [] },
    { name: '=HYPERLINK("http://evil.example","click")', country: '+34', website: '', description: '-5 members', delegates: ['@ana'] },
    { name: '神戸コード', country: '日本', website: 'https://kobe.example.jp', description: '', delegates: ['Kenji'] },
    { name: ' Spaces ', country: '', website: '', description: '', delegates: [] },
  ],
).added.map((coop, i) => ({ ...coop, cornerId: i === 0 ? 'shape:corner-cooperativa-sur' : null }))

describe('rosterToCsv', () => {
  it('writes a header and RFC 4180 rows with CRLF line breaks', () => {
    const csv = rosterToCsv(coops.slice(0, 2))
    expect(csv).toBe(
      'name,country,website,description,delegates,delegateCount\r\n' +
        'Cooperativa Sur,Argentina,https://sur.coop,"Software, hosting; training",Ana Pérez; Luis Gómez,\r\n' +
        '"Tech ""Workers"" Coop",USA,,"Line one, ""quoted""",,\r\n',
    )
  })

  it('keeps spreadsheet formulas from running, with an apostrophe in front', () => {
    const csv = rosterToCsv([coops[2]!])
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`)
    expect(csv).toContain(",'+34,")
    expect(csv).toContain("'-5 members")
    expect(csv).toContain("'@ana")
  })

  it('round-trips through parseRosterText', () => {
    const parsed = parseRosterText(rosterToCsv(coops))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.format).toBe('csv')
    expect(parsed.rows).toEqual(
      coops.map((coop) => ({
        name: coop.name.trim(),
        country: coop.country,
        website: coop.website,
        description: coop.description,
        delegates: coop.delegates,
      })),
    )
  })
})

describe('rosterToJson', () => {
  it('gives a versioned list of coops with CSS colours and without board internals', () => {
    const json = rosterToJson(coops.slice(0, 1))
    expect(json).toEqual({
      version: 1,
      coops: [
        {
          id: 'cooperativa-sur',
          name: 'Cooperativa Sur',
          country: 'Argentina',
          website: 'https://sur.coop',
          description: 'Software, hosting; training',
          delegates: ['Ana Pérez', 'Luis Gómez'],
          color: CORNER_COLOR_HEX[coops[0]!.color],
          colorName: coops[0]!.color,
        },
      ],
    })
    expect(JSON.stringify(json)).not.toContain('cornerId')
    for (const hex of Object.values(CORNER_COLOR_HEX)) expect(hex).toMatch(/^#[0-9a-f]{6}$/)
  })
})

describe('the roster exports', () => {
  const hostile: Coop[] = mergeRoster(
    [],
    [
      {
        name: 'Cooperativa\u0000 Sur\u202e',
        country: 'Polska\u0007',
        website: '',
        description: 'Łódź\u2066 · 東京 · Αθήνα · 👩🏽‍💻',
        delegates: ['\u0007=cmd', 'Łucja Wąsowska'],
      },
    ],
  ).added

  it('write no control character or bidi override, in CSV or JSON, and keep every script', () => {
    const csv = rosterToCsv(hostile)
    const json = JSON.stringify(rosterToJson(hostile))
    for (const text of [csv, json]) {
      // Raw, and written as JSON escapes.
      for (const hidden of ['\u0000', '\u0007', '\u202e', '\u2066', '\\u0000', '\\u0007']) expect(text).not.toContain(hidden)
      expect(text).toContain('Łódź · 東京 · Αθήνα · 👩🏽‍💻')
      expect(text).toContain('Łucja Wąsowska')
    }
    expect(csv).toContain('Cooperativa Sur,Polska,')
    // A formula behind a hidden character is still a formula, and still kept from running.
    expect(csv).toContain("'=cmd; Łucja Wąsowska")
  })
})
