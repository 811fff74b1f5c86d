/**
 * Messages between the throughput scenario (bench/scenarios/throughput.ts) and its two client
 * processes (bench/lib/throughputWorker.ts): one holds the writers, the other the receivers.
 * Node IPC, JSON; every timestamp is on the shared clock (procstat.ts sharedNow).
 */
import type { Target } from './protocol'

/** Parent → writers' process: connect the writers, then put `notesPerWriter` notes each on the board. */
export interface WritersConnect {
  type: 'connect'
  role: 'writers'
  target: Extract<Target, { kind: 'yws' }>
  writers: number
  notesPerWriter: number
  /** Edits sent but not yet broadcast back (to the pacing receiver), all writers together. */
  window: number
}

/** Parent → receivers' process: connect `receivers` counting receivers. */
export interface ReceiversConnect {
  type: 'connect'
  role: 'receivers'
  target: Extract<Target, { kind: 'yws' }>
  receivers: number
}

/** Parent → both: edit from now until `stopAt`; snapshot counts at `measureFrom` and `stopAt`; report at `reportAt`. */
export interface ThroughputRun {
  type: 'run'
  measureFrom: number
  stopAt: number
  reportAt: number
}

export type ThroughputCommand = WritersConnect | ReceiversConnect | ThroughputRun | { type: 'close' }

/** Counts taken at one moment: `at` is when they were read (timers run late on a busy machine). */
export interface CountSnapshot {
  at: number
  /** Writers: edits sent so far. Receivers: update frames each receiver has received. */
  counts: number[]
}

/** Worker → parent. */
export type ThroughputReport =
  | { type: 'connected'; synced: number; failed: number; updateBytes: number }
  | { type: 'results'; start: CountSnapshot; stop: CountSnapshot; final: CountSnapshot }
  | { type: 'error'; message: string }
