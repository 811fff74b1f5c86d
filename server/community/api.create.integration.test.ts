/**
 * The community API on one node: creating a community (its links, standing board and view for each
 * role, bad bodies) and the rate limit on creating communities.
 * Set-up shared with the other api.*.integration.test.ts files: ../testing/communityApi.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COMMUNITY_LIMITS, DEFAULT_RELATION_LABELS } from '../../shared/community/api'
import { ErrorId, Role } from '../../shared/protocol'
import type { RunningServer } from '../app'
import { LONG_DESCRIPTION, call, createCommunity, errorIdOf, type CallOptions } from '../testing/community'
import { createBoard } from '../testing/syncClient'
import { startTestServer } from '../testing/testServer'
import { API, useCommunityApi } from '../testing/communityApi'

describe('the community API', () => {
  const api = useCommunityApi()
  const { at, view } = api

  describe('creating a community', () => {
    it('answers 201 with its id, page URL and three different links, and a view for each role', async () => {
      const answer = await at('POST', API, { json: { name: '  Red   Ibérica ', description: LONG_DESCRIPTION } })
      expect(answer.status).toBe(201)
      const created = answer.json as { id: string; url: string; links: Record<string, string> }
      expect(created.id).toMatch(/^[A-Za-z0-9_-]{22}$/)
      expect(created.url).toBe(`${api.server.origin}/c/${created.id}`)
      for (const role of ['coordinator', 'member', 'viewer']) {
        expect(created.links[role]).toMatch(new RegExp(`^${api.server.origin}/c/${created.id}#token=[A-Za-z0-9_-]{20,}$`))
      }
      expect(new Set(Object.values(created.links)).size).toBe(3)

      const community = await createCommunity(api.server.origin, 'Spółdzielnie Północy', 'Coops of the north · 北方の協同組合')
      for (const role of ['coordinator', 'member', 'viewer'] as const) {
        const seen = await view(community, community.tokens[role])
        expect(seen.role).toBe(role)
        expect(seen).toMatchObject({
          id: community.id,
          name: 'Spółdzielnie Północy',
          description: 'Coops of the north · 北方の協同組合',
          published: false,
          coops: [],
          meetings: [],
          nextMeeting: null,
          workingGroups: [],
          rotation: [],
          relations: [],
          relationLabels: [...DEFAULT_RELATION_LABELS],
        })
        // The links are the coordinator's to hand out, never in the view.
        expect(JSON.stringify(seen)).not.toContain(community.tokens.coordinator)
      }
    })

    it('makes a standing board the community tokens open with the mapped roles, whose links are the community’s', async () => {
      const community = await createCommunity(api.server.origin, 'Cooperativas del Sur')
      const { standingBoard } = await view(community)
      expect(standingBoard.url).toMatch(new RegExp(`/b/${standingBoard.id}$`))
      for (const [role, boardRole] of [
        ['coordinator', Role.facilitator],
        ['member', Role.participant],
        ['viewer', Role.viewer],
      ] as const) {
        const board = await at('GET', `/api/boards/${standingBoard.id}`, { token: community.tokens[role] })
        expect(board.status).toBe(200)
        expect(board.json).toMatchObject({
          title: 'Cooperativas del Sur',
          role: boardRole,
          community: { id: community.id, name: 'Cooperativas del Sur', kind: 'standing' },
        })
      }
      const links = await at('GET', `/api/boards/${standingBoard.id}/links`, { token: community.tokens.coordinator })
      expect(links.status).toBe(200)
      expect((links.json as { links: Record<Role, string> }).links).toEqual({
        facilitator: `${api.server.origin}/b/${standingBoard.id}#token=${community.tokens.coordinator}`,
        participant: `${api.server.origin}/b/${standingBoard.id}#token=${community.tokens.member}`,
        viewer: `${api.server.origin}/b/${standingBoard.id}#token=${community.tokens.viewer}`,
      })
      const rotate = await at('POST', `/api/boards/${standingBoard.id}/links/participant/rotate`, { token: community.tokens.coordinator })
      expect(rotate.status).toBe(409)
      expect(errorIdOf(rotate)).not.toBeNull()
      // A board outside the community says so.
      const plain = await createBoard(api.server.origin)
      expect((await at('GET', `/api/boards/${plain.id}`, { token: plain.tokens.viewer })).json).toMatchObject({ community: null })
    })

    it('refuses bad bodies with 400 and a message', async () => {
      const bad: CallOptions[] = [
        { text: '{name: nope', type: 'application/json' },
        { json: {} },
        { json: { name: '   ' } },
        { json: { name: 42 } },
        { json: { name: 'x'.repeat(COMMUNITY_LIMITS.name + 1) } },
        { json: { name: 'Red', description: 'x'.repeat(COMMUNITY_LIMITS.description + 1) } },
        { json: { name: 'Red', description: 7 } },
        { json: ['Red'] },
      ]
      for (const body of bad) {
        const answer = await at('POST', API, body)
        expect(answer.status, JSON.stringify(body)).toBe(400)
        expect(errorIdOf(answer)).toBe(ErrorId.badRequest)
      }
    })
  })
})

describe('creating communities is rate-limited like creating boards', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startTestServer({ httpRateLimit: { boardsPerHour: 1, boardBurst: 2, writesPerMinute: 60, writeBurst: 60 } })
  })
  afterAll(() => server.close())

  it('answers 429 with Retry-After once the address has used its burst', async () => {
    const create = () => call(server.origin, 'POST', API, { json: { name: 'Red' } })
    expect((await create()).status).toBe(201)
    expect((await create()).status).toBe(201)
    const refused = await create()
    expect(refused.status).toBe(429)
    expect(errorIdOf(refused)).toBe(ErrorId.rateLimited)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})
