/**
 * The community's own routes (./communities.ts, ./communityView.ts) against a real server:
 * creating one and its view by each role, with bad input, unknown and malformed ids. Meetings
 * are added through the store, as the meetings route adds them, so these tests need no other
 * route. Changing a community: ./communityChanges.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { COMMUNITY_LIMITS, DEFAULT_RELATION_LABELS, meetingSummarySchema, type CommunityRole } from '../../shared/community/api'
import { currentBoardState } from '../snapshots/takeSnapshot'
import { call, createCommunity, errorIdOf, type TestCommunity } from '../testing/community'
import { useTestServer } from '../testing/harness'
import { createBoard } from '../testing/syncClient'
import { API, MALFORMED_IDS, ROLES, UNKNOWN_ID, communityRouteHelpers } from '../testing/communityRoutes'

describe('community routes', () => {
  const harness = useTestServer()
  const { origin, addMeeting, factsOn, viewOf } = communityRouteHelpers(() => harness.server)

  describe('POST /api/communities', () => {
    it('creates a community with three links and a standing board that knows it', async () => {
      const answer = await call(origin(), 'POST', API, {
        json: { name: '  Red\u202e   Ibérica\u0007 · 協同組合  ', description: 'Cooperativas de Łódź, Αθήνα y 東京.\nSegunda línea.' },
      })
      expect(answer.status).toBe(201)
      const { id, url, links } = answer.json as { id: string; url: string; links: Record<CommunityRole, string> }
      expect(url).toBe(`${origin()}/c/${id}`)
      for (const role of ROLES) expect(links[role]).toMatch(new RegExp(`^${origin()}/c/${id}#token=[A-Za-z0-9_-]{32}$`))
      expect(new Set(Object.values(links)).size).toBe(3)
      const community = createCommunityFromLinks(id, links)
      const view = await viewOf(community)
      expect(view).toMatchObject({
        id,
        name: 'Red Ibérica · 協同組合',
        description: 'Cooperativas de Łódź, Αθήνα y 東京.\nSegunda línea.',
        role: 'coordinator',
        published: false,
        meetings: [],
        nextMeeting: null,
        relationLabels: DEFAULT_RELATION_LABELS,
      })
      expect(view.standingBoard.url).toBe(`${origin()}/b/${view.standingBoard.id}`)
      const { facts, labels } = await factsOn(view.standingBoard.id)
      expect(facts).toEqual({
        communityId: id,
        name: 'Red Ibérica · 協同組合',
        kind: 'standing',
        title: 'Red Ibérica · 協同組合',
        startsAt: null,
      })
      expect(labels).toEqual(DEFAULT_RELATION_LABELS)
    })

    it('refuses a bad body with a clear 4xx and creates nothing', async () => {
      const cases: [unknown, number][] = [
        [{}, 400],
        [{ name: '   \n ' }, 400],
        [{ name: '\u202e\u0007' }, 400],
        [{ name: 'x'.repeat(COMMUNITY_LIMITS.name + 1) }, 400],
        [{ name: 42 }, 400],
        [{ name: 'Coop', description: 7 }, 400],
        [{ name: 'Coop', description: 'd'.repeat(COMMUNITY_LIMITS.description + 1) }, 400],
        [['Coop'], 400],
      ]
      for (const [json, status] of cases) {
        const answer = await call(origin(), 'POST', API, { json })
        expect(answer.status, JSON.stringify(json)).toBe(status)
        expect(errorIdOf(answer)).toBe('bad_request')
      }
      expect((await call(origin(), 'POST', API, { text: '{"name":', type: 'application/json' })).status).toBe(400)
      expect((await call(origin(), 'POST', API, { text: 'name=Coop', type: 'text/plain' })).status).toBe(415)
      // The message names the field and its rule.
      const messageOf = async (json: unknown) =>
        ((await call(origin(), 'POST', API, { json })).json as { error: { message: string } }).error.message
      expect(await messageOf({ name: ' ' })).toBe(`name must be text of 1 to ${COMMUNITY_LIMITS.name} characters, not only blanks`)
      expect(await messageOf({})).toContain('name must be text')
      expect(await messageOf({ name: 'Coop', description: false })).toContain('description must be text')
      // The longest name is fine.
      expect((await call(origin(), 'POST', API, { json: { name: 'Ł'.repeat(COMMUNITY_LIMITS.name) } })).status).toBe(201)
    })
  })

  /** A {@link TestCommunity} from a creation answer. */
  function createCommunityFromLinks(id: string, links: Record<CommunityRole, string>): TestCommunity {
    const tokenOf = (link: string) => link.slice(link.indexOf('#token=') + '#token='.length)
    return {
      id,
      url: `${origin()}/c/${id}`,
      links: { coordinator: links.coordinator, member: links.member, viewer: links.viewer },
      tokens: { coordinator: tokenOf(links.coordinator), member: tokenOf(links.member), viewer: tokenOf(links.viewer) },
    }
  }

  describe('GET /api/communities/:id', () => {
    it('shows each role its role, and the meetings newest first with the next one and their latest snapshots', async () => {
      const community = await createCommunity(origin(), 'Kooperativet Ørsted')
      const past = await addMeeting(community, 'Asamblea de enero', -30 * 24)
      const started = await addMeeting(community, 'Zgromadzenie — trwa', -2)
      const later = await addMeeting(community, 'Συνέλευση Μαρτίου', 24 * 9)
      const soon = await addMeeting(community, '二月の総会', 24 * 2)
      // January's Final holds the board as it is, so the coordinator's sync keeps it rather than freezing it again.
      await harness.server.store.saveBoardSnapshot(
        {
          id: 'final-jan',
          boardId: past,
          name: 'Final',
          author: 'Plenary',
          kind: 'auto',
          createdAt: Date.now(),
          state: await currentBoardState(harness.server, past),
        },
        10,
      )
      for (const role of ROLES) expect((await viewOf(community, role)).role).toBe(role)
      const view = await viewOf(community, 'member')
      expect(view.meetings.map((meeting) => meeting.boardId)).toEqual([later, soon, started, past])
      expect(view.meetings.map((meeting) => meeting.status)).toEqual(['upcoming', 'upcoming', 'upcoming', 'past'])
      // A meeting that started two hours ago is still the one to join.
      expect(view.nextMeeting?.boardId).toBe(started)
      const january = view.meetings[3]
      expect(meetingSummarySchema.parse(january)).toMatchObject({
        title: 'Asamblea de enero',
        url: `${origin()}/b/${past}`,
        finalSnapshotId: 'final-jan',
        recordingUrl: null,
      })
      expect(view.meetings[0]?.finalSnapshotId).toBeNull()
    })

    it('answers 401 without a good token, and 404 for unknown or malformed ids', async () => {
      const community = await createCommunity(origin())
      const other = await createCommunity(origin(), 'Другой кооператив')
      const board = await createBoard(origin())
      const path = `${API}/${community.id}`
      for (const token of [null, 'x'.repeat(32), other.tokens.coordinator, board.tokens.facilitator, 'not a token']) {
        const answer = await call(origin(), 'GET', path, { token })
        expect(answer.status).toBe(401)
        expect(errorIdOf(answer)).toBe('unauthorized')
      }
      for (const id of [UNKNOWN_ID, ...MALFORMED_IDS, board.id]) {
        const answer = await call(origin(), 'GET', `${API}/${id}`, { token: community.tokens.coordinator })
        expect(answer.status, id).toBe(404)
        expect(errorIdOf(answer)).toBe('not_found')
      }
    })
  })
})
