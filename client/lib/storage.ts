/**
 * Safe access to the browser's localStorage. Storage can be disabled, full or throw in
 * private windows; none of that may break the app, so every access is guarded and the
 * values read are `unknown` until a caller validates them.
 */

/** The part of the Web Storage API Plenary uses, so tests can pass an in-memory fake. */
export interface KeyValueStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

/** An in-memory storage: the fallback when localStorage is unavailable, and a test double. */
export function memoryStorage(): KeyValueStorage {
  const values = new Map<string, string>()
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  }
}

let cached: KeyValueStorage | null = null

/**
 * The browser's localStorage, or an in-memory stand-in when it cannot be used (then names
 * and history last until the tab closes, which is better than a broken page).
 */
export function browserStorage(): KeyValueStorage {
  if (cached) return cached
  try {
    const storage = window.localStorage
    const probe = '__plenary_probe__'
    storage.setItem(probe, probe)
    storage.removeItem(probe)
    cached = storage
  } catch {
    cached = memoryStorage()
  }
  return cached
}

/** Reads and parses a JSON value; `undefined` when it is missing or not valid JSON. */
export function readJson(storage: KeyValueStorage, key: string): unknown {
  try {
    const raw = storage.getItem(key)
    return raw === null ? undefined : (JSON.parse(raw) as unknown)
  } catch {
    return undefined
  }
}

/** Stores a value as JSON; false when the browser refused (quota, disabled storage). */
export function writeJson(storage: KeyValueStorage, key: string, value: unknown): boolean {
  try {
    storage.setItem(key, JSON.stringify(value))
    return true
  } catch {
    return false
  }
}
