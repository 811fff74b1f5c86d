/**
 * Translations for unit tests in Node: a separate i18next instance over the shipped files,
 * so view logic that takes a `t` can be tested in English (or any shipped language).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInstance, type TFunction } from 'i18next'
import { catalogFrom, SOURCE_LANGUAGE } from './catalog'

function load(folder: string): Record<string, unknown> {
  const path = join(import.meta.dirname, folder)
  const files = readdirSync(path).filter((name) => name.endsWith('.json'))
  return Object.fromEntries(files.map((name) => [`./${folder}/${name}`, { default: JSON.parse(readFileSync(join(path, name), 'utf8')) as unknown }]))
}

/** A `t` for `language`, initialised synchronously. */
export function testTranslator(language: string = SOURCE_LANGUAGE): TFunction {
  const catalog = catalogFrom(load('locales'))
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
