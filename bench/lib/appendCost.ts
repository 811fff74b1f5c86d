/**
 * The raw cost of one `appendUpdate` in Plenary's SQLite store (WAL, synchronous=NORMAL), as
 * the room pays it before each broadcast: a fresh database in a temporary folder, one board,
 * and updates of a fixed size appended one after another, each timed on its own.
 */
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { openSqliteStore } from '../../server/persistence/sqlite'
import { tempDir } from '../../server/testing/testServer'

/** Microseconds one append took: median and 99th percentile over `samples`. */
export interface AppendCost {
  bytes: number
  samples: number
  p50Us: number
  p99Us: number
  meanUs: number
}

const WARMUP = 500

/** Times `samples` appends of `bytes`-byte updates (after a short warm-up). */
export async function measureAppendCost(bytes = 450, samples = 5000): Promise<AppendCost> {
  const dir = tempDir('plenary-append-')
  const store = openSqliteStore(join(dir, 'plenary.sqlite'))
  try {
    await store.createBoard({ id: 'append-bench', title: 'append cost', createdAt: new Date().toISOString() }, [])
    // Random bytes: SQLite stores blobs as they are, so their content does not matter.
    const updates = Array.from({ length: 64 }, () => new Uint8Array(randomBytes(bytes)))
    const times: number[] = []
    for (let i = 0; i < WARMUP + samples; i++) {
      const update = updates[i % updates.length] ?? new Uint8Array(bytes)
      const started = performance.now()
      await store.appendUpdate('append-bench', update)
      if (i >= WARMUP) times.push((performance.now() - started) * 1000)
    }
    times.sort((a, b) => a - b)
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0
    const round = (us: number) => Math.round(us * 10) / 10
    return {
      bytes,
      samples,
      p50Us: round(at(0.5)),
      p99Us: round(at(0.99)),
      meanUs: round(times.reduce((sum, t) => sum + t, 0) / times.length),
    }
  } finally {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
