import { describe, expect, it } from 'vitest'
import { rosterToJson } from '../../../shared/corners/rosterExport'
import { coopIdFor, type Coop } from '../../../shared/corners/roster'
import { coopsFromBody, exportFileName, joinRosterFromBody } from './rosterApi'

const sur: Coop = {
  id: coopIdFor('Cooperativa Sur'),
  name: 'Cooperativa Sur',
  country: 'Argentina',
  website: 'https://sur.coop',
  description: 'Apps',
  delegates: ['Ana'],
  color: 'violet',
  cornerId: 'shape:corner-cooperativa-sur',
}

describe('coopsFromBody', () => {
  it('reads the JSON export back into coops, colour by name and corner left to the board', () => {
    expect(coopsFromBody(JSON.parse(JSON.stringify(rosterToJson([sur]))))).toEqual([{ ...sur, cornerId: null }])
  })

  it('skips entries it cannot read and refuses a body that is no roster', () => {
    expect(coopsFromBody({ version: 1, coops: [{ name: 'x' }, 3] })).toEqual([])
    expect(coopsFromBody([sur])).toBeNull()
    expect(coopsFromBody('nope')).toBeNull()
  })
})

describe('exportFileName', () => {
  it('names the file by the one rule: board, what it is, the date', () => {
    expect(exportFileName('Asamblea de Octubre — 2025', 'csv', '2025-10-04')).toBe('asamblea-de-octubre-2025-coops-2025-10-04.csv')
    expect(exportFileName('', 'json', '2025-10-04')).toBe('plenary-coops-2025-10-04.json')
  })
})

describe('joinRosterFromBody', () => {
  it('reads whether participants may add coops, allowing them when the server does not say', () => {
    const body = JSON.parse(JSON.stringify(rosterToJson([sur]))) as Record<string, unknown>
    expect(joinRosterFromBody({ ...body, participantsAddCoops: false })).toEqual({
      coops: [{ ...sur, cornerId: null }],
      participantsAddCoops: false,
    })
    expect(joinRosterFromBody({ ...body, participantsAddCoops: true })?.participantsAddCoops).toBe(true)
    expect(joinRosterFromBody(body)?.participantsAddCoops).toBe(true)
    expect(joinRosterFromBody('nope')).toBeNull()
  })
})
