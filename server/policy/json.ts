/**
 * Plain JSON values as the policy sees them: their size (what limits are expressed in), whether
 * a value is plain JSON at all, and equality. Values in a Y.Map are the same objects every time
 * they are read and are never mutated, so sizes are cached by identity: the policy and the
 * board tally measure each value once.
 */

const sizes = new WeakMap<object, number | null>()

function measure(value: unknown): number | null {
  try {
    const json = JSON.stringify(value)
    // undefined, functions and symbols have no JSON form.
    return json === undefined ? null : Buffer.byteLength(json, 'utf8')
  } catch {
    // A bigint or a cycle: not JSON.
    return null
  }
}

/** Bytes of `value` as UTF-8 JSON, or null when it has no JSON form. */
export function jsonByteSize(value: unknown): number | null {
  if (typeof value !== 'object' || value === null) return measure(value)
  const cached = sizes.get(value)
  if (cached !== undefined) return cached
  const size = measure(value)
  sizes.set(value, size)
  return size
}

/**
 * True when `value` is plain JSON data: null, booleans, finite numbers, strings, arrays and
 * plain objects of those. Lib0's encoding also carries undefined, bigints and byte arrays, and
 * Yjs can hold nested shared types; none of those belong in a board's maps.
 */
export function isPlainJson(value: unknown, depth = 0): boolean {
  if (depth > 64) return false
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.every((item) => isPlainJson(item, depth + 1))
  if (typeof value !== 'object') return false
  const prototype: unknown = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null) return false
  return Object.values(value).every((item) => isPlainJson(item, depth + 1))
}

/** Deep equality of JSON values (object key order does not matter). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((item, index) => jsonEqual(item, b[index]))
  }
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = Object.keys(left)
  if (keys.length !== Object.keys(right).length) return false
  return keys.every((key) => Object.hasOwn(right, key) && jsonEqual(left[key], right[key]))
}
