/**
 * Request bodies, read within a limit and answered with a stable error id when they cannot be
 * used: a JSON body validated by a zod schema ({@link readValidBody}) or an upload's raw bytes
 * ({@link readUploadBody}). A handler does
 * `const body = await readValidBody(req, res, schema, limit); if (!body) return`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { z } from 'zod'
import { ErrorId } from '../../shared/protocol'
import { sendError } from './json'

/** A request body that could not be read, with the response it deserves. */
class BodyError extends Error {
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

interface ReadLimits {
  /** Largest body taken, in bytes. */
  limit: number
  /** How much past `limit` is read and discarded before giving up on the connection. */
  drainBytes: number
  /** The message of the 413. */
  tooLarge: string
}

/**
 * Reads a body of at most `limit` bytes. Over the limit it throws a 413 {@link BodyError} once
 * the body has been read to its end (discarded), or, past `drainBytes` more, one that asks to
 * close the connection. Breaking out of the stream instead would destroy the socket, and a
 * keep-alive client's next request on it would fail with ECONNRESET.
 */
async function readBody(req: IncomingMessage, { limit, drainBytes, tooLarge }: ReadLimits): Promise<Buffer> {
  const refuse = (closeConnection: boolean) => new BodyError(413, ErrorId.payloadTooLarge, tooLarge, closeConnection)
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit + drainBytes) {
    req.pause()
    throw refuse(true)
  }
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
      else if (size > limit + drainBytes) {
        req.off('data', onData)
        req.off('end', onEnd)
        req.pause()
        reject(refuse(true))
      }
    }
    const onEnd = () => {
      req.off('error', reject)
      if (size > limit) reject(refuse(false))
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
async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = req.headers['content-type'] ?? ''
  if (!/^application\/json\b/i.test(type)) {
    throw new BodyError(415, ErrorId.unsupportedMediaType, 'Send the body as application/json.')
  }
  const bytes = await readBody(req, { limit, drainBytes: DRAIN_LIMIT_BYTES, tooLarge: `The body is larger than ${limit} bytes.` })
  const text = bytes.toString('utf8')
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new BodyError(400, ErrorId.badRequest, 'The body is not valid JSON.')
  }
}

/** Answers a {@link BodyError}, closing the connection when its body was left unread. */
function sendBodyError(res: ServerResponse, error: BodyError): void {
  if (error.closeConnection) res.setHeader('connection', 'close')
  sendError(res, error.status, error.errorId, error.message)
}

/**
 * Reads a JSON body of at most `limit` bytes (an empty body reads as `{}`) and validates it with
 * `schema`. Returns the parsed value, or null once it has answered: 415 for another content
 * type, 413 over the limit, 400 for JSON that does not parse or does not fit the schema (the
 * schema's messages, joined). `schema` must not accept null.
 */
export async function readValidBody<S extends z.ZodType>(
  req: IncomingMessage,
  res: ServerResponse,
  schema: S,
  limit: number,
): Promise<z.output<S> | null> {
  let body: unknown
  try {
    body = await readJsonBody(req, limit)
  } catch (error) {
    if (!(error instanceof BodyError)) throw error
    sendBodyError(res, error)
    return null
  }
  const parsed = schema.safeParse(body)
  if (parsed.success) return parsed.data
  sendError(res, 400, ErrorId.badRequest, parsed.error.issues.map((issue) => issue.message).join('; '))
  return null
}

/**
 * Reads an upload's bytes, of any content type, while they stay within `limit`. A body declared
 * or grown past it is never read on: it is answered 413 with `tooLarge` at once, and the caller
 * must already have set `Connection: close`. Returns null once answered, and also when the
 * sender went away mid-upload: there is no one to answer.
 */
export async function readUploadBody(req: IncomingMessage, res: ServerResponse, limit: number, tooLarge: string): Promise<Buffer | null> {
  try {
    return await readBody(req, { limit, drainBytes: 0, tooLarge })
  } catch (error) {
    if (error instanceof BodyError && error.status === 413) sendBodyError(res, error)
    return null
  }
}
