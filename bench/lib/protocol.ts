/**
 * Messages between the benchmark's parent process and its client worker processes (Node IPC,
 * JSON). Every timestamp is on the shared clock (procstat.ts sharedNow: epoch ms).
 */

/** Where clients connect: a stock y-websocket server (reference, Plenary) or Hocuspocus. */
export type Target =
  { kind: 'yws'; url: string; room: string; params: Record<string, string> } | { kind: 'hocuspocus'; url: string; room: string }

/** Parent → worker: connect these clients and wait until each has synced. */
export interface ConnectCommand {
  type: 'connect'
  target: Target
  /** Global indexes of this worker's clients; index 0 is the writer. */
  indexes: number[]
  /** Each client moves its cursor (awareness) at `cursorHz`. */
  cursorHz: number
  /** Edits per second of the writer. */
  editHz: number
}

/** Parent → worker: the measured run, on the shared clock. */
export interface RunCommand {
  type: 'run'
  /** Edits and cursors start here. */
  startAt: number
  /** Edits and cursor states sent from here on are measured (before: warm-up). */
  measureFrom: number
  /** Nothing is sent from here on. */
  stopAt: number
  /** Results are reported at this time (stopAt + the delivery deadline). */
  reportAt: number
}

export type ParentMessage = ConnectCommand | RunCommand | { type: 'close' }

/** Worker → parent: every client is synced (or `failed` of them did not sync in time). */
export interface ConnectedReport {
  type: 'connected'
  synced: number
  failed: number
}

/** Worker → parent: what its clients saw. */
export interface ResultsReport {
  type: 'results'
  /** [edit number, sent at] of every edit the writer made, when this worker holds the writer. */
  sent: [number, number][]
  /** Per receiving client: [edit number, received at] pairs. */
  received: [number, number][][]
  /** Cursor latency histogram as [milliseconds, count] pairs (1 ms buckets). */
  cursorLatency: [number, number][]
  /** Cursor states received that had been sent in the measured window. */
  cursorStates: number
  /** Connection losses after the clients had synced. */
  disconnects: number
}

export type WorkerMessage = ConnectedReport | ResultsReport | { type: 'error'; message: string }
