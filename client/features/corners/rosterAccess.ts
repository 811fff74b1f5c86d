/**
 * The coop roster of an open board, for the corners features: the roster as the document
 * holds it (observed, so lists stay live), the document's records for planning an import or a
 * new corner, and the one way to write a plan. Plain module over the board's {@link FeatureDoc};
 * the React hooks (useRosterAccess.ts, useRoster.ts) only create it and subscribe.
 *
 * Records are read from the Y.Doc, not from the tldraw store, on purpose: a plan is computed
 * and written in the same synchronous step against the same document, so the roster, the
 * existing corners and the occupied areas it plans around are exactly what it writes over
 * (the store can lag the document by a microtask for remote changes); and the shared planners
 * take records as the plain JSON the document holds.
 */
import { RECORDS_MAP, type StoredRecord } from '../../../shared/boardDoc'
import { applyRosterPlan, readRoster } from '../../../shared/corners/applyPlan'
import { applyCoopEdit, type CoopEdit } from '../../../shared/corners/coopEdit'
import type { RosterPlan } from '../../../shared/corners/importPlan'
import { ROSTER_MAP, type Coop } from '../../../shared/corners/roster'
import { trailingThrottle } from '../../lib/throttle'
import type { FeatureDoc } from '../../sync/featureDoc'
import { FEATURE_ORIGIN } from '../../sync/origins'

/** Least time between two record notifications, in ms (see {@link RosterAccess.subscribeRecords}). */
export const RECORDS_NOTIFY_INTERVAL_MS = 250

const ROSTER_MAPS: readonly string[] = [ROSTER_MAP]
const RECORDS_MAPS: readonly string[] = [RECORDS_MAP]

/** The roster and records of one board document; see {@link createRosterAccess}. */
export interface RosterAccess {
  /** The roster now, validated; the same array until the roster changes. */
  getRoster: () => readonly Coop[]
  /** Calls `listener` after every change of the roster; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void
  /** Every record in the document now, as plain JSON. */
  getRecords: () => StoredRecord[]
  /**
   * Calls `listener` after records change, at most once per {@link RECORDS_NOTIFY_INTERVAL_MS}
   * (with a trailing call): dragging a note rewrites it 60 times a second, and counts of notes
   * need nowhere near that. Returns the unsubscribe.
   */
  subscribeRecords: (listener: () => void) => () => void
  /**
   * The records as of the latest report to {@link subscribeRecords} listeners: the same array
   * until the next report, for React's useSyncExternalStore. Reports are made whether or not
   * any listens, so a snapshot read before subscribing is replaced after a change made in between.
   */
  recordsSnapshot: () => readonly StoredRecord[]
  /** False for a view-only session: the server drops its writes, so it makes none. */
  readonly canWrite: boolean
  /** Writes `plan` in one transaction; false (and nothing written) when `canWrite` is false. */
  apply: (plan: RosterPlan) => boolean
  /** Writes a clean-up (rename, merge, remove, or its undo) in one transaction; false when `canWrite` is false. */
  applyEdit: (edit: CoopEdit) => boolean
  /** Stops observing the document and drops every listener (the FeatureDoc stays open). */
  destroy: () => void
}

/** Options of {@link createRosterAccess}. */
export interface RosterAccessOptions {
  /** For tests; defaults to {@link RECORDS_NOTIFY_INTERVAL_MS}. */
  recordsIntervalMs?: number
}

/** Opens the roster of the board behind `features`. Call `destroy` before `features` goes away. */
export function createRosterAccess(features: FeatureDoc, options: RosterAccessOptions = {}): RosterAccess {
  const intervalMs = options.recordsIntervalMs ?? RECORDS_NOTIFY_INTERVAL_MS
  const rosterListeners = new Set<() => void>()
  const recordListeners = new Set<() => void>()
  let roster: readonly Coop[] = features.read(readRoster)
  let destroyed = false

  const onRosterChange = (): void => {
    roster = features.read(readRoster)
    for (const listener of [...rosterListeners]) listener()
  }

  // Read lazily: nothing walks the records while no one asks for them (the directory is closed).
  let snapshot: readonly StoredRecord[] | null = null
  const recordsThrottle = trailingThrottle(() => {
    snapshot = null
    for (const listener of [...recordListeners]) listener()
  }, intervalMs)

  // Never in the writing transaction's own task: listeners look the shapes up in the tldraw
  // store (the directory's "go to corner"), which the binding updates after the document.
  // Counted with no listener too: one that subscribes a moment after reading the records must
  // still hear of a change made in between.
  let deferred: ReturnType<typeof setTimeout> | null = null
  const onRecordsChange = (): void => {
    if (deferred !== null) return
    deferred = setTimeout(() => {
      deferred = null
      recordsThrottle.schedule()
    }, 0)
  }

  const unsubscribeRoster = features.subscribe(ROSTER_MAPS, onRosterChange)
  const unsubscribeRecords = features.subscribe(RECORDS_MAPS, onRecordsChange)

  return {
    getRoster: () => roster,
    subscribe(listener) {
      rosterListeners.add(listener)
      return () => {
        rosterListeners.delete(listener)
      }
    },
    getRecords: () => features.records(),
    recordsSnapshot() {
      snapshot ??= features.records()
      return snapshot
    },
    subscribeRecords(listener) {
      recordListeners.add(listener)
      return () => {
        recordListeners.delete(listener)
      }
    },
    canWrite: features.canWrite,
    apply(plan) {
      if (destroyed) return false
      // The plan's own transaction joins the one `write` opens, with the same origin.
      return features.write((doc) => applyRosterPlan(doc, plan, FEATURE_ORIGIN))
    },
    applyEdit(edit) {
      return !destroyed && features.write((doc) => applyCoopEdit(doc, edit))
    },
    destroy() {
      if (destroyed) return
      destroyed = true
      unsubscribeRoster()
      unsubscribeRecords()
      if (deferred !== null) clearTimeout(deferred)
      recordsThrottle.cancel()
      snapshot = null
      rosterListeners.clear()
      recordListeners.clear()
    },
  }
}
