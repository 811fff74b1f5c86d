/**
 * Every HTTP route of the server, in one table: its path, and which handler answers each
 * method. The handlers live with their feature (boards.ts, snapshots.ts, assets.ts, …); a new
 * route is one line here. router.ts runs the table after the request guard, and serves the
 * client app for any other path.
 */
import { CommunityPaths } from '../../shared/community/paths'
import { Paths } from '../../shared/protocol'
import { getCommunityLinks, patchCommunity, patchMeeting, postCommunity, setPublished } from '../community/communities'
import { getCommunityView } from '../community/communityView'
import { attachBoard, postMeeting } from '../community/meetings'
import { rotateCommunityLinkRoute } from '../community/linkRotation'
import { getPublicDirectory } from '../community/publicDirectory'
import { getDecisionRegister } from '../community/register'
import { putRelationLabels } from '../community/relationLabels'
import { getCommunityRoster, postCommunityRoster } from '../community/roster'
import { postWorkingGroup, putWorkingGroup } from '../community/workingGroups'
import type { Readiness } from '../health/readiness'
import { METRICS_PATH, serveMetrics, type MetricsSource } from '../metrics/metricsRoute'
import { getAsset, uploadAsset, type AssetRoutesDeps } from './assets'
import { getBoardExport } from './boardExport'
import { createBoard, getBoard, getLinks, rotateBoardLink } from './boards'
import { sendJson } from './json'
import { getMinutes } from './minutes'
import { getRoster } from './roster'
import { postRoster } from './rosterImport'
import { readable, route, type Route } from './routeTable'
import { createSnapshot, getSnapshot, getSnapshotState, listSnapshots, type SnapshotRoutesDeps } from './snapshots'

/** What the routes need. */
export interface RouteDeps extends AssetRoutesDeps, SnapshotRoutesDeps {
  /** Whether the node can serve boards now (`/readyz`); a cached answer, so probes may call it freely. */
  readiness: () => Promise<Readiness>
  /** Served at `GET /metrics` in Prometheus text format. */
  metrics: MetricsSource
}

const BOARD = `${Paths.boards}/:id` as const
const COMMUNITY = `${CommunityPaths.api}/:id` as const

/** Routes that load balancers and Prometheus poll: logged at debug (routeTable.ts). */
const PROBE = { probe: true }

/** The server's route table. */
export function httpRoutes(deps: RouteDeps): Route[] {
  return [
    route(
      Paths.health,
      {
        // Liveness: the process answers. Whether it can serve is /readyz's question.
        ANY: (_req, res) => sendJson(res, 200, { ok: true }),
      },
      PROBE,
    ),
    route(
      Paths.ready,
      readable(async (_req, res) => {
        const answer = await deps.readiness()
        // The reason names the part only; its cause (hosts, paths) goes to the log.
        sendJson(res, answer.ready ? 200 : 503, answer.ready ? { ready: true } : { ready: false, reason: answer.reason })
      }),
      PROBE,
    ),
    // Open to all: the time is no secret, and clients need it before they have a board open.
    route(
      Paths.time,
      readable((_req, res) => sendJson(res, 200, { now: Date.now() })),
    ),
    route(
      METRICS_PATH,
      readable((_req, res) => serveMetrics(res, deps.metrics)),
      PROBE,
    ),
    route(Paths.boards, { POST: (req, res) => createBoard(req, res, deps) }),
    route(
      BOARD,
      readable((req, res, { id }) => getBoard(req, res, id, deps)),
    ),
    route(`${BOARD}/links`, { GET: (req, res, { id }) => getLinks(req, res, id, deps) }),
    route(`${BOARD}/links/:role/rotate`, { POST: (req, res, { id, role }) => rotateBoardLink(req, res, id, role, deps) }),
    route(`${BOARD}/roster`, { POST: (req, res, { id }) => postRoster(req, res, id, deps) }),
    route(
      `${BOARD}/roster.json`,
      readable((req, res, { id }) => getRoster(req, res, id, 'json', deps)),
    ),
    route(
      `${BOARD}/roster.csv`,
      readable((req, res, { id }) => getRoster(req, res, id, 'csv', deps)),
    ),
    route(
      `${BOARD}/export.md`,
      readable((req, res, { id }) => getMinutes(req, res, id, deps)),
    ),
    route(`${BOARD}/snapshots`, {
      ...readable((req, res, { id }) => listSnapshots(req, res, id, deps)),
      POST: (req, res, { id }) => createSnapshot(req, res, id, deps),
    }),
    route(
      `${BOARD}/snapshots/:sid`,
      readable((req, res, { id, sid }) => getSnapshot(req, res, id, sid, deps)),
    ),
    route(
      `${BOARD}/snapshots/:sid/state`,
      readable((req, res, { id, sid }) => getSnapshotState(req, res, id, sid, deps)),
    ),
    route(
      `${BOARD}/export.tldr`,
      readable((req, res, { id }) => getBoardExport(req, res, id, 'tldr', deps)),
    ),
    route(
      `${BOARD}/export.json`,
      readable((req, res, { id }) => getBoardExport(req, res, id, 'json', deps)),
    ),
    route(`${BOARD}/assets`, { POST: (req, res, { id }) => uploadAsset(req, res, id, deps) }),
    route(
      `${BOARD}/assets/:hash`,
      readable((req, res, { id, hash }) => getAsset(req, res, id, hash, deps)),
    ),
    // Communities (server/community): a community's routes, then each part's.
    route(CommunityPaths.api, { POST: (req, res) => postCommunity(req, res, deps) }),
    route(COMMUNITY, {
      ...readable((req, res, { id }) => getCommunityView(req, res, id, deps)),
      PATCH: (req, res, { id }) => patchCommunity(req, res, id, deps),
    }),
    route(
      `${COMMUNITY}/links`,
      readable((req, res, { id }) => getCommunityLinks(req, res, id, deps)),
    ),
    route(`${COMMUNITY}/links/:role/rotate`, { POST: (req, res, { id, role }) => rotateCommunityLinkRoute(req, res, id, role, deps) }),
    route(`${COMMUNITY}/publish`, { POST: (req, res, { id }) => setPublished(req, res, id, true, deps) }),
    route(`${COMMUNITY}/unpublish`, { POST: (req, res, { id }) => setPublished(req, res, id, false, deps) }),
    route(`${COMMUNITY}/meetings/:boardId`, { PATCH: (req, res, { id, boardId }) => patchMeeting(req, res, id, boardId, deps) }),
    route(`${COMMUNITY}/meetings`, { POST: (req, res, { id }) => postMeeting(req, res, id, deps) }),
    route(`${COMMUNITY}/boards`, { POST: (req, res, { id }) => attachBoard(req, res, id, deps) }),
    route(`${COMMUNITY}/roster`, { POST: (req, res, { id }) => postCommunityRoster(req, res, id, deps) }),
    route(
      `${COMMUNITY}/roster.json`,
      readable((req, res, { id }) => getCommunityRoster(req, res, id, 'json', deps)),
    ),
    route(
      `${COMMUNITY}/roster.csv`,
      readable((req, res, { id }) => getCommunityRoster(req, res, id, 'csv', deps)),
    ),
    route(`${COMMUNITY}/working-groups`, { POST: (req, res, { id }) => postWorkingGroup(req, res, id, deps) }),
    route(`${COMMUNITY}/working-groups/:wgId`, { PUT: (req, res, { id, wgId }) => putWorkingGroup(req, res, id, wgId, deps) }),
    route(
      `${COMMUNITY}/decisions.json`,
      readable((req, res, { id }) => getDecisionRegister(req, res, id, 'json', deps)),
    ),
    route(
      `${COMMUNITY}/decisions.md`,
      readable((req, res, { id }) => getDecisionRegister(req, res, id, 'md', deps)),
    ),
    route(`${COMMUNITY}/relation-labels`, { PUT: (req, res, { id }) => putRelationLabels(req, res, id, deps) }),
    // No token: the directory a coordinator published (server/community/publicDirectory.ts).
    route(
      `${COMMUNITY}/public.json`,
      readable((req, res, { id }) => getPublicDirectory(req, res, id, 'public', deps)),
    ),
    route(
      `${COMMUNITY}/graph.json`,
      readable((req, res, { id }) => getPublicDirectory(req, res, id, 'graph', deps)),
    ),
  ]
}
