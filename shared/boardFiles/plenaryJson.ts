/**
 * A board's Plenary data as JSON (`export.json`): the board's facts, the coop roster and every
 * named map (breakouts, members, rapporteurs, votes, dots, reactions, proposals, stances,
 * attendance, the stage, settings) as plain JSON, for archives, scripts and spreadsheets.
 * Generic over NAMED_MAPS, so a feature's new map is exported without a change here; the
 * server's `quarantine` is left out (it is repair material, not the assembly's data).
 * The drawing itself is in the .tldr export; the images it shows from the board's asset store
 * are in `assets`, filled in by the server's export.
 */
import * as Y from 'yjs'
import { countBoardRecords, type BoardCounts } from '../boardDoc'
import { readRoster } from '../corners/applyPlan'
import { rosterToJson, type RosterJson } from '../corners/rosterExport'
import { NAMED_MAPS, QUARANTINE_MAP } from '../namedMaps'
import type { SnapshotInfo } from '../snapshots/types'

/** Changes only when the shape of the file changes incompatibly; fields may be added. */
export const PLENARY_JSON_VERSION = 1

/** What the export says about the board. */
export interface PlenaryJsonBoard {
  id: string
  title: string
  createdAt: string
}

/** The export of one board (live, or one snapshot of it). */
export interface PlenaryJson {
  format: 'plenary-board'
  version: typeof PLENARY_JSON_VERSION
  board: PlenaryJsonBoard
  /** Server-clock ms of the export. */
  exportedAt: number
  /** The snapshot exported, or null for the live board. */
  snapshot: Omit<SnapshotInfo, 'boardId' | 'bytes'> | null
  counts: BoardCounts
  roster: RosterJson['coops']
  /** Map name → { key → value }, keys in code-unit order. */
  maps: Record<string, Record<string, unknown>>
  /** The board's stored images, by their `src` (an asset path): what a copy of the board needs. */
  assets: Record<string, PlenaryJsonAsset>
}

/** One stored image in the export. */
export interface PlenaryJsonAsset {
  mimeType: string
  /** Its size in bytes. */
  bytes: number
  /** The image itself, as a `data:<mimeType>;base64,…` URL. */
  dataUrl: string
}

/** The named maps the export holds, in name order. */
export function exportedMapNames(): string[] {
  return Object.keys(NAMED_MAPS)
    .filter((name) => name !== QUARANTINE_MAP)
    .sort()
}

function plainMap(doc: Y.Doc, name: string): Record<string, unknown> {
  // Reading an absent map through getMap would create it; the doc is only read here.
  if (!doc.share.has(name)) return {}
  const map = doc.getMap<unknown>(name)
  const out: Record<string, unknown> = {}
  for (const key of [...map.keys()].sort()) {
    const value = map.get(key)
    out[key] = value instanceof Y.AbstractType ? value.toJSON() : value
  }
  return out
}

/**
 * The Plenary data of `doc`. Its `assets` are empty: the document holds only their paths, so
 * the server, which has the store, fills them in (server/http/boardExport.ts).
 */
export function boardToPlenaryJson(
  doc: Y.Doc,
  board: PlenaryJsonBoard,
  exportedAt: number,
  snapshot: SnapshotInfo | null = null,
): PlenaryJson {
  const maps: Record<string, Record<string, unknown>> = {}
  for (const name of exportedMapNames()) maps[name] = plainMap(doc, name)
  return {
    format: 'plenary-board',
    version: PLENARY_JSON_VERSION,
    board: { id: board.id, title: board.title, createdAt: board.createdAt },
    exportedAt,
    snapshot: snapshot
      ? { id: snapshot.id, name: snapshot.name, author: snapshot.author, kind: snapshot.kind, createdAt: snapshot.createdAt }
      : null,
    counts: countBoardRecords(doc),
    roster: rosterToJson(readRoster(doc)).coops,
    maps,
    assets: {},
  }
}
