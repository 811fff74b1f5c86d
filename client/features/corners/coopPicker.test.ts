import { describe, expect, it } from 'vitest'
import { coopIdFor, type Coop } from '../../../shared/corners/roster'
import { findCoop, matchCoops } from './coopPicker'

function coop(name: string, country = ''): Coop {
  return { id: coopIdFor(name), name, country, website: '', description: '', delegates: [], color: 'blue', cornerId: null }
}

const roster = [
  coop('Tokyo Tech Coop', 'Japan'),
  coop('Cooperativa Sur', 'Argentina'),
  coop('Kōdo Kyōdō Kumiai', 'Japan'),
  coop('Nube Solidaria', 'Spain'),
  coop('Code Ouvert', 'France'),
]

describe('findCoop', () => {
  it('finds a roster coop whatever the case, spacing or accents typed', () => {
    expect(findCoop(roster, 'cooperativa  sur')?.name).toBe('Cooperativa Sur')
    expect(findCoop(roster, 'Kodo Kyodo Kumiai')?.name).toBe('Kōdo Kyōdō Kumiai')
  })

  it('finds nothing for a coop that is not on the roster, or for blank text', () => {
    expect(findCoop(roster, 'Cooperativa Norte')).toBeNull()
    expect(findCoop(roster, '   ')).toBeNull()
  })
})

describe('matchCoops', () => {
  it('puts names that start with the text before names that merely contain it', () => {
    expect(matchCoops(roster, 'co').map((c) => c.name)).toEqual(['Code Ouvert', 'Cooperativa Sur', 'Tokyo Tech Coop'])
  })

  it('matches without accents, and by country', () => {
    expect(matchCoops(roster, 'kyodo').map((c) => c.name)).toEqual(['Kōdo Kyōdō Kumiai'])
    expect(matchCoops(roster, 'japan').map((c) => c.name)).toEqual(['Kōdo Kyōdō Kumiai', 'Tokyo Tech Coop'])
  })

  it('lists the roster alphabetically for empty text, up to the limit', () => {
    expect(matchCoops(roster, '', 3).map((c) => c.name)).toEqual(['Code Ouvert', 'Cooperativa Sur', 'Kōdo Kyōdō Kumiai'])
  })

  it('finds nothing for text no coop has', () => {
    expect(matchCoops(roster, 'zzz')).toEqual([])
  })
})
