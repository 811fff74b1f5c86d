import { describe, expect, it } from 'vitest'
import { coopIdFor } from '../corners/roster'
import { foldForMatch, foldedWords, matchKey, stripAccents } from './fold'

describe('foldForMatch', () => {
  it('folds case and accents, and the letters Unicode does not decompose', () => {
    expect(foldForMatch('Spółdzielnia Kodu')).toBe('spoldzielnia kodu')
    expect(foldForMatch('Øresund Data')).toBe('oresund data')
    expect(foldForMatch('Straße')).toBe('strasse')
    expect(foldForMatch('STRAẞE')).toBe('strasse')
    expect(foldForMatch('Đorđe Ðurić')).toBe('dorde duric')
    expect(foldForMatch('Æbeltoft Œuvre')).toBe('aebeltoft oeuvre')
    expect(foldForMatch('Iğdır Þing')).toBe('igdir thing')
    expect(foldForMatch('ŁÓDŹ')).toBe('lodz')
  })

  it('keeps Greek and Cyrillic matchable by their own letters, accents folded', () => {
    expect(foldForMatch('Συνεταιρισμός Κώδικα')).toBe('συνεταιρισμος κωδικα')
    expect(foldForMatch('Кооператив Йошкар')).toBe('кооператив иошкар')
  })

  it('leaves the marks of other scripts, where they change the word', () => {
    expect(foldForMatch('コード協同組合')).toBe('コード協同組合')
    expect(foldForMatch('コード')).not.toBe(foldForMatch('コート'))
    expect(foldForMatch('東京テック')).toBe('東京テック')
  })
})

describe('matchKey and foldedWords', () => {
  it('gives one key to names people would call the same', () => {
    expect(matchKey('Spółdzielnia Kodu')).toBe(matchKey('spoldzielnia  kodu'))
    expect(matchKey('SPOLDZIELNIA-KODU!')).toBe('spoldzielnia-kodu')
    expect(matchKey('Κώδικας Συνεταιρισμός')).toBe('κωδικας-συνεταιρισμος')
  })

  it('splits folded text into words of any script', () => {
    expect(foldedWords('Tecnologías Libres, S.Coop.')).toEqual(['tecnologias', 'libres', 's', 'coop'])
    expect(foldedWords('東京 テック')).toEqual(['東京', 'テック'])
  })
})

describe('coop ids stay as boards stored them', () => {
  it('gives the ids it always gave for names without undecomposed letters', () => {
    const ids: [string, string][] = [
      ['Cooperativa Súr', 'cooperativa-sur'],
      ['Kōdo Kyōdō Kumiai', 'kodo-kyodo-kumiai'],
      ['Tecnologías Libres', 'tecnologias-libres'],
      ['Συνεταιρισμός Κώδικα', 'συνεταιρισμος-κωδικα'],
      ['Кооператив «Йошкар»', 'кооператив-иошкар'],
      ['東京テック協同組合', '東京テック協同組合'],
      ['コード', 'コード'],
      ['  !!  ', 'coop'],
    ]
    for (const [name, id] of ids) expect(coopIdFor(name), name).toBe(id)
  })

  it('keeps ł, ø and ß in ids, so coops stored with them keep their key', () => {
    expect(coopIdFor('Spółdzielnia Kodu')).toBe('społdzielnia-kodu')
    expect(coopIdFor('Øresund Data')).toBe('øresund-data')
    expect(coopIdFor('Straße Kollektiv')).toBe('straße-kollektiv')
  })

  it('strips accents only, without lowering', () => {
    expect(stripAccents('Súr Κώδικα Ł')).toBe('Sur Κωδικα Ł')
  })
})
