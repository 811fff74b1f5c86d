/**
 * The minutes' words in the reader's language. The core declares its words in
 * ./minutes.locales.ts and each feature its own next to its minutes code (its DocFeature's
 * `minutes.messages`), so this module names no feature. One i18next instance per language
 * and feature list, made synchronously from these resources: i18next gives the plural forms
 * each language's CLDR rules need and falls back to English for a missing word.
 */
import { createInstance } from 'i18next'
import type { DocFeature } from '../feature'
import { FALLBACK_LANGUAGE, matchLanguage } from '../text/language'
import { CORE_MINUTES_MESSAGES } from './minutes.locales'

/** Messages: nested objects whose leaves are strings; plurals as `key_one`, `key_other`, … */
export interface MinutesMessageTree {
  readonly [key: string]: string | MinutesMessageTree
}

/** One owner's messages by language code: `{ en: { decisions: { … } }, es: { … } }`. */
export type MinutesLocales = Readonly<Record<string, MinutesMessageTree>>

/** Values put into a message: `{{count}}` also picks the plural form. */
export type MinutesValues = Readonly<Record<string, string | number>>

/** A message of the minutes in the context's language, by its dotted key. */
export type MinutesTranslate = (key: string, values?: MinutesValues) => string

/** Every owner's messages: the core's, then each feature's, in the features' order. */
export function minutesLocales(features: readonly DocFeature[]): MinutesLocales[] {
  return [CORE_MINUTES_MESSAGES, ...features.flatMap((feature) => (feature.minutes?.messages ? [feature.minutes.messages] : []))]
}

/** The languages the minutes are written in: those the core ships, English first. */
export function minutesLanguages(): string[] {
  return Object.keys(CORE_MINUTES_MESSAGES).sort((a, b) =>
    a === FALLBACK_LANGUAGE ? -1 : b === FALLBACK_LANGUAGE ? 1 : a.localeCompare(b),
  )
}

/** The language to write the minutes in for a reader who prefers `preferred` (tags, most preferred first). */
export function minutesLanguage(preferred: readonly string[]): string {
  return matchLanguage(preferred, minutesLanguages())
}

/**
 * Every language's messages merged from `locales`. Each top-level key belongs to one owner: a
 * second owner declaring it throws here, when the first translator for that feature list is
 * made, so a feature never silently replaces another's words (translate.test.ts makes the
 * board's translator, so a clash fails the tests).
 */
export function mergeMinutesLocales(locales: readonly MinutesLocales[]): Map<string, Record<string, MinutesMessageTree | string>> {
  const merged = new Map<string, Record<string, MinutesMessageTree | string>>()
  for (const owner of locales) {
    for (const [language, tree] of Object.entries(owner)) {
      const into = merged.get(language) ?? {}
      for (const [key, messages] of Object.entries(tree)) {
        if (key in into) throw new Error(`The minutes' message key "${key}" (${language}) is declared twice`)
        into[key] = messages
      }
      merged.set(language, into)
    }
  }
  return merged
}

/**
 * `tree` with a `_many` form wherever a key has `_other` and no `_many`. CLDR gives some
 * languages a `many` category for large round numbers (Spanish, French, Italian, Portuguese:
 * 1,000,000 is "many"), and i18next looks up `key_many` then the fallback language, never
 * `key_other` of the same language, so "1000000 notes" would come out in English.
 */
function withManyForms(tree: MinutesMessageTree): MinutesMessageTree {
  const out: Record<string, string | MinutesMessageTree> = {}
  for (const [key, value] of Object.entries(tree)) {
    out[key] = typeof value === 'string' ? value : withManyForms(value)
    const base = key.endsWith('_other') ? key.slice(0, -'_other'.length) : null
    if (base !== null && typeof value === 'string' && !(`${base}_many` in tree)) out[`${base}_many`] = value
  }
  return out
}

const translators = new WeakMap<readonly DocFeature[], Map<string, MinutesTranslate>>()

/** The minutes' messages of `features` in `language` (a shipped one; anything else reads as English). */
export function minutesTranslator(language: string, features: readonly DocFeature[]): MinutesTranslate {
  const known = translators.get(features) ?? new Map<string, MinutesTranslate>()
  translators.set(features, known)
  const cached = known.get(language)
  if (cached) return cached
  const resources = Object.fromEntries(
    [...mergeMinutesLocales(minutesLocales(features))].map(([code, tree]) => [code, { translation: withManyForms(tree) }]),
  )
  const instance = createInstance()
  void instance.init({
    resources,
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    // Synchronous: the resources are here, and the minutes are one pure function.
    initAsync: false,
    // Values are Markdown the sections escaped already; HTML escaping would show "&amp;".
    interpolation: { escapeValue: false },
    nsSeparator: false,
    returnNull: false,
  })
  // The browser's UI declares its own keys to the compiler (client/i18n/types.ts); the minutes'
  // keys are another set, checked by the tests, so the instance's `t` is read as a plain lookup.
  const t = instance.t.bind(instance) as unknown as (key: string, values?: MinutesValues) => string
  const translate: MinutesTranslate = (key, values) => t(key, values)
  known.set(language, translate)
  return translate
}
