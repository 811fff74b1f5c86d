/**
 * Board snapshots: a named copy of a whole board at one moment, kept by the server next to the
 * live document. A facilitator saves one by hand ("Assembly 4 June"); the server takes one when
 * a breakout session starts and when it ends. Snapshots are read-only: opening one never
 * touches the live board, and restoring one writes its records back as a new change.
 */
import { z } from 'zod'
import { readWith } from '../values'

/** Schema of a {@link SnapshotInfo}. */
export const snapshotInfoSchema = z.object({
  id: z.string(),
  boardId: z.string(),
  name: z.string(),
  /** Who saved it: "Name · Coop" of the facilitator, or "Plenary" for automatic ones. */
  author: z.string(),
  /** How a snapshot came to be. */
  kind: z.enum(['manual', 'auto']),
  /** Server-clock ms since the epoch. */
  createdAt: z.number(),
  /** Size of the stored Yjs state, in bytes. */
  bytes: z.number(),
})

/** A snapshot's facts, as the REST API lists them (without its state). */
export type SnapshotInfo = z.infer<typeof snapshotInfoSchema>

/** How a snapshot came to be. */
export type SnapshotKind = SnapshotInfo['kind']

/** Limits on snapshots, enforced by the server. */
export const SNAPSHOT_LIMITS = {
  /** Most snapshots one board keeps; beyond it the oldest automatic one goes, manual ones never silently. */
  perBoard: 200,
  /** Longest name, in characters. */
  name: 120,
  /** Longest author label, in characters. */
  author: 120,
} as const

/** The author label of snapshots the server takes by itself. */
export const AUTO_SNAPSHOT_AUTHOR = 'Plenary'

/** A snapshot name without surrounding or repeated blanks, or null when blank or too long. */
export function cleanSnapshotName(name: string): string | null {
  const cleaned = name.replace(/\s+/g, ' ').trim()
  if (cleaned === '' || [...cleaned].length > SNAPSHOT_LIMITS.name) return null
  return cleaned
}

/** Narrows a JSON value (an API answer) to a {@link SnapshotInfo}, or null. */
export const readSnapshotInfo = readWith(snapshotInfoSchema)
