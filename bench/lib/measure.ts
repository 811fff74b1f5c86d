/** Small measuring helpers shared by the benchmark; kept apart so the runner reads as a script. */

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing')
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new Error('mean of nothing')
  return values.reduce((sum, v) => sum + v, 0) / values.length
}

/** The largest value; a loop, since spreading 150,000 latencies into Math.max overflows the stack. */
export function maximum(values: readonly number[]): number {
  if (values.length === 0) throw new Error('maximum of nothing')
  let largest = -Infinity
  for (const value of values) if (value > largest) largest = value
  return largest
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of nothing')
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

/** Wall time of `fn` in milliseconds, with its result. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now()
  const value = fn()
  return { ms: performance.now() - start, value }
}

/**
 * Full collections until heapUsed stops moving: one gc() can leave weak/finalizable garbage
 * for the next cycle, which would be charged to whatever we measure next.
 */
export function settleHeap(): number {
  const gc = globalThis.gc
  if (gc === undefined) return process.memoryUsage().heapUsed
  let previous = Number.POSITIVE_INFINITY
  for (let i = 0; i < 6; i++) {
    gc()
    const now = process.memoryUsage().heapUsed
    if (Math.abs(previous - now) < 64 * 1024) return now
    previous = now
  }
  return previous
}

/** JSON with sorted keys, so records read back from different layouts compare by content. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}
