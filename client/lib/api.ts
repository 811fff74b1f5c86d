/**
 * The boards REST client: create a board, read a board's summary with an invite token, and
 * (for facilitators) read and replace its links. Every response body is validated; callers
 * get a typed value or an error with a message fit to show a person.
 */
import * as z from 'zod/mini'
import { BOARD_ID_PATTERN, isRole, Paths, ROTATABLE_ROLES, type Role } from '../../shared/protocol'
import { tokenFromFragment } from './boardAccess'
import { boardIdFromPath } from './boardLink'
import { callJson, type ApiOptions, type ApiResult } from './apiClient'

export type { ApiError, ApiOptions, ApiResult } from './apiClient'

/** An absolute invite link: `<origin>/b/<id>#token=<token>`. */
const inviteLinkSchema = z.string().check(
  z.refine((value) => {
    try {
      const url = new URL(value)
      return boardIdFromPath(url.pathname) !== null && tokenFromFragment(url.hash).kind === 'token'
    } catch {
      return false
    }
  }),
)

const linksSchema = z.object({
  facilitator: inviteLinkSchema,
  participant: inviteLinkSchema,
  viewer: inviteLinkSchema,
})

const createdBoardSchema = z.object({
  id: z.string().check(z.regex(BOARD_ID_PATTERN)),
  url: z.string(),
  links: linksSchema,
})

const countSchema = z.int().check(z.nonnegative())

const boardInfoSchema = z.object({
  id: z.string().check(z.regex(BOARD_ID_PATTERN)),
  title: z.string(),
  createdAt: z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)))),
  counts: z.object({ records: countSchema, shapes: countSchema, notes: countSchema }),
  role: z.custom<Role>(isRole),
  /** True when the token is the community's (an older server sends nothing: false). */
  viaCommunity: z.optional(z.boolean()),
})

const linksResponseSchema = z.object({ links: linksSchema })

/** The current invite link of every role. */
export type BoardLinks = z.infer<typeof linksSchema>

/** A board just created: its id, the URL of its page, and one invite link per role. */
export type CreatedBoard = z.infer<typeof createdBoardSchema>

/** A board's summary as the server reports it, with the role the token opens. */
export type BoardInfo = z.infer<typeof boardInfoSchema>

function boardApiPath(id: string): string {
  return `${Paths.boards}/${encodeURIComponent(id)}`
}

/** Creates a board with the given title. The server answers 201 with its id and links. */
export function createBoard(title: string, options: ApiOptions = {}): Promise<ApiResult<CreatedBoard>> {
  return callJson(
    {
      path: Paths.boards,
      method: 'POST',
      body: { title },
      schema: createdBoardSchema,
      failure: 'The board could not be created',
      invalid: 'The server created the board but sent an answer Plenary does not understand.',
    },
    options,
  )
}

/**
 * Reads a board's summary and the role `token` opens on it. Errors: `not_found`,
 * `unauthorized` (no or wrong token), `link_revoked` (a facilitator replaced the link).
 */
export function getBoard(id: string, token: string, options: ApiOptions = {}): Promise<ApiResult<BoardInfo>> {
  return callJson(
    {
      path: boardApiPath(id),
      token,
      schema: boardInfoSchema,
      failure: 'The board could not be loaded',
      invalid: 'The server sent board details Plenary does not understand.',
    },
    options,
  )
}

/** The board's current links; facilitators only (`forbidden` otherwise). */
export async function getBoardLinks(id: string, token: string, options: ApiOptions = {}): Promise<ApiResult<BoardLinks>> {
  const result = await callJson(
    {
      path: `${boardApiPath(id)}/links`,
      token,
      schema: linksResponseSchema,
      failure: 'The links could not be loaded',
      invalid: 'The server sent links Plenary does not understand.',
    },
    options,
  )
  return result.ok ? { ok: true, value: result.value.links } : result
}

/**
 * Replaces the participant or viewer link. Everyone connected with the old one is
 * disconnected for good; the answer holds every current link.
 */
export async function replaceBoardLink(id: string, role: Role, token: string, options: ApiOptions = {}): Promise<ApiResult<BoardLinks>> {
  if (!ROTATABLE_ROLES.includes(role)) throw new Error(`the ${role} link cannot be replaced`)
  const result = await callJson(
    {
      path: `${boardApiPath(id)}/links/${role}/rotate`,
      method: 'POST',
      token,
      schema: linksResponseSchema,
      failure: 'The link could not be replaced',
      invalid: 'The server replaced the link but sent an answer Plenary does not understand.',
    },
    options,
  )
  return result.ok ? { ok: true, value: result.value.links } : result
}
