/**
 * Board snapshots over REST: list (any role), take (facilitators), read one's facts and its
 * state. The token goes in `Authorization: Bearer`, as for every board request. Restoring is
 * not a route: the facilitator's client writes the restore as an ordinary change, so the
 * server's policy reviews it like any other edit (docs/PROTOCOL.md, "Snapshots").
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { z } from 'zod'
import { ErrorId, Role } from '../../shared/protocol'
import { cleanSnapshotName, SNAPSHOT_LIMITS, type SnapshotInfo } from '../../shared/snapshots/types'
import { takeSnapshot, type SnapshotDeps } from '../snapshots/takeSnapshot'
import { authorize, type BoardRoutesDeps } from './boards'
import { readValidBody } from './body'
import { sendError, sendJson } from './json'

const MAX_BODY_BYTES = 4 * 1024
const DEFAULT_AUTHOR = 'Facilitator'

const createBody = z.object({
  name: z.string({ error: 'name must be a string' }),
  author: z.string({ error: 'author must be a string' }).optional(),
})

/** What the snapshot routes need. */
export type SnapshotRoutesDeps = BoardRoutesDeps & Pick<SnapshotDeps, 'maxSnapshotsPerBoard'>

/** GET /api/boards/:id/snapshots → { snapshots: [...newest first], limits }. */
export async function listSnapshots(req: IncomingMessage, res: ServerResponse, id: string, deps: SnapshotRoutesDeps): Promise<void> {
  const access = await authorize(req, res, id, deps)
  if (!access) return
  const snapshots = await deps.store.listBoardSnapshots(id)
  sendJson(res, 200, { snapshots, limits: { perBoard: deps.maxSnapshotsPerBoard ?? SNAPSHOT_LIMITS.perBoard, name: SNAPSHOT_LIMITS.name } })
}

/** POST /api/boards/:id/snapshots { name, author? } (facilitator) → 201 { snapshot }. */
export async function createSnapshot(req: IncomingMessage, res: ServerResponse, id: string, deps: SnapshotRoutesDeps): Promise<void> {
  const access = await authorize(req, res, id, deps)
  if (!access) return
  if (access.role !== Role.facilitator) return sendError(res, 403, ErrorId.forbidden, 'Only facilitators can save snapshots.')
  const body = await readValidBody(req, res, createBody, MAX_BODY_BYTES)
  if (!body) return
  const name = cleanSnapshotName(body.name)
  if (!name) return sendError(res, 400, ErrorId.badRequest, `Give the snapshot a name of 1 to ${SNAPSHOT_LIMITS.name} characters.`)
  const author = (body.author ?? '').replace(/\s+/g, ' ').trim().slice(0, SNAPSHOT_LIMITS.author) || DEFAULT_AUTHOR
  const result = await takeSnapshot(deps, id, { name, author, kind: 'manual' })
  if (!result.ok) {
    const max = deps.maxSnapshotsPerBoard ?? SNAPSHOT_LIMITS.perBoard
    return sendError(res, 409, ErrorId.limitReached, `This board already keeps ${max} saved snapshots, the most it can. Nothing was saved.`)
  }
  sendJson(res, 201, { snapshot: result.info })
}

/** GET /api/boards/:id/snapshots/:sid → { snapshot } (facts only). */
export async function getSnapshot(
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  snapshotId: string,
  deps: SnapshotRoutesDeps,
): Promise<void> {
  const found = await readableSnapshot(req, res, id, snapshotId, deps)
  if (!found) return
  sendJson(res, 200, { snapshot: found.info })
}

/** GET /api/boards/:id/snapshots/:sid/state → the board at that moment as one Yjs update (binary). */
export async function getSnapshotState(
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  snapshotId: string,
  deps: SnapshotRoutesDeps,
): Promise<void> {
  const found = await readableSnapshot(req, res, id, snapshotId, deps)
  if (!found) return
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': found.state.byteLength,
    // A snapshot never changes once taken.
    'cache-control': 'private, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
  })
  res.end(Buffer.from(found.state.buffer, found.state.byteOffset, found.state.byteLength))
}

/** Snapshot `snapshotId` of board `id` for any role, or null once the error (see {@link authorize}, or 404) is sent. */
async function readableSnapshot(
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  snapshotId: string,
  deps: SnapshotRoutesDeps,
): Promise<{ info: SnapshotInfo; state: Uint8Array } | null> {
  const access = await authorize(req, res, id, deps)
  if (!access) return null
  const found = await deps.store.getBoardSnapshot(id, snapshotId)
  if (!found) sendError(res, 404, ErrorId.notFound, 'No snapshot with that id on this board.')
  return found
}
