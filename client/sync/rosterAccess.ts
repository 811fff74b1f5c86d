/**
 * The coop roster of an open board, for the corners features: the roster as the document
 * holds it (observed, so lists stay live), the document's records for planning an import or a
 * new corner, and the one way to write a plan. Plain module over the Y.Doc; the React hook
 * (useRoster.ts) only subscribes.
 *
 * Records are read from the Y.Doc, not from the tldraw store, on purpose: a plan is computed
 * and written in the same synchronous step against the same document, so the roster, the
 * existing corners and the occupied areas it plans around are exactly what it writes over
 * (the store can lag the document by a microtask for remote changes); and the shared planners
 * take records as the plain JSON the document holds.
 */
import type * as Y from 'yjs'
import { asStoredRecord, recordsMap, type StoredRecord } from '../../shared/boardDoc'
import { applyRosterPlan, readRoster } from '../../shared/corners/applyPlan'
import type { RosterPlan } from '../../shared/corners/importPlan'
import { ROSTER_MAP, type Coop } from '../../shared/corners/roster'
import { FEATURE_ORIGIN } from './origins'

/** Least time between two record notifications, in ms (see {@link RosterAccess.subscribeRecords}). */
export const RECORDS_NOTIFY_INTERVAL_MS = 250

/** The roster and records of one board document; see {@link createRosterAccess}. */
export interface RosterAccess {
  /** The roster now, validated; the same array until the roster changes. */
  getRoster(): readonly Coop[]
  /** Calls `listener` after every change of the roster; returns the unsubscribe. */
  subscribe(listener: () => void): () => void
  /** Every record in the document now, as plain JSON. */
  getRecords(): StoredRecord[]
  /**
   * Calls `listener` after records change, at most once per {@link RECORDS_NOTIFY_INTERVAL_MS}
   * (with a trailing call): dragging a note rewrites it 60 times a second, and counts of notes
   * need nowhere near that. Returns the unsubscribe.
   */
  subscribeRecords(listener: () => void): () => void
  /** False for a view-only session: the server drops its writes, so it makes none. */
  readonly canWrite: boolean
  /** Writes `plan` in one transaction; false (and nothing written) when `canWrite` is false. */
  apply(plan: RosterPlan): boolean
  /** Stops observing the document and drops every listener. */
  destroy(): void
}

/** Options of {@link createRosterAccess}. */
export interface RosterAccessOptions {
  canWrite: boolean
  /** For tests; defaults to {@link RECORDS_NOTIFY_INTERVAL_MS}. */
  recordsIntervalMs?: number
}

/** Opens the roster of `doc`. Call `destroy` before the document goes away. */
export function createRosterAccess(doc: Y.Doc, options: RosterAccessOptions): RosterAccess {
  const rosterMap = doc.getMap<unknown>(ROSTER_MAP)
  const records = recordsMap(doc)
  const intervalMs = options.recordsIntervalMs ?? RECORDS_NOTIFY_INTERVAL_MS
  const rosterListeners = new Set<() => void>()
  const recordListeners = new Set<() => void>()
  let roster: readonly Coop[] = readRoster(doc)
  let timer: ReturnType<typeof setTimeout> | null = null
  let lastNotified = -Infinity
  let destroyed = false

  const onRosterChange = (): void => {
    roster = readRoster(doc)
    for (const listener of [...rosterListeners]) listener()
  }

  const notifyRecords = (): void => {
    timer = null
    lastNotified = Date.now()
    for (const listener of [...recordListeners]) listener()
  }

  const onRecordsChange = (): void => {
    if (timer !== null || recordListeners.size === 0) return
    const wait = lastNotified + intervalMs - Date.now()
    timer = setTimeout(notifyRecords, Math.max(0, wait))
  }

  rosterMap.observe(onRosterChange)
  records.observe(onRecordsChange)

  return {
    getRoster: () => roster,
    subscribe(listener) {
      rosterListeners.add(listener)
      return () => {
        rosterListeners.delete(listener)
      }
    },
    getRecords() {
      const list: StoredRecord[] = []
      records.forEach((value) => {
        const record = asStoredRecord(value)
        if (record) list.push(record)
      })
      return list
    },
    subscribeRecords(listener) {
      recordListeners.add(listener)
      return () => {
        recordListeners.delete(listener)
      }
    },
    canWrite: options.canWrite,
    apply(plan) {
      if (!options.canWrite || destroyed) return false
      applyRosterPlan(doc, plan, FEATURE_ORIGIN)
      return true
    },
    destroy() {
      if (destroyed) return
      destroyed = true
      rosterMap.unobserve(onRosterChange)
      records.unobserve(onRecordsChange)
      if (timer !== null) clearTimeout(timer)
      timer = null
      rosterListeners.clear()
      recordListeners.clear()
    },
  }
}
