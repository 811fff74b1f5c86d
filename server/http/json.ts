/** JSON responses, with stable error ids. */
import type { ServerResponse } from 'node:http'
import type { ErrorId } from '../../shared/protocol'

/** Sends `body` as JSON with `status`. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    'cache-control': 'no-store',
  })
  res.end(payload)
}

/** Sends `{ error: { id, message } }`. */
export function sendError(res: ServerResponse, status: number, id: ErrorId, message: string): void {
  sendJson(res, status, { error: { id, message } })
}
