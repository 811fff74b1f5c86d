/**
 * The translations Plenary ships: one JSON file per language in ./locales for the core, and
 * one per language in each feature's own `locales/` folder, all found at build time, so adding
 * a language is adding its files and adding a feature edits nothing here (see README "Adding a
 * language"). English is the source: every other language must have the same keys
 * (locales.test.ts fails otherwise).
 */

/** A message tree: nested objects whose leaves are strings. */
export interface MessageTree {
  [key: string]: string | MessageTree
}

/** The language every other falls back to, and the source of the keys. */
export const SOURCE_LANGUAGE = 'en'

/** A shipped language: its code and its own name for itself ("Español"). */
export interface ShippedLanguage {
  code: string
  name: string
}

function isTree(value: unknown): value is MessageTree {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The language code of a locale file path: "./locales/es.json" → "es", "./locales/pt-BR.json" → "pt-BR". */
export function languageOfPath(path: string): string | null {
  const match = /\/([a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})?)\.json$/.exec(path)
  return match?.[1] ?? null
}

/**
 * The messages by language from the locale files Vite (or a test) found, keyed by path, the
 * files of one language merged into one tree. Each top-level key belongs to one file: a second
 * file declaring it throws, so a feature can never silently replace another's messages.
 */
export function catalogFrom(modules: Record<string, unknown>): Map<string, MessageTree> {
  const catalog = new Map<string, MessageTree>()
  const declaredIn = new Map<string, string>()
  for (const [path, module] of Object.entries(modules)) {
    const tree = isTree(module) && isTree(module.default) ? module.default : module
    const language = languageOfPath(path)
    if (!language || !isTree(tree)) continue
    const merged = catalog.get(language) ?? {}
    for (const [key, messages] of Object.entries(tree)) {
      const earlier = declaredIn.get(`${language}:${key}`)
      if (earlier) throw new Error(`The message key "${key}" (${language}) is declared in both ${earlier} and ${path}`)
      declaredIn.set(`${language}:${key}`, path)
      merged[key] = messages
    }
    catalog.set(language, merged)
  }
  return catalog
}

/** Every key of a tree, as dotted paths ("breakouts.timer.paused"), sorted. */
export function flatKeys(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]) => (isTree(value) ? flatKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`]))
    .sort()
}

/** The value at a dotted path, or undefined. */
export function messageAt(tree: MessageTree, path: string): string | undefined {
  let node: string | MessageTree | undefined = tree
  for (const part of path.split('.')) {
    if (!isTree(node)) return undefined
    node = node[part]
  }
  return typeof node === 'string' ? node : undefined
}

/** The language's own name, from its file's `language.name`, or its code. */
export function languageName(code: string, tree: MessageTree): string {
  return messageAt(tree, 'language.name') ?? code
}
