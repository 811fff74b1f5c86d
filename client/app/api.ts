/**
 * The REST client: create a board, read a board's summary. Every response body is
 * validated; callers get a typed value or an error with a message fit to show a person.
 */
import * as z from 'zod/mini'
import { BOARD_ID_PATTERN, ErrorId, Paths } from '../../shared/protocol'

/** A failed call. `id` is the server's stable error id, or a client-side one. */
export interface ApiError {
  id: ErrorId | 'network' | 'invalid_response'
  message: string
  /** HTTP status when the server answered. */
  status?: number
}

/** The outcome of an API call. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError }

const createdBoardSchema = z.object({
  id: z.string().check(z.regex(BOARD_ID_PATTERN)),
  url: z.string(),
})

const countSchema = z.int().check(z.nonnegative())

const boardInfoSchema = z.object({
  id: z.string().check(z.regex(BOARD_ID_PATTERN)),
  title: z.string(),
  createdAt: z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)))),
  counts: z.object({ records: countSchema, shapes: countSchema, notes: countSchema }),
})

const errorBodySchema = z.object({
  error: z.object({ id: z.string(), message: z.string() }),
})

/** A board just created: its id and the URL the server suggests for it. */
export type CreatedBoard = z.infer<typeof createdBoardSchema>

/** A board's summary as the server reports it. */
export type BoardInfo = z.infer<typeof boardInfoSchema>

/** Options shared by the calls; `fetch` is injectable for tests. */
export interface ApiOptions {
  signal?: AbortSignal
  fetch?: typeof fetch
}

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

/** Turns a non-2xx response into an ApiError, using the server's message when it sent one. */
async function errorFrom(response: Response, fallback: string): Promise<ApiError> {
  const parsed = errorBodySchema.safeParse(await readBody(response))
  if (parsed.success) {
    return {
      id: toErrorId(parsed.data.error.id),
      message: parsed.data.error.message,
      status: response.status,
    }
  }
  const id = response.status === 404 ? ErrorId.notFound : ErrorId.internal
  return { id, message: `${fallback} (HTTP ${response.status}).`, status: response.status }
}

const networkError: ApiError = {
  id: 'network',
  message: 'Could not reach the Plenary server. Check your connection and try again.',
}

async function request(
  path: string,
  init: RequestInit,
  options: ApiOptions,
): Promise<Response | ApiError> {
  const doFetch = options.fetch ?? fetch
  try {
    return await doFetch(path, { ...init, signal: options.signal ?? null })
  } catch (error) {
    // An abort is the caller's own doing; let it propagate so it is not shown as an error.
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    return networkError
  }
}

/** Creates a board with the given title. The server answers 201 with its id and URL. */
export async function createBoard(
  title: string,
  options: ApiOptions = {},
): Promise<ApiResult<CreatedBoard>> {
  const response = await request(
    Paths.boards,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ title }),
    },
    options,
  )
  if (!(response instanceof Response)) return { ok: false, error: response }
  if (!response.ok) {
    return { ok: false, error: await errorFrom(response, 'The board could not be created') }
  }
  const parsed = createdBoardSchema.safeParse(await readBody(response))
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        id: 'invalid_response',
        message: 'The server created the board but sent an answer Plenary does not understand.',
        status: response.status,
      },
    }
  }
  return { ok: true, value: parsed.data }
}

/** Reads a board's summary; a missing board is an error with id `not_found`. */
export async function getBoard(
  id: string,
  options: ApiOptions = {},
): Promise<ApiResult<BoardInfo>> {
  const response = await request(
    `${Paths.boards}/${encodeURIComponent(id)}`,
    { headers: { Accept: 'application/json' } },
    options,
  )
  if (!(response instanceof Response)) return { ok: false, error: response }
  if (!response.ok) {
    return { ok: false, error: await errorFrom(response, 'The board could not be loaded') }
  }
  const parsed = boardInfoSchema.safeParse(await readBody(response))
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        id: 'invalid_response',
        message: 'The server sent board details Plenary does not understand.',
        status: response.status,
      },
    }
  }
  return { ok: true, value: parsed.data }
}
