/**
 * A BoardStore whose commit of a batch of updates a test can hold, as a networked database
 * (PostgreSQL) holds the room while a batch waits for its commit, then let through or fail.
 */
import type { BoardStore } from '../persistence/types'

/** One held `appendUpdates` call. */
export interface HeldCommit {
  /** Resolves once a batch is waiting at the held commit. */
  readonly reached: Promise<void>
  /** Stores the waiting batch. */
  commit(): void
  /** Fails the waiting batch, as a lost database connection would; nothing of it is stored. */
  fail(): void
}

/** A store that can hold its next commit. */
export interface HoldableStore {
  readonly store: BoardStore
  /** Holds the next `appendUpdates` call until `commit()` or `fail()`. */
  hold(): HeldCommit
  /** Batches stored so far (counted when the inner store's commit has returned). */
  readonly commits: number
}

/** Wraps `inner` so that a test can hold its next commit. */
export function holdableStore(inner: BoardStore): HoldableStore {
  let gate: { reached: () => void; released: Promise<boolean> } | null = null
  let commits = 0
  const store: BoardStore = {
    ...inner,
    async appendUpdates(boardId, updates) {
      const held = gate
      gate = null
      if (held) {
        held.reached()
        if (!(await held.released)) throw new Error('the test failed this commit')
      }
      const seq = await inner.appendUpdates(boardId, updates)
      commits++
      return seq
    },
  }
  return {
    store,
    get commits() {
      return commits
    },
    hold() {
      let reached!: () => void
      let release!: (ok: boolean) => void
      const reachedPromise = new Promise<void>((resolve) => (reached = resolve))
      const released = new Promise<boolean>((resolve) => (release = resolve))
      gate = { reached, released }
      return { reached: reachedPromise, commit: () => release(true), fail: () => release(false) }
    },
  }
}
