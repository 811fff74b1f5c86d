import { describe, expect, it } from 'vitest'
import { closestNames, editDistance } from './closest'

const NAMES = [
  'Spółdzielnia Kodu',
  'Tecnologías Libres',
  'Øresund Data',
  'Cooperativa Sur',
  'Cooperativa de Trabajo Norte',
  'Kōdo Kyōdō Kumiai',
  '東京テック協同組合',
  'Συνεταιρισμός Κώδικα',
  'Straße Kollektiv',
]

const closest = (query: string) => closestNames(NAMES, (name) => name, query)

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions by code point', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('', 'abc')).toBe(3)
    expect(editDistance('東京', '東京')).toBe(0)
    expect(editDistance('𝔸b', 'b')).toBe(1)
  })
})

describe('closestNames', () => {
  it('suggests the coop behind a typo in a name typed without its special letters', () => {
    expect(closest('Spoldzelnia')).toEqual(['Spółdzielnia Kodu'])
    // Both words match the first; one word is enough for a name with "Kodo" in it.
    expect(closest('spoldzelnia kodo')).toEqual(['Spółdzielnia Kodu', 'Kōdo Kyōdō Kumiai'])
  })

  it('suggests the coop behind a name typed in the singular, without accents', () => {
    expect(closest('Tecnologia Libre')).toEqual(['Tecnologías Libres'])
  })

  it('takes a word typed in part as its start', () => {
    expect(closest('Coop Sur')[0]).toBe('Cooperativa Sur')
    expect(closest('orsund')).toEqual(['Øresund Data'])
  })

  it('ranks names by words matched, then by edits', () => {
    expect(closest('Cooperativa Norte')).toEqual(['Cooperativa de Trabajo Norte', 'Cooperativa Sur'])
  })

  it('works in Greek and in Japanese by their own letters', () => {
    expect(closest('Συνεταιρισμος Κωδικας')).toEqual(['Συνεταιρισμός Κώδικα'])
    expect(closest('東京テック協同組')).toEqual(['東京テック協同組合'])
  })

  it('suggests nothing for unrelated text, short words only or blank text', () => {
    expect(closest('Zebra Holdings')).toEqual([])
    expect(closest('de la')).toEqual([])
    expect(closest('   ')).toEqual([])
  })

  it('offers at most the limit, among 31 coops', () => {
    const many = Array.from({ length: 31 }, (_, i) => `Cooperativa ${i + 1}`)
    expect(closestNames(many, (name) => name, 'Cooperativo')).toHaveLength(3)
  })
})
