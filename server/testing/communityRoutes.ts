/**
 * Helpers for the community routes' tests (server/community/communities.test.ts,
 * communityChanges.test.ts): a meeting added as the meetings route adds one, the community
 * facts a board holds, and the community's view as one role sees it.
 */
import { expect } from 'vitest'
import type * as Y from 'yjs'
import { DEFAULT_RELATION_LABELS, communityViewSchema, type CommunityRole, type CommunityView } from '../../shared/community/api'
import { COMMUNITY_MAP, CommunityKey, readCommunityFacts } from '../../shared/community/maps'
import { writeCommunityFacts } from '../../shared/community/meetingBuild'
import type { RunningServer } from '../app'
import { writeBoard } from '../community/boardWrite'
import { call, type TestCommunity } from './community'
import { createBoard } from './syncClient'

export const API = '/api/communities'
export const UNKNOWN_ID = 'AAAAAAAAAAAAAAAAAAAAAA'
export const MALFORMED_IDS = ['not-an-id', 'AAAA', '%2E%2E']
export const ROLES: readonly CommunityRole[] = ['coordinator', 'member', 'viewer']
const HOUR = 3600_000

/** The helpers, on the server `server()` answers (started by the test's harness). */
export function communityRouteHelpers(server: () => RunningServer) {
  const origin = () => server().origin
  return {
    origin,
    /** A meeting of `community` starting `hoursFromNow` from now, added as the meetings route adds one. */
    addMeeting: async (community: TestCommunity, title: string, hoursFromNow: number): Promise<string> => {
      const board = await createBoard(origin(), title)
      const startsAt = Date.now() + hoursFromNow * HOUR
      await server().store.addCommunityBoard(
        {
          boardId: board.id,
          communityId: community.id,
          kind: 'meeting',
          title,
          startsAt: new Date(startsAt).toISOString(),
          recordingUrl: null,
          createdAt: new Date().toISOString(),
        },
        null,
      )
      await writeBoard(server(), board.id, (doc) =>
        writeCommunityFacts(
          doc,
          { communityId: community.id, name: 'Before', kind: 'meeting', title, startsAt },
          DEFAULT_RELATION_LABELS,
          null,
        ),
      )
      return board.id
    },
    /** The community facts a board document holds. */
    factsOn: (boardId: string) =>
      server().registry.readDocument(boardId, (doc: Y.Doc) => ({
        facts: readCommunityFacts(doc.getMap<unknown>(COMMUNITY_MAP).get(CommunityKey.facts)),
        labels: doc.getMap<unknown>(COMMUNITY_MAP).get(CommunityKey.relationLabels),
      })),
    viewOf: async (community: TestCommunity, role: CommunityRole = 'coordinator'): Promise<CommunityView> => {
      const answer = await call(origin(), 'GET', `${API}/${community.id}`, { token: community.tokens[role] })
      expect(answer.status).toBe(200)
      return communityViewSchema.parse(answer.json)
    },
  }
}
