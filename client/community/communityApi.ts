/**
 * The community REST client (docs/PROTOCOL.md, "Communities"): every answer is narrowed by the
 * schemas of shared/community/api.ts, and every failure becomes an {@link ApiError}. Writes
 * answer with what they changed; the page reads the whole view again after one, so only the
 * answers it uses are checked in detail.
 */
import { z } from 'zod'
import {
  CommunityPaths,
  communityLinksSchema,
  communityViewSchema,
  createdCommunitySchema,
  createdMeetingSchema,
  decisionRegisterSchema,
  meetingSummarySchema,
  publicDirectorySchema,
  workingGroupViewSchema,
  type CommunityLinks,
  type CommunityView,
  type CreatedCommunity,
  type DECISION_OUTCOMES,
  type DecisionEntry,
  type MeetingSummary,
  type PublicDirectory,
  type WorkingGroupView,
} from '../../shared/community/api'
import { callJson, errorFrom, type ApiError, type ApiOptions, type ApiResult } from '../lib/apiClient'

/** The path of a community's API, or of one of its parts (`links`, `meetings`, …). */
export function communityApiPath(id: string, part?: string): string {
  const base = `${CommunityPaths.api}/${encodeURIComponent(id)}`
  return part === undefined ? base : `${base}/${part}`
}

/** A write whose answer the page does not read (it loads the view again). */
const anyAnswer = z.unknown()

/** Creates a community; whoever creates it is its coordinator. */
export function createCommunity(name: string, description: string, options: ApiOptions = {}): Promise<ApiResult<CreatedCommunity>> {
  return callJson(
    {
      path: CommunityPaths.api,
      method: 'POST',
      body: description === '' ? { name } : { name, description },
      schema: createdCommunitySchema,
      failure: 'The community could not be created',
      invalid: 'The server created the community but sent an answer Plenary does not understand.',
    },
    options,
  )
}

/** The community page's data, as the role `token` opens sees it. */
export function getCommunity(id: string, token: string, options: ApiOptions = {}): Promise<ApiResult<CommunityView>> {
  return callJson(
    {
      path: communityApiPath(id),
      token,
      schema: communityViewSchema,
      failure: 'The community could not be loaded',
      invalid: 'The server sent community details Plenary does not understand.',
    },
    options,
  )
}

/** The three links of the community (coordinator). */
export async function getCommunityLinks(id: string, token: string, options: ApiOptions = {}): Promise<ApiResult<CommunityLinks>> {
  const result = await callJson(
    {
      path: communityApiPath(id, 'links'),
      token,
      schema: z.object({ links: communityLinksSchema }),
      failure: 'The links could not be loaded',
      invalid: 'The server sent links Plenary does not understand.',
    },
    options,
  )
  return result.ok ? { ok: true, value: result.value.links } : result
}

/** Publishes or unpublishes the public directory (coordinator). */
export async function setPublished(id: string, token: string, published: boolean): Promise<ApiResult<boolean>> {
  const result = await callJson({
    path: communityApiPath(id, published ? 'publish' : 'unpublish'),
    method: 'POST',
    token,
    schema: z.object({ published: z.boolean() }),
    failure: 'The directory could not be changed',
    invalid: 'The server sent an answer Plenary does not understand.',
  })
  return result.ok ? { ok: true, value: result.value.published } : result
}

/** Creates a meeting board; `startsAt` is an ISO instant (coordinator). */
export async function createMeeting(id: string, token: string, title: string, startsAt: string): Promise<ApiResult<string>> {
  const result = await callJson({
    path: communityApiPath(id, 'meetings'),
    method: 'POST',
    token,
    body: { title, startsAt },
    schema: createdMeetingSchema,
    failure: 'The meeting could not be created',
    invalid: 'The server created the meeting but sent an answer Plenary does not understand.',
  })
  return result.ok ? { ok: true, value: result.value.board.id } : result
}

/** Sets or removes a past meeting's recording link (coordinator). */
export function setRecordingUrl(id: string, token: string, boardId: string, recordingUrl: string | null): Promise<ApiResult<unknown>> {
  return callJson({
    path: communityApiPath(id, `meetings/${encodeURIComponent(boardId)}`),
    method: 'PATCH',
    token,
    body: { recordingUrl },
    schema: anyAnswer,
    failure: 'The recording link could not be saved',
    invalid: 'The server sent an answer Plenary does not understand.',
  })
}

/** Attaches an existing board as a meeting, proving its facilitator token (coordinator). */
export function attachBoard(id: string, token: string, boardId: string, boardToken: string): Promise<ApiResult<MeetingSummary>> {
  return callJson({
    path: communityApiPath(id, 'boards'),
    method: 'POST',
    token,
    body: { boardId, boardToken },
    schema: meetingSummarySchema,
    failure: 'The board could not be attached',
    invalid: 'The server attached the board but sent an answer Plenary does not understand.',
  })
}

/** What a working group is made of, as the coordinator edits it. */
export interface WorkingGroupInput {
  name: string
  coopIds: string[]
  people: string[]
}

/** Creates a working group, or changes one when `groupId` is given (coordinator). */
export function saveWorkingGroup(
  id: string,
  token: string,
  group: WorkingGroupInput,
  groupId?: string,
): Promise<ApiResult<WorkingGroupView>> {
  return callJson({
    path: communityApiPath(id, groupId === undefined ? 'working-groups' : `working-groups/${encodeURIComponent(groupId)}`),
    method: groupId === undefined ? 'POST' : 'PUT',
    token,
    body: group,
    schema: workingGroupViewSchema,
    failure: 'The working group could not be saved',
    invalid: 'The server saved the working group but sent an answer Plenary does not understand.',
  })
}

/** Replaces the labels a relation arrow may carry (coordinator). */
export async function saveRelationLabels(id: string, token: string, labels: string[]): Promise<ApiResult<string[]>> {
  const result = await callJson({
    path: communityApiPath(id, 'relation-labels'),
    method: 'PUT',
    token,
    body: { labels },
    schema: z.object({ labels: z.array(z.string()) }),
    failure: 'The labels could not be saved',
    invalid: 'The server sent an answer Plenary does not understand.',
  })
  return result.ok ? { ok: true, value: result.value.labels } : result
}

/** A decision outcome, or every outcome. */
export type OutcomeFilter = (typeof DECISION_OUTCOMES)[number] | 'all'

/** What the register is asked for: a text search and an outcome. */
export interface DecisionQuery {
  q: string
  outcome: OutcomeFilter
}

/** `decisions.<ext>` with the query, as the register's downloads and list ask for it. */
export function decisionsPath(id: string, ext: 'json' | 'md', query: DecisionQuery): string {
  const params = new URLSearchParams()
  const q = query.q.trim()
  if (q !== '') params.set('q', q)
  if (query.outcome !== 'all') params.set('outcome', query.outcome)
  const search = params.toString()
  return `${communityApiPath(id, `decisions.${ext}`)}${search === '' ? '' : `?${search}`}`
}

/** The decisions that match `query`, newest first. */
export async function getDecisions(
  id: string,
  token: string,
  query: DecisionQuery,
  options: ApiOptions = {},
): Promise<ApiResult<DecisionEntry[]>> {
  const result = await callJson(
    {
      path: decisionsPath(id, 'json', query),
      token,
      schema: decisionRegisterSchema,
      failure: 'The decisions could not be loaded',
      invalid: 'The server sent decisions Plenary does not understand.',
    },
    options,
  )
  return result.ok ? { ok: true, value: result.value.decisions } : result
}

/** The public directory; `not_found` while it is unpublished. */
export function getPublicDirectory(id: string, options: ApiOptions = {}): Promise<ApiResult<PublicDirectory>> {
  return callJson(
    {
      path: communityApiPath(id, 'public.json'),
      schema: publicDirectorySchema,
      failure: 'The directory could not be loaded',
      invalid: 'The server sent a directory Plenary does not understand.',
    },
    options,
  )
}

const NETWORK: ApiError = { id: 'network', message: 'Could not reach the Plenary server. Check your connection and try again.' }

/** A file from the API with the token (a download), ready to save. */
export async function fetchFile(path: string, token: string): Promise<ApiResult<Blob>> {
  let response: Response
  try {
    response = await fetch(path, { headers: { Authorization: `Bearer ${token}` } })
  } catch {
    return { ok: false, error: NETWORK }
  }
  if (!response.ok) return { ok: false, error: await errorFrom(response, 'The download failed') }
  return { ok: true, value: await response.blob() }
}

/** One problem of a roster text (shared/corners/rosterLayout.ts's RosterError). */
const rosterProblemSchema = z.object({
  line: z.number().nullable(),
  message: z.string(),
  code: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
})

/** The answer of a roster import or its dry run (the board's, docs/PROTOCOL.md "Coop roster and corners"). */
export const rosterPreviewSchema = z.object({
  applied: z.boolean(),
  summary: z.object({ added: z.number(), updated: z.number(), unchanged: z.number(), validRows: z.number(), skippedRows: z.number() }),
  coops: z.array(z.object({ id: z.string(), name: z.string(), status: z.enum(['new', 'updated']) })),
  problems: z.array(rosterProblemSchema),
  warnings: z.array(rosterProblemSchema),
})
/** What an import would do, or did. */
export type RosterPreview = z.infer<typeof rosterPreviewSchema>
/** One problem of a roster text, as the server sends it. */
export type RosterProblemAnswer = z.infer<typeof rosterProblemSchema>

/** A roster import: the preview, the problems that stop it (422), or an error. */
export type RosterAnswer =
  { kind: 'preview'; preview: RosterPreview } | { kind: 'problems'; problems: RosterProblemAnswer[] } | { kind: 'error'; error: ApiError }

/** Sends a roster text (CSV, a plain list, or roster.json's JSON): a dry run, or `apply` imports the valid rows (coordinator). */
export async function postRoster(id: string, token: string, text: string, apply: boolean): Promise<RosterAnswer> {
  const type = text.trimStart().startsWith('{') ? 'application/json' : 'text/csv'
  let response: Response
  try {
    response = await fetch(`${communityApiPath(id, 'roster')}${apply ? '?apply=valid' : ''}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': `${type}; charset=utf-8`, Accept: 'application/json' },
      body: text,
    })
  } catch {
    return { kind: 'error', error: NETWORK }
  }
  if (response.status === 422) {
    const body = z.object({ problems: z.array(rosterProblemSchema) }).safeParse(await response.json().catch(() => null))
    if (body.success) return { kind: 'problems', problems: body.data.problems }
  }
  if (!response.ok) return { kind: 'error', error: await errorFrom(response, 'The roster could not be imported') }
  const preview = rosterPreviewSchema.safeParse(await response.json().catch(() => null))
  return preview.success
    ? { kind: 'preview', preview: preview.data }
    : { kind: 'error', error: { id: 'invalid_response', message: 'The server sent an answer Plenary does not understand.' } }
}
