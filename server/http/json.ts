/** JSON responses and bounded JSON request bodies, with stable error ids. */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { ErrorId } from '../../shared/protocol'

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

/** A request body that could not be read as JSON, with the response it deserves. */
export class BodyError extends Error {
  constructor(
    readonly status: number,
    readonly errorId: ErrorId,
    message: string,
  ) {
    super(message)
  }
}

/** Reads a JSON body of at most `limit` bytes; throws {@link BodyError} on anything else. */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = req.headers['content-type'] ?? ''
  if (!/^application\/json\b/i.test(type)) {
    throw new BodyError(415, ErrorId.unsupportedMediaType, 'Send the body as application/json.')
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buffer = chunk as Buffer
    size += buffer.length
    if (size > limit) throw new BodyError(413, ErrorId.payloadTooLarge, `The body is larger than ${limit} bytes.`)
    chunks.push(buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new BodyError(400, ErrorId.badRequest, 'The body is not valid JSON.')
  }
}
