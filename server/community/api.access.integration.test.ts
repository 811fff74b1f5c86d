/**
 * The community API on one node: who may call what. Every route of docs/PROTOCOL.md "Communities"
 * with every kind of caller (coordinator, member, viewer, no token, a token of another board or
 * community, a made-up token), unknown and malformed ids, and the public directory before and
 * after publishing.
 * Set-up shared with the other api.*.integration.test.ts files: ../testing/communityApi.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_RELATION_LABELS, graphSchema, publicDirectorySchema, workingGroupViewSchema } from '../../shared/community/api'
import { MEMBER_COOPS } from '../../shared/corners/testing'
import { ErrorId } from '../../shared/protocol'
import {
  DELEGATES,
  LONG_DESCRIPTION,
  createCommunity,
  errorIdOf,
  memberListCsv,
  type CallOptions,
  type TestCommunity,
} from '../testing/community'
import { createBoard, type TestBoard } from '../testing/syncClient'
import { API, MALFORMED_IDS, UNKNOWN_ID, inDays, useCommunityApi } from '../testing/communityApi'

describe('the community API', () => {
  const api = useCommunityApi()
  const { at, view, importRoster, newMeeting } = api

  describe('who may call what', () => {
    let community: TestCommunity
    let other: TestCommunity
    let otherBoard: TestBoard
    let meetingId: string
    let workingGroupId: string
    beforeAll(async () => {
      community = await createCommunity(api.server.origin, 'Kooperativa Nord')
      other = await createCommunity(api.server.origin, 'Another network')
      otherBoard = await createBoard(api.server.origin, 'A board of its own')
      await importRoster(community)
      meetingId = (await newMeeting(community, 'Asamblea de enero', inDays(7))).id
      const group = await at('POST', `${API}/${community.id}/working-groups`, {
        token: community.tokens.coordinator,
        json: { name: 'Finanzas', coopIds: [], people: ['Ana Pérez'] },
      })
      expect(group.status).toBe(201)
      workingGroupId = workingGroupViewSchema.parse(group.json).id
    })

    interface Case {
      method: string
      path: () => string
      body?: () => Promise<CallOptions>
      who: 'anyToken' | 'coordinator'
      ok: number
    }
    const cases = (): Record<string, Case> => ({
      view: { method: 'GET', path: () => '', who: 'anyToken', ok: 200 },
      patch: {
        method: 'PATCH',
        path: () => '',
        body: async () => ({ json: { description: 'Nordic coops' } }),
        who: 'coordinator',
        ok: 200,
      },
      links: { method: 'GET', path: () => '/links', who: 'coordinator', ok: 200 },
      publish: { method: 'POST', path: () => '/publish', who: 'coordinator', ok: 200 },
      unpublish: { method: 'POST', path: () => '/unpublish', who: 'coordinator', ok: 200 },
      recording: {
        method: 'PATCH',
        path: () => `/meetings/${meetingId}`,
        body: async () => ({ json: { recordingUrl: 'https://video.example/enero' } }),
        who: 'coordinator',
        ok: 200,
      },
      attach: {
        method: 'POST',
        path: () => '/boards',
        body: async () => {
          const board = await createBoard(api.server.origin, 'Older assembly')
          return { json: { boardId: board.id, boardToken: board.tokens.facilitator } }
        },
        who: 'coordinator',
        ok: 201,
      },
      roster: { method: 'POST', path: () => '/roster', body: async () => ({ text: memberListCsv() }), who: 'coordinator', ok: 200 },
      rosterJson: { method: 'GET', path: () => '/roster.json', who: 'anyToken', ok: 200 },
      rosterCsv: { method: 'GET', path: () => '/roster.csv', who: 'anyToken', ok: 200 },
      meetings: {
        method: 'POST',
        path: () => '/meetings',
        body: async () => ({ json: { title: 'Asamblea de febrero', startsAt: inDays(30) } }),
        who: 'coordinator',
        ok: 201,
      },
      newGroup: {
        method: 'POST',
        path: () => '/working-groups',
        body: async () => ({ json: { name: 'Comunicación', coopIds: [], people: [] } }),
        who: 'coordinator',
        ok: 201,
      },
      editGroup: {
        method: 'PUT',
        path: () => `/working-groups/${workingGroupId}`,
        body: async () => ({ json: { name: 'Finanzas y cuotas', coopIds: [], people: ['Ana Pérez', 'Łucja Nowak'] } }),
        who: 'coordinator',
        ok: 200,
      },
      decisionsJson: { method: 'GET', path: () => '/decisions.json', who: 'anyToken', ok: 200 },
      decisionsMd: { method: 'GET', path: () => '/decisions.md', who: 'anyToken', ok: 200 },
      labels: {
        method: 'PUT',
        path: () => '/relation-labels',
        body: async () => ({ json: { labels: [...DEFAULT_RELATION_LABELS, 'comparte local'] } }),
        who: 'coordinator',
        ok: 200,
      },
    })

    for (const name of Object.keys(cases())) {
      it(`${name}: 404 for unknown and malformed ids, 401 without a valid token, 403 below its role, then ${cases()[name]?.ok}`, async () => {
        const routeCase = cases()[name]
        if (!routeCase) throw new Error(name)
        const send = async (id: string, token: string | null) =>
          at(routeCase.method, `${API}/${id}${routeCase.path()}`, { ...(routeCase.body ? await routeCase.body() : {}), token })

        for (const id of [UNKNOWN_ID, ...MALFORMED_IDS]) {
          const answer = await send(id, community.tokens.coordinator)
          expect(answer.status, `${name} on ${id}`).toBe(404)
          expect(errorIdOf(answer)).toBe(ErrorId.notFound)
        }
        const strangers: [string, string | null][] = [
          ['no token', null],
          ['a made-up token', 'x'.repeat(32)],
          ['a board’s facilitator token', otherBoard.tokens.facilitator],
          ['another community’s coordinator token', other.tokens.coordinator],
        ]
        for (const [who, token] of strangers) {
          const answer = await send(community.id, token)
          expect(answer.status, `${name} with ${who}`).toBe(401)
          expect(errorIdOf(answer)).toBe(ErrorId.unauthorized)
        }
        for (const role of ['viewer', 'member'] as const) {
          const answer = await send(community.id, community.tokens[role])
          if (routeCase.who === 'anyToken') expect(answer.status, `${name} as ${role}`).toBe(routeCase.ok)
          else {
            expect(answer.status, `${name} as ${role}`).toBe(403)
            expect(errorIdOf(answer)).toBe(ErrorId.forbidden)
          }
        }
        const answer = await send(community.id, community.tokens.coordinator)
        expect(answer.status, `${name} as coordinator: ${answer.text}`).toBe(routeCase.ok)
      })
    }

    it('keeps the public directory to nobody while unpublished, and to everybody, token-free, once published', async () => {
      await at('POST', `${API}/${community.id}/unpublish`, { token: community.tokens.coordinator })
      for (const file of ['public.json', 'graph.json']) {
        for (const token of [null, community.tokens.coordinator]) {
          expect((await at('GET', `${API}/${community.id}/${file}`, { token })).status).toBe(404)
        }
        for (const id of [UNKNOWN_ID, ...MALFORMED_IDS]) expect((await at('GET', `${API}/${id}/${file}`)).status).toBe(404)
      }
      const published = await at('POST', `${API}/${community.id}/publish`, { token: community.tokens.coordinator })
      expect(published.json).toEqual({ published: true })
      expect((await view(community)).published).toBe(true)

      const directory = await at('GET', `${API}/${community.id}/public.json`)
      expect(directory.status).toBe(200)
      const body = publicDirectorySchema.parse(directory.json)
      expect(body.coops.map((coop) => coop.name).sort()).toEqual([...MEMBER_COOPS].sort())
      expect(body.coops.find((coop) => coop.name === MEMBER_COOPS[1])).toMatchObject({
        country: 'Country 2',
        website: 'https://coop2.example',
        description: LONG_DESCRIPTION,
      })
      const graph = await at('GET', `${API}/${community.id}/graph.json`)
      expect(graph.status).toBe(200)
      expect(graphSchema.parse(graph.json).nodes).toHaveLength(MEMBER_COOPS.length)
      // Neither a token nor a person's name, in either answer.
      for (const answer of [directory, graph]) {
        for (const secret of [...Object.values(community.tokens), ...DELEGATES]) expect(answer.text).not.toContain(secret)
      }

      const unpublished = await at('POST', `${API}/${community.id}/unpublish`, { token: community.tokens.coordinator })
      expect(unpublished.json).toEqual({ published: false })
      expect((await at('GET', `${API}/${community.id}/public.json`)).status).toBe(404)
      expect((await at('GET', `${API}/${community.id}/graph.json`)).status).toBe(404)
    })
  })
})
