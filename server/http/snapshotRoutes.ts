/** Routes of the snapshot and board-export API, kept out of router.ts so the router stays a list. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { getBoardExport } from './boardExport'
import { methodNotAllowed, segment } from './routing'
import { createSnapshot, getSnapshot, getSnapshotState, listSnapshots, type SnapshotRoutesDeps } from './snapshots'

const SNAPSHOTS_API = /^\/api\/boards\/([^/]+)\/snapshots$/
const SNAPSHOT_API = /^\/api\/boards\/([^/]+)\/snapshots\/([^/]+)$/
const SNAPSHOT_STATE_API = /^\/api\/boards\/([^/]+)\/snapshots\/([^/]+)\/state$/
const EXPORT_API = /^\/api\/boards\/([^/]+)\/export\.(tldr|json)$/

const isRead = (method: string): boolean => method === 'GET' || method === 'HEAD'

/** Answers the request when it is one of these routes; false when it is not. */
export async function routeSnapshots(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  method: string,
  deps: SnapshotRoutesDeps,
): Promise<boolean> {
  const list = SNAPSHOTS_API.exec(pathname)
  if (list) {
    if (method === 'POST') await createSnapshot(req, res, segment(list[1]), deps)
    else if (isRead(method)) await listSnapshots(req, res, segment(list[1]), deps)
    else methodNotAllowed(res, 'GET, POST')
    return true
  }
  const one = SNAPSHOT_API.exec(pathname)
  if (one) {
    if (isRead(method)) await getSnapshot(req, res, segment(one[1]), segment(one[2]), deps)
    else methodNotAllowed(res, 'GET')
    return true
  }
  const state = SNAPSHOT_STATE_API.exec(pathname)
  if (state) {
    if (isRead(method)) await getSnapshotState(req, res, segment(state[1]), segment(state[2]), deps)
    else methodNotAllowed(res, 'GET')
    return true
  }
  const exported = EXPORT_API.exec(pathname)
  if (exported) {
    if (isRead(method)) await getBoardExport(req, res, segment(exported[1]), exported[2] === 'tldr' ? 'tldr' : 'json', deps)
    else methodNotAllowed(res, 'GET')
    return true
  }
  return false
}
