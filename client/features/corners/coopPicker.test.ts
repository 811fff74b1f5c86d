import { describe, expect, it } from 'vitest'
import { coopIdFor, type Coop } from '../../../shared/corners/roster'
import { didYouMean, findCoop, matchCoops } from './coopPicker'

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

describe('matching names typed without ł, ø, ß', () => {
  const coops = [
    coop('Spółdzielnia Kodu', 'Polska'),
    coop('Øresund Data', 'Danmark'),
    coop('Straße Kollektiv', 'Deutschland'),
    coop('Tecnologías Libres', 'España'),
    coop('Συνεταιρισμός Κώδικα', 'Ελλάδα'),
    coop('東京テック協同組合', '日本'),
  ]

  it('offers the coop as the person types', () => {
    expect(matchCoops(coops, 'spoldzielnia').map((c) => c.name)).toEqual(['Spółdzielnia Kodu'])
    expect(matchCoops(coops, 'oresund').map((c) => c.name)).toEqual(['Øresund Data'])
    expect(matchCoops(coops, 'strasse').map((c) => c.name)).toEqual(['Straße Kollektiv'])
    expect(matchCoops(coops, 'συνεταιρισμος').map((c) => c.name)).toEqual(['Συνεταιρισμός Κώδικα'])
    expect(matchCoops(coops, 'テック').map((c) => c.name)).toEqual(['東京テック協同組合'])
  })

  it('names the roster coop for the whole name typed without its letters, keeping the stored id', () => {
    const found = findCoop(coops, 'spoldzielnia kodu')
    expect(found?.name).toBe('Spółdzielnia Kodu')
    expect(found?.id).toBe('społdzielnia-kodu')
    expect(findCoop(coops, 'STRASSE-kollektiv')?.name).toBe('Straße Kollektiv')
  })
})

describe('didYouMean', () => {
  const coops = [coop('Spółdzielnia Kodu'), coop('Tecnologías Libres'), coop('Cooperativa Sur'), coop('Kōdo Kyōdō Kumiai')]

  it('suggests the closest coops for a mistyped name', () => {
    expect(didYouMean(coops, 'Spoldzelnia').map((c) => c.name)).toEqual(['Spółdzielnia Kodu'])
    expect(didYouMean(coops, 'Tecnologia Libre').map((c) => c.name)).toEqual(['Tecnologías Libres'])
  })

  it('suggests nothing when the name matches, names a coop, is blank, or is like none', () => {
    expect(didYouMean(coops, 'spold')).toEqual([])
    expect(didYouMean(coops, 'cooperativa sur')).toEqual([])
    expect(didYouMean(coops, '  ')).toEqual([])
    expect(didYouMean(coops, 'Zebra Holdings')).toEqual([])
  })
})
