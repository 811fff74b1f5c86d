/**
 * The board as files: `GET /api/boards/:id/export.tldr` (a tldraw file that tldraw itself
 * opens) and `GET /api/boards/:id/export.json` (Plenary's own data), of the live board or, with
 * `?snapshot=<id>`, of one snapshot. Any role's token may read them (`Authorization: Bearer`).
 * Both carry the board's stored images as `data:` URLs, so the files are self-contained.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createTLSchema } from '@tldraw/tlschema'
import type * as Y from 'yjs'
import { boardToPlenaryJson, type PlenaryJson } from '../../shared/boardFiles/plenaryJson'
import {
  asSchemaLabel,
  boardContentRecords,
  boardToTldrFile,
  inlineAssets,
  storedAssetSources,
  TLDR_MEDIA_TYPE,
  type SerializedSchemaLabel,
  type TldrFile,
} from '../../shared/boardFiles/tldrFile'
import { ErrorId } from '../../shared/protocol'
import { stripUnseenDeep } from '../../shared/text/cleanJson'
import type { SnapshotInfo } from '../../shared/snapshots/types'
import { readSnapshotDoc } from '../snapshots/takeSnapshot'
import { authorize, readBoardDoc, type BoardRoutesDeps } from './boards'
import { loadExportAssets } from './assetsExport'
import { FileKind } from '../../shared/export/fileName'
import { downloadDisposition } from './contentDisposition'
import { sendError } from './json'

/** The formats of the board export. */
export type BoardExportFormat = 'tldr' | 'json'

/** The server's own schema label: what a board nobody has drawn on would be written in. */
const SERVER_SCHEMA: SerializedSchemaLabel = (() => {
  const label = asSchemaLabel(createTLSchema().serialize())
  if (!label) throw new Error('tldraw serialized its schema in an unexpected form')
  return label
})()

/** Longest snapshot id looked up (ids are 16 characters). */
const MAX_SNAPSHOT_ID = 64

function snapshotParam(req: IncomingMessage): string | null {
  const value = new URL(req.url ?? '/', 'http://internal').searchParams.get('snapshot')
  return value === null || value === '' ? null : value
}

/** GET /api/boards/:id/export.(tldr|json)[?snapshot=<sid>] → a download named after the board. */
export async function getBoardExport(
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  format: BoardExportFormat,
  deps: BoardRoutesDeps,
): Promise<void> {
  const access = await authorize(req, res, id, deps)
  if (!access) return
  const board = await deps.store.getBoard(id)
  if (!board) return sendError(res, 404, ErrorId.notFound, 'No board with that id.')
  const snapshotId = snapshotParam(req)
  let snapshot: { info: SnapshotInfo; state: Uint8Array } | null = null
  if (snapshotId !== null) {
    snapshot = snapshotId.length <= MAX_SNAPSHOT_ID ? await deps.store.getBoardSnapshot(id, snapshotId) : null
    if (!snapshot) return sendError(res, 404, ErrorId.notFound, 'No snapshot with that id on this board.')
  }
  // Read the document once, into plain JSON, then add the images it names from the store.
  const render = (doc: Y.Doc): { file: TldrFile | PlenaryJson; sources: string[] } => {
    const sources = storedAssetSources(boardContentRecords(doc), id)
    const file =
      format === 'tldr' ? boardToTldrFile(doc, SERVER_SCHEMA) : boardToPlenaryJson(doc, board, Date.now(), snapshot?.info ?? null)
    return { file, sources }
  }
  const { file, sources } = snapshot ? readSnapshotDoc(snapshot.state, render) : await readBoardDoc(id, deps, render)
  const assets = await loadExportAssets(deps.store, id, sources)
  // Every string that leaves is cleaned: old boards and peers' edits may hold hidden characters.
  const text =
    'records' in file
      ? JSON.stringify(stripUnseenDeep(inlineAssets(file, new Map([...assets].map(([src, asset]) => [src, asset.dataUrl])))))
      : `${JSON.stringify(stripUnseenDeep({ ...file, assets: Object.fromEntries(assets) }), null, 2)}\n`
  res.writeHead(200, {
    'content-type': format === 'tldr' ? `${TLDR_MEDIA_TYPE}; charset=utf-8` : 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'content-disposition': downloadDisposition(
      req,
      snapshot
        ? { title: board.title, kind: FileKind.snapshot, subject: snapshot.info.name, extension: format }
        : { title: board.title, kind: FileKind.board, extension: format },
      snapshot?.info.createdAt,
    ),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  })
  res.end(text)
}
