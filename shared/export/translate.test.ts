/**
 * Every language the minutes are written in has every word of every owner (the core's and
 * each feature's), with the same placeholders, the plural forms its own rules need, and
 * nothing English lacks; the words of one owner never replace another's.
 */
import { describe, expect, it } from 'vitest'
import { DOC_FEATURES } from '../features'
import {
  mergeMinutesLocales,
  minutesLanguage,
  minutesLanguages,
  minutesLocales,
  minutesTranslator,
  type MinutesMessageTree,
} from './translate'

const PLURAL_SUFFIXES = ['_zero', '_one', '_two', '_few', '_many', '_other'] as const

function flatKeys(tree: MinutesMessageTree, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : flatKeys(value, `${prefix}${key}.`)))
    .sort()
}

function messageAt(tree: MinutesMessageTree, path: string): string | undefined {
  let node: string | MinutesMessageTree | undefined = tree
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined
  return typeof node === 'string' ? node : undefined
}

function baseKey(key: string): string {
  const suffix = PLURAL_SUFFIXES.find((s) => key.endsWith(s))
  return suffix ? key.slice(0, -suffix.length) : key
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1] ?? '').sort()
}

/**
 * The forms a language needs; `_many` only where `_other` is missing too, because
 * minutesTranslator fills a missing `_many` from `_other` (i18next would not).
 */
function missingPluralForms(language: string, keys: ReadonlySet<string>, base: string): string[] {
  return new Intl.PluralRules(language)
    .resolvedOptions()
    .pluralCategories.map((category) => `${base}_${category}`)
    .filter((key) => !keys.has(key) && !(key.endsWith('_many') && keys.has(`${base}_other`)))
}

const owners = minutesLocales(DOC_FEATURES)
const merged = mergeMinutesLocales(owners)
const source = merged.get('en') ?? {}

describe('the minutes’ languages', () => {
  it('are English and Spanish, shipped by every owner of words', () => {
    expect(minutesLanguages()).toEqual(['en', 'es'])
    expect(owners.length).toBeGreaterThan(5)
    for (const owner of owners) expect(Object.keys(owner).sort()).toEqual(['en', 'es'])
  })

  for (const language of minutesLanguages().filter((code) => code !== 'en')) {
    describe(language, () => {
      const tree = merged.get(language) ?? {}
      const keys = new Set(flatKeys(tree))
      const sourceKeys = flatKeys(source)

      it('has every word English has, and nothing English lacks', () => {
        expect(
          sourceKeys.filter((key) => (key === baseKey(key) ? !keys.has(key) : ![...keys].some((k) => baseKey(k) === baseKey(key)))),
        ).toEqual([])
        const sourceBases = new Set(sourceKeys.map(baseKey))
        expect([...keys].filter((key) => !sourceBases.has(baseKey(key)))).toEqual([])
      })

      it('has the plural forms its own rules need', () => {
        const bases = new Set(sourceKeys.filter((key) => key !== baseKey(key)).map(baseKey))
        expect([...bases].flatMap((base) => missingPluralForms(language, keys, base))).toEqual([])
      })

      it('uses the same placeholders as English in each message', () => {
        const mismatched = [...keys].filter((key) => {
          const english = messageAt(source, key) ?? messageAt(source, `${baseKey(key)}_other`) ?? ''
          return placeholders(messageAt(tree, key) ?? '').join() !== placeholders(english).join()
        })
        expect(mismatched).toEqual([])
      })
    })
  }

  it('refuses a second owner of one top-level key', () => {
    expect(() => mergeMinutesLocales([{ en: { votes: { title: 'Votes' } } }, { en: { votes: { other: 'x' } } }])).toThrow(
      '"votes" (en) is declared twice',
    )
  })

  it('picks the reader’s language by tag or base, and English for any other', () => {
    expect(minutesLanguage(['es-MX'])).toBe('es')
    expect(minutesLanguage(['ja', 'el'])).toBe('en')
  })

  it('chooses plural forms by count, and falls back to English for a missing word', () => {
    const es = minutesTranslator('es', DOC_FEATURES)
    expect(es('minutes.notes', { count: 1 })).toBe('1 nota')
    expect(es('minutes.notes', { count: 31 })).toBe('31 notas')
    // Spanish rules call 1,000,000 "many"; Spanish has no `_many` form, so its `_other` is used.
    expect(es('minutes.notes', { count: 1_000_000 })).toBe('1000000 notas')
    const partial = minutesTranslator('es', [{ id: 'partial', minutes: { messages: { en: { partial: { hello: 'Hello' } }, es: {} } } }])
    expect(partial('partial.hello')).toBe('Hello')
  })
})
