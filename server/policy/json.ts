/**
 * Plain JSON values as the policy sees them: their size (what limits are expressed in) and
 * whether a value is plain JSON at all (equality is shared/jsonEqual.ts). Values in a Y.Map are
 * the same objects every time they are read and are never mutated, so sizes are cached by
 * identity: the policy and the board tally measure each value once.
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
