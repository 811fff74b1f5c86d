/**
 * Whether the SQLite store can still store, checked the way it fails in practice: the file
 * deleted or replaced under the running server (an open connection keeps writing into the
 * unlinked file, and everything is gone at the next start), the disk full, or the disk
 * remounted read-only or failing (a real write fails). Asking SQLite alone would not do: it
 * answers reads from its cache and writes into a deleted file without complaint.
 */
import type Database from 'better-sqlite3'
import { statfsSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import { READY, type ReadinessCheck } from '../health/readiness'

/** Below this much free space a commit or a checkpoint may fail: stop taking work before it does. */
export const MIN_FREE_BYTES = 1024 * 1024

/** Free bytes for an unprivileged writer on the file system holding `dir`. */
function freeBytesOf(dir: string): number {
  const { bavail, bsize } = statfsSync(dir)
  return bavail * bsize
}

/**
 * The readiness check of the store on `db`, opened from `file` (':memory:' checks the write
 * only). Creates its one-row table; each check rewrites that row. `freeBytes` is for tests.
 */
export function sqliteReadiness(db: Database.Database, file: string, freeBytes: (dir: string) => number = freeBytesOf): ReadinessCheck {
  db.exec('CREATE TABLE IF NOT EXISTS health (id INTEGER PRIMARY KEY CHECK (id = 1), checked_at INTEGER NOT NULL)')
  const touch = db.prepare(
    'INSERT INTO health (id, checked_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at',
  )
  const onDisk = file !== ':memory:'
  const opened = onDisk ? statSync(file) : null
  return () => {
    try {
      if (opened) {
        // Throws ENOENT when the file or its folder was deleted.
        const current = statSync(file)
        if (current.ino !== opened.ino || current.dev !== opened.dev) throw new Error(`${file} is no longer the file this server opened`)
        const free = freeBytes(dirname(file))
        if (free < MIN_FREE_BYTES) throw new Error(`the disk holding ${file} is full (${free} bytes free)`)
      }
      touch.run(Date.now())
      return Promise.resolve(READY)
    } catch (cause) {
      return Promise.resolve({ ready: false, reason: 'sqlite', cause })
    }
  }
}
