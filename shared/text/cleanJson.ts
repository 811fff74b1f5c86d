/**
 * Every export's last step for JSON: the same cleaning as {@link stripUnseen}, applied to
 * every string of a value (object keys too), so a file that leaves Plenary carries no
 * control characters or bidirectional overrides, whatever record or field they hid in.
 */
import { stripUnseen } from './clean'

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

function clean(value: unknown): unknown {
  if (typeof value === 'string') return stripUnseen(value)
  if (Array.isArray(value)) return value.map(clean)
  if (typeof value === 'object' && value !== null && isPlainObject(value)) {
    const out: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(value)) {
      // defineProperty, not assignment: a key "__proto__" stays an ordinary key.
      Object.defineProperty(out, stripUnseen(key), { value: clean(child), enumerable: true, writable: true, configurable: true })
    }
    return out
  }
  return value
}

/**
 * A copy of the JSON value `value` with {@link stripUnseen} applied to every string and
 * object key, at any depth; numbers, booleans and null unchanged, the input untouched.
 * Values that are not plain JSON (a Date, a typed array) are kept as they are.
 */
export function stripUnseenDeep<T>(value: T): T {
  // The copy has the same shape as the input, strings only shorter: it is still a T.
  return clean(value) as T
}
