/**
 * Every shipped language has every message of the source language, the same placeholders in
 * each, and nothing the source does not have; plural forms follow each language's own rules.
 * Checked on the merged catalog (the core's files and every feature's), and every feature
 * folder ships the languages the core does.
 */
import { describe, expect, it } from 'vitest'
import { catalogFrom, flatKeys, languageOfPath, messageAt, SOURCE_LANGUAGE } from './catalog'
import { localeFolders, readLocaleFiles } from './localeFiles'

const catalog = catalogFrom(readLocaleFiles())
const source = catalog.get(SOURCE_LANGUAGE) ?? {}
const PLURAL_SUFFIXES = ['_zero', '_one', '_two', '_few', '_many', '_other'] as const

/** A key without its plural suffix ("notes_one" → "notes"), so languages with other forms compare. */
function baseKey(key: string): string {
  const suffix = PLURAL_SUFFIXES.find((s) => key.endsWith(s))
  return suffix ? key.slice(0, -suffix.length) : key
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1] ?? '').sort()
}

function pluralForms(language: string): string[] {
  return new Intl.PluralRules(language).resolvedOptions().pluralCategories.map((category) => `_${category}`)
}

function languagesIn(folder: string): string[] {
  return Object.keys(readLocaleFiles([folder]))
    .map((path) => languageOfPath(path) ?? path)
    .sort()
}

describe('shipped languages', () => {
  it('include English and Spanish', () => {
    expect([...catalog.keys()].sort()).toEqual(expect.arrayContaining(['en', 'es']))
  })

  it('are the same in every feature folder as in the core', () => {
    const [core = '', ...features] = localeFolders()
    expect(features.length).toBeGreaterThan(0)
    for (const folder of features) expect({ folder, languages: languagesIn(folder) }).toEqual({ folder, languages: languagesIn(core) })
  })

  for (const [language, tree] of catalog) {
    if (language === SOURCE_LANGUAGE) continue
    describe(language, () => {
      const keys = new Set(flatKeys(tree))
      const bases = new Set([...keys].map(baseKey))

      it('has every message of the source language', () => {
        const missing = flatKeys(source).filter((key) => (key === baseKey(key) ? !keys.has(key) : !bases.has(baseKey(key))))
        expect(missing).toEqual([])
      })

      it('has no message the source language lacks', () => {
        const sourceBases = new Set(flatKeys(source).map(baseKey))
        expect([...keys].filter((key) => !sourceBases.has(baseKey(key)))).toEqual([])
      })

      it('has every plural form its own rules need', () => {
        const pluralBases = new Set(
          flatKeys(source)
            .filter((key) => key !== baseKey(key))
            .map(baseKey),
        )
        const missing = [...pluralBases].flatMap((base) =>
          pluralForms(language)
            .filter((suffix) => !keys.has(`${base}${suffix}`))
            // i18next falls back to `_other` for a form a language only uses with huge numbers.
            .filter((suffix) => suffix !== '_many' || !keys.has(`${base}_other`))
            .map((suffix) => `${base}${suffix}`),
        )
        expect(missing).toEqual([])
      })

      it('uses the same placeholders as the source in each message', () => {
        const mismatched = flatKeys(tree).filter((key) => {
          const own = messageAt(tree, key) ?? ''
          const sourceText = messageAt(source, key) ?? messageAt(source, `${baseKey(key)}_other`) ?? ''
          return placeholders(own).join() !== placeholders(sourceText).join()
        })
        expect(mismatched).toEqual([])
      })
    })
  }
})
