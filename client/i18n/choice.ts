/**
 * Which language to show: the one the person chose in the app, else the first of the
 * browser's preferred languages that Plenary ships (matching "es-AR" to "es"), else English.
 */
import { browserStorage, type KeyValueStorage } from '../lib/storage'
import { matchLanguage } from '../../shared/text/language'

/** localStorage key of the person's own choice. */
export const LANGUAGE_STORAGE_KEY = 'plenary:language'

/** The language to start with. */
export function initialLanguage(
  shipped: readonly string[],
  preferred: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
  storage: KeyValueStorage = browserStorage(),
): string {
  const chosen = storage.getItem(LANGUAGE_STORAGE_KEY)
  if (chosen && shipped.includes(chosen)) return chosen
  return matchLanguage(preferred, shipped)
}

/** Remembers the person's choice for their next visit. */
export function rememberLanguage(code: string, storage: KeyValueStorage = browserStorage()): void {
  storage.setItem(LANGUAGE_STORAGE_KEY, code)
}
