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
    /** The rest of the body was left unread: the response must close the connection. */
    readonly closeConnection = false,
  ) {
    super(message)
  }
}

/**
 * How much of a body over its limit is read and thrown away so that the 413 reaches the client
 * and its keep-alive connection stays usable. Beyond it the server stops reading and answers
 * with `Connection: close`: the connection cannot carry another request anyway.
 */
export const DRAIN_LIMIT_BYTES = 1024 * 1024

/**
 * Reads a body of at most `limit` bytes. Over the limit it throws a 413 {@link BodyError} once
 * the body has been read to its end (discarded), or, past {@link DRAIN_LIMIT_BYTES} more,
 * one that asks to close the connection. Breaking out of the stream instead would destroy the
 * socket, and a keep-alive client's next request on it would fail with ECONNRESET.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = (closeConnection: boolean) =>
    new BodyError(413, ErrorId.payloadTooLarge, `The body is larger than ${limit} bytes.`, closeConnection)
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit + DRAIN_LIMIT_BYTES) {
    req.pause()
    throw tooLarge(true)
  }
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
      else if (size > limit + DRAIN_LIMIT_BYTES) {
        req.off('data', onData)
        req.off('end', onEnd)
        req.pause()
        reject(tooLarge(true))
      }
    }
    const onEnd = () => {
      req.off('error', reject)
      if (size > limit) reject(tooLarge(false))
      else resolve(Buffer.concat(chunks))
    }
    // A client that goes away mid-body: nobody is left to answer, but the promise must settle.
    const onClose = () => {
      if (!req.complete) reject(new BodyError(400, ErrorId.badRequest, 'The body was cut short.', true))
    }
    req.on('data', onData)
    req.once('end', onEnd)
    req.once('error', reject)
    req.once('close', onClose)
  })
}

/** Reads a JSON body of at most `limit` bytes; throws {@link BodyError} on anything else. */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = req.headers['content-type'] ?? ''
  if (!/^application\/json\b/i.test(type)) {
    throw new BodyError(415, ErrorId.unsupportedMediaType, 'Send the body as application/json.')
  }
  const text = (await readBody(req, limit)).toString('utf8')
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new BodyError(400, ErrorId.badRequest, 'The body is not valid JSON.')
  }
}

/** Answers a {@link BodyError}, closing the connection when its body was left unread. */
export function sendBodyError(res: ServerResponse, error: BodyError): void {
  if (error.closeConnection) res.setHeader('connection', 'close')
  sendError(res, error.status, error.errorId, error.message)
}
