/**
 * i18next set up with the shipped catalog (i18next and react-i18next: the field's standard,
 * with plurals by the CLDR rules each language needs — Spanish has more forms than English).
 * Importing this module initialises it once; components use `useTranslation()`.
 */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { catalogFrom, languageName, SOURCE_LANGUAGE, type MessageTree, type ShippedLanguage } from './catalog'
import { initialLanguage, rememberLanguage } from './choice'

// The core's messages, the community pages' and every feature's, from its own folder: a new feature brings its
// locales/ and edits nothing here. Only JSON is imported, so the home page loads no feature code.
const catalog = catalogFrom(
  import.meta.glob(['./locales/*.json', '../community/locales/*.json', '../features/*/locales/*.json'], { eager: true, import: 'default' }),
)

/** Every language Plenary ships, English first, then by their own names. */
export const SHIPPED_LANGUAGES: readonly ShippedLanguage[] = [...catalog.entries()]
  .map(([code, tree]) => ({ code, name: languageName(code, tree) }))
  .sort((a, b) => (a.code === SOURCE_LANGUAGE ? -1 : b.code === SOURCE_LANGUAGE ? 1 : a.name.localeCompare(b.name)))

const resources = Object.fromEntries([...catalog.entries()].map(([code, tree]) => [code, { translation: tree }])) as Record<
  string,
  { translation: MessageTree }
>

void i18next.use(initReactI18next).init({
  resources,
  lng: initialLanguage(SHIPPED_LANGUAGES.map((language) => language.code)),
  fallbackLng: SOURCE_LANGUAGE,
  // React escapes what it renders; escaping here too would show "&amp;" in names.
  interpolation: { escapeValue: false },
  returnNull: false,
  react: { useSuspense: false },
})

/** Switches the language now and for later visits. */
export function changeLanguage(code: string): void {
  rememberLanguage(code)
  void i18next.changeLanguage(code)
}

/** Keeps `<html lang>` true, so screen readers pronounce the page in its language. */
i18next.on('languageChanged', (code) => {
  document.documentElement.lang = code
})
document.documentElement.lang = i18next.language

export { i18next }
