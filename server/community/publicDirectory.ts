/**
 * The public directory of a published community: `GET /api/communities/:id/public.json` (its
 * coops with their working groups, and the relations between them) and `graph.json` (nodes and
 * edges), for its landing page or anyone's. No token: the coordinator's "publish" is the
 * consent. So what is served is chosen field by field: never a token, and never a person's name
 * (no delegate, rapporteur or presenter: nobody opted in to publish theirs). 404, exactly as for
 * an unknown id, while unpublished.
 *
 * Open to other origins (`Access-Control-Allow-Origin: *`, these two GETs only: they carry no
 * credentials and nothing private). Cached by browsers and proxies for a minute, with an ETag
 * so a poll after that costs a 304; unpublishing therefore takes at most a minute to reach
 * every cache.
 *
 * Anyone may ask, as often as they like, so the answer is made from only what it shows (the
 * standing board's roster and working groups, every board's arrows; never decisions or
 * rotation) and kept in memory per community for a minute (./publicCache.ts): a request in
 * that minute, a 304 included, reads no board. Whether the community is published is read
 * from the store on every request, so unpublishing on any node takes effect at once there.
 */
import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { isCommunityId, type CommunityGraph, type PublicDirectory } from '../../shared/community/api'
import { stripUnseenDeep } from '../../shared/text/cleanJson'
import { writeRepresentationHead } from '../http/conditionalResponse'
import type { CommunityInfo } from '../persistence/types'
import { sendCommunityNotFound } from './access'
import { readPublicAggregates, type PublicAggregates } from './aggregates'
import type { CommunityDeps } from './deps'
import { publicAnswerCache, type PublicAnswer } from './publicCache'

/** The two public answers. */
export type PublicFormat = 'public' | 'graph'

/** How long a cache may keep an answer without asking again, in seconds. */
const MAX_AGE_SECONDS = 60

/** The directory of a community: coops without delegates, with the names of their working groups. */
export function publicDirectoryOf(
  community: Pick<CommunityInfo, 'id' | 'name' | 'description'>,
  aggregates: PublicAggregates,
): PublicDirectory {
  const groupsOf = (coopId: string) => aggregates.workingGroups.filter((group) => group.coopIds.includes(coopId)).map((group) => group.name)
  return {
    id: community.id,
    name: community.name,
    description: community.description,
    coops: aggregates.coops.map(({ id, name, country, website, description }) => ({
      id,
      name,
      country,
      website,
      description,
      workingGroups: groupsOf(id),
    })),
    relations: aggregates.relations.map(({ source, target, label }) => ({ source, target, label })),
  }
}

/** The relationship map: a node per coop, an edge per relation. */
export function graphOf(aggregates: PublicAggregates): CommunityGraph {
  return {
    nodes: aggregates.coops.map(({ id, name, country }) => ({ id, name, country })),
    edges: aggregates.relations.map(({ source, target, label }) => ({ source, target, label })),
  }
}

/** An answer's bytes (hidden characters stripped) and their ETag. */
function answerOf(body: PublicDirectory | CommunityGraph): PublicAnswer {
  const bytes = Buffer.from(`${JSON.stringify(stripUnseenDeep(body))}\n`)
  return { bytes, etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"` }
}

/** GET /api/communities/:id/(public|graph).json → the directory or its graph; 404 while unpublished. */
export async function getPublicDirectory(
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  format: PublicFormat,
  deps: CommunityDeps,
): Promise<void> {
  res.setHeader('access-control-allow-origin', '*')
  const community = isCommunityId(id) ? await deps.store.getCommunity(id) : null
  // Unpublished reads as unknown: a stranger cannot even tell that the community exists.
  if (!community?.published) return sendCommunityNotFound(res)
  const { bytes, etag } = await publicAnswerCache(deps).answer(community, format, async () => {
    const boards = await deps.store.listCommunityBoards(community.id)
    const aggregates = await readPublicAggregates(deps, community, boards)
    return { public: answerOf(publicDirectoryOf(community, aggregates)), graph: answerOf(graphOf(aggregates)) }
  })
  const send = writeRepresentationHead(req, res, {
    encoding: 'identity',
    negotiated: false,
    etag,
    length: bytes.length,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': `public, max-age=${MAX_AGE_SECONDS}`,
      'x-content-type-options': 'nosniff',
    },
  })
  if (send) res.end(bytes)
}
