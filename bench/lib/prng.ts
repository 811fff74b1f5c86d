/**
 * Seeded pseudo-random numbers so every run of the layout benchmark builds the same notes
 * and makes the same moves: sizes must be comparable across runs and machines.
 */

export interface Rng {
  /** Uniform float in [0, 1); a function property, so that it can stand in for Math.random. */
  next: () => number
  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  /** Random string over tldraw's id alphabet, so ids have the length and entropy of real ones. */
  id(length: number): string
}

/** mulberry32: tiny, fast, good enough for workload generation (not for anything secret). */
export function createRng(seed: number): Rng {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)]
      if (item === undefined) throw new Error('pick from an empty list')
      return item
    },
    id: (length) => {
      let out = ''
      for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)]
      return out
    },
  }
}

/**
 * Runs `fn` with Math.random replaced by a seeded generator. tldraw's index keys are
 * "jittered" with Math.random (outside NODE_ENV=test); seeding them keeps the keys in the
 * real production format while making snapshot sizes reproducible.
 */
export function withSeededMathRandom<T>(rng: Rng, fn: () => T): T {
  const original = Math.random
  Math.random = rng.next
  try {
    return fn()
  } finally {
    Math.random = original
  }
}
