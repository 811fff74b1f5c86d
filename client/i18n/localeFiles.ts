/**
 * The shipped locale files read from disk, for tests in Node (Vite's glob in i18n.ts exists
 * only in a build). Keyed by path from client/i18n, as the glob keys them, so both feed the
 * same `catalogFrom`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const I18N_DIR = import.meta.dirname

/** The folders holding locale files, from client/i18n: the core's, the community pages', then each feature's. */
export function localeFolders(): string[] {
  const features = join(I18N_DIR, '../features')
  const featureFolders = readdirSync(features, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(features, entry.name, 'locales')))
    .map((entry) => `../features/${entry.name}/locales`)
    .sort()
  return ['./locales', '../community/locales', ...featureFolders]
}

/** The JSON files of the given folders, keyed by path ("../features/stage/locales/es.json"). */
export function readLocaleFiles(folders: readonly string[] = localeFolders()): Record<string, unknown> {
  return Object.fromEntries(
    folders.flatMap((folder) =>
      readdirSync(join(I18N_DIR, folder))
        .filter((name) => name.endsWith('.json'))
        .map((name) => [`${folder}/${name}`, { default: JSON.parse(readFileSync(join(I18N_DIR, folder, name), 'utf8')) as unknown }]),
    ),
  )
}
