import { describe, expect, it } from 'vitest'
import { coopIdFor, type Coop } from '../../../shared/corners/roster'
import { joinCoop, readCoopChoice } from './coopChoice'

function coop(name: string): Coop {
  return { id: coopIdFor(name), name, country: '', website: '', description: '', delegates: [], color: 'blue', cornerId: null }
}

const roster = [coop('Spółdzielnia Kodu'), coop('Tecnologías Libres'), coop('Øresund Data'), coop('東京テック協同組合')]

describe('readCoopChoice', () => {
  it('reads a roster coop typed without its special letters as that coop', () => {
    expect(readCoopChoice(roster, 'spoldzielnia kodu', true)).toEqual({ kind: 'known', coop: roster[0] })
    expect(readCoopChoice(roster, '東京テック協同組合', false)).toEqual({ kind: 'known', coop: roster[3] })
  })

  it('reads a mistyped name as new, with the closest coops, addable unless the facilitator turned that off', () => {
    expect(readCoopChoice(roster, 'Tecnologia Libre', true)).toEqual({ kind: 'new', suggestions: [roster[1]], mayAdd: true })
    expect(readCoopChoice(roster, 'Tecnologia Libre', false)).toEqual({ kind: 'new', suggestions: [roster[1]], mayAdd: false })
  })

  it('lets any coop be typed while the roster is unknown', () => {
    expect(readCoopChoice(null, 'Cooperativa Nueva', false)).toEqual({ kind: 'new', suggestions: [], mayAdd: true })
    expect(readCoopChoice(roster, '   ', false)).toEqual({ kind: 'blank' })
  })
})

describe('joinCoop', () => {
  it("joins a roster coop under the roster's spelling, always with its corner", () => {
    expect(joinCoop(readCoopChoice(roster, 'OresUnd  data', true), 'OresUnd  data', false)).toEqual({
      ok: true,
      coop: 'Øresund Data',
      createCorner: true,
    })
  })

  it('creates a new coop’s corner only when ticked', () => {
    const choice = readCoopChoice(roster, 'Cooperativa Nueva', true)
    expect(joinCoop(choice, 'Cooperativa Nueva', false)).toEqual({ ok: true, coop: 'Cooperativa Nueva', createCorner: false })
    expect(joinCoop(choice, 'Cooperativa Nueva', true)).toEqual({ ok: true, coop: 'Cooperativa Nueva', createCorner: true })
  })

  it('refuses a new coop when only the roster’s coops may be chosen, and lets a blank field through', () => {
    expect(joinCoop(readCoopChoice(roster, 'Cooperativa Nueva', false), 'Cooperativa Nueva', true)).toEqual({
      ok: false,
      error: 'rosterOnly',
    })
    expect(joinCoop(readCoopChoice(roster, '', false), '', true)).toEqual({ ok: true, coop: '', createCorner: false })
  })
})
