/**
 * Helpers for the community API's integration tests: a community created through the API, its
 * routes called with one role's token (or none), a member list in many scripts, and a
 * community board seen as a {@link TestBoard} so stock clients can open it with community tokens.
 */
import { CommunityPaths, createdCommunitySchema, type CommunityLinks, type CommunityRole } from '../../shared/community/api'
import { MEMBER_COOPS } from '../../shared/corners/testing'
import { tokenOfLink, type TestBoard } from './syncClient'

/** A community created through the API: its id, page URL, links and the token of each link. */
export interface TestCommunity {
  id: string
  url: string
  links: CommunityLinks
  tokens: Record<CommunityRole, string>
}

/** Creates a community with `POST /api/communities`. */
export async function createCommunity(origin: string, name = 'Red Ibérica de Cooperativas', description?: string): Promise<TestCommunity> {
  const response = await fetch(`${origin}${CommunityPaths.api}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(description === undefined ? { name } : { name, description }),
  })
  if (response.status !== 201) throw new Error(`createCommunity: ${response.status} ${await response.text()}`)
  const created = createdCommunitySchema.parse(await response.json())
  return {
    ...created,
    tokens: {
      coordinator: tokenOfLink(created.links.coordinator),
      member: tokenOfLink(created.links.member),
      viewer: tokenOfLink(created.links.viewer),
    },
  }
}

/** What a request sends: a token (none when null or left out), and a JSON or text body. */
export interface CallOptions {
  token?: string | null
  json?: unknown
  text?: string
  /** Content type of a text body (default text/csv). */
  type?: string
}

/** An answer: its status, its body as text and (when it parses) as JSON. */
export interface CallAnswer {
  status: number
  text: string
  json: unknown
  headers: Headers
}

/** Calls `path` on `origin`. */
export async function call(origin: string, method: string, path: string, options: CallOptions = {}): Promise<CallAnswer> {
  const headers: Record<string, string> = {}
  if (options.token) headers.authorization = `Bearer ${options.token}`
  let body: string | undefined
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(options.json)
  } else if (options.text !== undefined) {
    headers['content-type'] = options.type ?? 'text/csv; charset=utf-8'
    body = options.text
  }
  const response = await fetch(`${origin}${path}`, { method, headers, body })
  const text = await response.text()
  return { status: response.status, text, json: parseJson(text), headers: response.headers }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return null
  }
}

/** The error id of an API error answer (`{ error: { id, message } }`), or null. */
export function errorIdOf(answer: CallAnswer): string | null {
  const error = (answer.json as { error?: { id?: unknown; message?: unknown } } | null)?.error
  return typeof error?.id === 'string' && typeof error.message === 'string' ? error.id : null
}

/** People named as delegates in {@link memberListCsv}: no public answer may carry them. */
export const DELEGATES: readonly string[] = ['Ana Pérez', 'Łucja Nowak', '山田 健二', 'Ελένη Παππά']

/** A long description, as real member lists have. */
export const LONG_DESCRIPTION = 'Desarrollamos software libre para cooperativas de vivienda y consumo en toda la región. '.repeat(22).trim()

/** The 31 member coops as a CSV, with countries, websites, descriptions and a few delegates. */
export function memberListCsv(names: readonly string[] = MEMBER_COOPS): string {
  const rows = names.map((name, i) => {
    const delegates = i < DELEGATES.length ? (DELEGATES[i] ?? '') : ''
    const description = i === 1 ? LONG_DESCRIPTION : `Member coop number ${i + 1}`
    return `"${name}",Country ${i + 1},https://coop${i + 1}.example,"${description}","${delegates}"`
  })
  return ['name,country,website,description,delegates', ...rows].join('\n')
}

/** A community board as a stock client opens it: with the community's tokens in the board roles. */
export function communityBoard(boardId: string, community: TestCommunity): TestBoard {
  return {
    id: boardId,
    links: { facilitator: community.links.coordinator, participant: community.links.member, viewer: community.links.viewer },
    tokens: { facilitator: community.tokens.coordinator, participant: community.tokens.member, viewer: community.tokens.viewer },
  }
}
