/**
 * `GET /api/communities/:id/decisions.json` and `.md`: the decision register of every meeting
 * of the community, newest first, to any community token (as `Authorization: Bearer`).
 * `?q=` keeps decisions whose text, amended text, note or meeting title holds every word
 * (folded as names are); `?outcome=agreed|amended|not_agreed` keeps one outcome. A download
 * named by the one rule (`<community>-decisions-<date>.<ext>`). The Markdown is in English,
 * like the API's other fixed words; dates in the reader's zone (`?tz=`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { COMMUNITY_LIMITS, DECISION_OUTCOMES } from '../../shared/community/api'
import { filterDecisions, isDecisionOutcome, registerMarkdown, type RegisterQuery } from '../../shared/community/register'
import { FileKind } from '../../shared/export/fileName'
import { ErrorId } from '../../shared/protocol'
import { stripUnseen } from '../../shared/text/clean'
import { stripUnseenDeep } from '../../shared/text/cleanJson'
import { downloadDisposition, requestTimeZone } from '../http/contentDisposition'
import { sendError } from '../http/json'
import { authorizeCommunity } from './access'
import { readCommunityAggregates } from './aggregates'
import type { CommunityDeps } from './deps'

/** The two formats the register is served in. */
export type RegisterFormat = 'json' | 'md'

/** The register query of a request, or a problem to answer 400 with. */
export function registerQueryOf(req: IncomingMessage): RegisterQuery | string {
  const params = new URL(req.url ?? '/', 'http://internal').searchParams
  const q = stripUnseen(params.get('q') ?? '')
  if (q.length > COMMUNITY_LIMITS.search) return `q must be at most ${COMMUNITY_LIMITS.search} characters.`
  const outcome = params.get('outcome')
  if (outcome === null || outcome === '') return { q, outcome: null }
  if (!isDecisionOutcome(outcome)) return `outcome must be one of ${DECISION_OUTCOMES.join(', ')}.`
  return { q, outcome }
}

/** GET /api/communities/:id/decisions.(json|md) → the register, filtered, as a download. */
export async function getDecisionRegister(
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  format: RegisterFormat,
  deps: CommunityDeps,
): Promise<void> {
  const access = await authorizeCommunity(req, res, id, deps)
  if (!access) return
  const query = registerQueryOf(req)
  if (typeof query === 'string') return sendError(res, 400, ErrorId.badRequest, query)
  const { community } = access
  const boards = await deps.store.listCommunityBoards(community.id)
  const { decisions } = await readCommunityAggregates(deps, community, boards)
  const kept = filterDecisions(decisions, query)
  const now = Date.now()
  const timeZone = requestTimeZone(req)
  const text =
    format === 'json'
      ? `${JSON.stringify(stripUnseenDeep({ decisions: kept }), null, 2)}\n`
      : registerMarkdown(kept, { communityName: community.name, query, at: now, ...(timeZone ? { timeZone } : {}) })
  res.writeHead(200, {
    'content-type': format === 'json' ? 'application/json; charset=utf-8' : 'text/markdown; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'content-disposition': downloadDisposition(req, { title: community.name, kind: FileKind.decisions, extension: format }, now),
    ...(format === 'md' ? { 'content-language': 'en' } : {}),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  })
  res.end(text)
}
