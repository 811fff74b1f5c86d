/**
 * Translations for unit tests in Node: a separate i18next instance over the shipped files (the
 * core's and every feature's), so view logic that takes a `t` can be tested in English (or any
 * shipped language).
 */
import { createInstance, type TFunction } from 'i18next'
import { catalogFrom, SOURCE_LANGUAGE } from './catalog'
import { readLocaleFiles } from './localeFiles'

/** A `t` for `language`, initialised synchronously. */
export function testTranslator(language: string = SOURCE_LANGUAGE): TFunction {
  const catalog = catalogFrom(readLocaleFiles())
  const instance = createInstance()
  void instance.init({
    resources: Object.fromEntries([...catalog].map(([code, tree]) => [code, { translation: tree }])),
    lng: language,
    fallbackLng: SOURCE_LANGUAGE,
    interpolation: { escapeValue: false },
    initAsync: false,
  })
  return instance.t
}
