/**
 * Runs SQLite's WAL checkpoints on a worker thread. By default SQLite checkpoints inside the
 * commit that fills the WAL (every ~1,000 pages): better-sqlite3 is synchronous, so that
 * commit copied the WAL into the database and synced it on the event loop, stalling every
 * board for milliseconds (seen up to 170 ms on a busy disk). A passive checkpoint from a
 * second connection runs alongside the writer and never blocks it.
 */
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

/** A running checkpointer. */
export interface Checkpointer {
  /** Stops the worker; the caller then checkpoints once itself before closing. */
  stop(): Promise<void>
}

// Plain JavaScript evaluated in the worker, so it runs the same under tsx and without it.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.file)
db.pragma('busy_timeout = 1000')
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)')
  } catch (error) {
    parentPort.postMessage({ error: String(error) })
  }
}, workerData.intervalMs)
parentPort.on('message', () => {
  clearInterval(timer)
  db.close()
  parentPort.close()
})
`

/**
 * Starts checkpointing `file` every `intervalMs` on a worker thread. `onFailure` is called
 * once if the worker fails; the caller should then let SQLite checkpoint by itself again.
 */
export function startCheckpointer(file: string, intervalMs: number, onFailure: (error: unknown) => void): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, intervalMs, driver } })
  let failed = false
  const fail = (error: unknown) => {
    if (failed) return
    failed = true
    onFailure(error)
  }
  worker.on('message', (message: { error?: string }) => fail(new Error(message.error ?? 'checkpoint failed')))
  worker.on('error', fail)
  // A checkpointer must never keep the process alive.
  worker.unref()
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
  return {
    async stop() {
      worker.postMessage('stop')
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000).unref())])
      await worker.terminate()
    },
  }
}
