/**
 * The plumbing under the REST client: one JSON call with an optional invite token, the
 * response body validated by a schema, and every failure turned into an {@link ApiError}
 * with a message fit to show a person.
 */
import * as z from 'zod/mini'
import { ErrorId } from '../../shared/protocol'

/** A failed call. `id` is the server's stable error id, or a client-side one. */
export interface ApiError {
  id: ErrorId | 'network' | 'invalid_response'
  message: string
  /** HTTP status when the server answered. */
  status?: number
}

/** The outcome of an API call. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError }

/** Options shared by the calls; `fetch` is injectable for tests. */
export interface ApiOptions {
  signal?: AbortSignal
  fetch?: typeof fetch
}

/** What one call sends and how its answer is read. */
export interface JsonCall<S extends z.core.$ZodType> {
  path: string
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH'
  /** Sent as JSON when present. */
  body?: unknown
  /** The board's invite token, sent as `Authorization: Bearer`. */
  token?: string
  /** Validates a 2xx body (a zod or zod/mini schema). */
  schema: S
  /** "The board could not be loaded": the start of the message for an error without a body. */
  failure: string
  /** Shown when a 2xx body does not match the schema. */
  invalid: string
}

const errorBodySchema = z.object({
  error: z.object({ id: z.string(), message: z.string() }),
})

const knownErrorIds: ReadonlySet<string> = new Set(Object.values(ErrorId))

function toErrorId(id: string): ErrorId {
  return knownErrorIds.has(id) ? (id as ErrorId) : ErrorId.internal
}

async function readBody(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown
  } catch {
    return undefined
  }
}

/** The error id for a status when the body did not say (a proxy's page, say). */
function errorIdForStatus(status: number): ErrorId {
  switch (status) {
    case 401:
      return ErrorId.unauthorized
    case 403:
      return ErrorId.forbidden
    case 404:
      return ErrorId.notFound
    case 410:
      return ErrorId.linkRevoked
    default:
      return ErrorId.internal
  }
}

/** Turns a non-2xx response into an ApiError, using the server's message when it sent one. */
export async function errorFrom(response: Response, fallback: string): Promise<ApiError> {
  const parsed = errorBodySchema.safeParse(await readBody(response))
  if (parsed.success) {
    return { id: toErrorId(parsed.data.error.id), message: parsed.data.error.message, status: response.status }
  }
  return { id: errorIdForStatus(response.status), message: `${fallback} (HTTP ${response.status}).`, status: response.status }
}

const networkError: ApiError = {
  id: 'network',
  message: 'Could not reach the Plenary server. Check your connection and try again.',
}

/** Makes one call; an abort by the caller propagates, everything else becomes a result. */
export async function callJson<S extends z.core.$ZodType>(call: JsonCall<S>, options: ApiOptions = {}): Promise<ApiResult<z.infer<S>>> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (call.body !== undefined) headers['Content-Type'] = 'application/json'
  if (call.token !== undefined) headers.Authorization = `Bearer ${call.token}`
  const init: RequestInit = {
    method: call.method ?? 'GET',
    headers,
    signal: options.signal ?? null,
    ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
  }
  let response: Response
  try {
    response = await (options.fetch ?? fetch)(call.path, init)
  } catch (error) {
    // An abort is the caller's own doing; let it propagate so it is not shown as an error.
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    return { ok: false, error: networkError }
  }
  if (!response.ok) return { ok: false, error: await errorFrom(response, call.failure) }
  const parsed = z.safeParse(call.schema, await readBody(response))
  if (!parsed.success) {
    return { ok: false, error: { id: 'invalid_response', message: call.invalid, status: response.status } }
  }
  return { ok: true, value: parsed.data }
}
