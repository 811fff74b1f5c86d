/**
 * Board snapshots over REST: list (any role), take (facilitators), read one's facts and its
 * state. The token goes in `Authorization: Bearer`, as for every board request. Restoring is
 * not a route: the facilitator's client writes the restore as an ordinary change, so the
 * server's policy reviews it like any other edit (docs/PROTOCOL.md, "Snapshots").
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { z } from 'zod'
import { ErrorId, Role } from '../../shared/protocol'
import { cleanSnapshotName, SNAPSHOT_LIMITS } from '../../shared/snapshots/types'
import { takeSnapshot, type SnapshotDeps } from '../snapshots/takeSnapshot'
import { authorize, type BoardRoutesDeps } from './boards'
import { BodyError, readJsonBody, sendBodyError, sendError, sendJson } from './json'

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
  let body: unknown
  try {
    body = await readJsonBody(req, MAX_BODY_BYTES)
  } catch (error) {
    if (error instanceof BodyError) return sendBodyError(res, error)
    throw error
  }
  const parsed = createBody.safeParse(body)
  if (!parsed.success) return sendError(res, 400, ErrorId.badRequest, parsed.error.issues.map((issue) => issue.message).join('; '))
  const name = cleanSnapshotName(parsed.data.name)
  if (!name) return sendError(res, 400, ErrorId.badRequest, `Give the snapshot a name of 1 to ${SNAPSHOT_LIMITS.name} characters.`)
  const author = (parsed.data.author ?? '').replace(/\s+/g, ' ').trim().slice(0, SNAPSHOT_LIMITS.author) || DEFAULT_AUTHOR
  const result = await takeSnapshot(deps, id, { name, author, kind: 'manual' })
  if (!result.ok) {
    const max = deps.maxSnapshotsPerBoard ?? SNAPSHOT_LIMITS.perBoard
    return sendError(res, 409, ErrorId.limitReached, `This board already keeps ${max} saved snapshots, the most it can. Nothing was saved.`)
  }
  sendJson(res, 201, { snapshot: result.info })
}

/** GET /api/boards/:id/snapshots/:sid → { snapshot } (facts only). */
export async function getSnapshot(req: IncomingMessage, res: ServerResponse, id: string, snapshotId: string, deps: SnapshotRoutesDeps): Promise<void> {
  const access = await authorize(req, res, id, deps)
  if (!access) return
  const found = await deps.store.getBoardSnapshot(id, snapshotId)
  if (!found) return sendError(res, 404, ErrorId.notFound, 'No snapshot with that id on this board.')
  sendJson(res, 200, { snapshot: found.info })
}

/** GET /api/boards/:id/snapshots/:sid/state → the board at that moment as one Yjs update (binary). */
export async function getSnapshotState(req: IncomingMessage, res: ServerResponse, id: string, snapshotId: string, deps: SnapshotRoutesDeps): Promise<void> {
  const access = await authorize(req, res, id, deps)
  if (!access) return
  const found = await deps.store.getBoardSnapshot(id, snapshotId)
  if (!found) return sendError(res, 404, ErrorId.notFound, 'No snapshot with that id on this board.')
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': found.state.byteLength,
    // A snapshot never changes once taken.
    'cache-control': 'private, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
  })
  res.end(Buffer.from(found.state.buffer, found.state.byteOffset, found.state.byteLength))
}
