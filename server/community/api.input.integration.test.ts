/**
 * The community API on one node: bad input on the coordinator's routes (names, meetings,
 * recording links, working groups, labels, the register's filters, attaching a board).
 * Set-up shared with the other api.*.integration.test.ts files: ../testing/communityApi.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { COMMUNITY_LIMITS, decisionRegisterSchema, meetingSummarySchema } from '../../shared/community/api'
import { ErrorId } from '../../shared/protocol'
import { createCommunity, errorIdOf, type CallOptions, type TestCommunity } from '../testing/community'
import { createBoard } from '../testing/syncClient'
import { API, UNKNOWN_ID, inDays, useCommunityApi } from '../testing/communityApi'

describe('the community API', () => {
  const api = useCommunityApi()
  const { at, view, newMeeting } = api

  describe('bad input on the coordinator’s routes', () => {
    let community: TestCommunity
    let meetingId: string
    beforeAll(async () => {
      community = await createCommunity(api.server.origin, 'Coopérative Élan network')
      meetingId = (await newMeeting(community, 'Assemblée de mars', inDays(3))).id
    })
    const expect400 = async (method: string, path: string, options: CallOptions, what: string) => {
      const answer = await at(method, `${API}/${community.id}${path}`, { ...options, token: community.tokens.coordinator })
      expect(answer.status, `${what}: ${answer.text}`).toBe(400)
      expect(errorIdOf(answer), what).toBe(ErrorId.badRequest)
    }

    it('PATCH of the community: blank or long names, wrong types, not JSON', async () => {
      await expect400('PATCH', '', { json: { name: '  ' } }, 'blank name')
      await expect400('PATCH', '', { json: { name: 'x'.repeat(COMMUNITY_LIMITS.name + 1) } }, 'long name')
      await expect400('PATCH', '', { json: { description: ['no'] } }, 'description as a list')
      await expect400('PATCH', '', { text: 'name=Red', type: 'application/json' }, 'not JSON')
      const renamed = await at('PATCH', `${API}/${community.id}`, { token: community.tokens.coordinator, json: { name: 'Réseau Élan' } })
      expect(renamed.status).toBe(200)
      expect((await view(community)).name).toBe('Réseau Élan')
    })

    it('new meetings: a title and an ISO instant are required', async () => {
      await expect400('POST', '/meetings', { json: { startsAt: inDays(1) } }, 'no title')
      await expect400('POST', '/meetings', { json: { title: ' ', startsAt: inDays(1) } }, 'blank title')
      await expect400('POST', '/meetings', { json: { title: 'x'.repeat(COMMUNITY_LIMITS.meetingTitle + 1), startsAt: inDays(1) } }, 'long')
      await expect400('POST', '/meetings', { json: { title: 'Avril' } }, 'no date')
      await expect400('POST', '/meetings', { json: { title: 'Avril', startsAt: 'next tuesday' } }, 'not a date')
      await expect400('POST', '/meetings', { json: { title: 'Avril', startsAt: 1767225600000 } }, 'milliseconds')
    })

    it('recording links: http and https only, null removes it; only meetings of this community', async () => {
      for (const url of ['javascript:alert(1)', 'ftp://video.example/a', 'not a link', 'data:text/html,hi']) {
        await expect400('PATCH', `/meetings/${meetingId}`, { json: { recordingUrl: url } }, url)
      }
      await expect400('PATCH', `/meetings/${meetingId}`, { json: { recordingUrl: 'https://v.example/' + 'x'.repeat(2000) } }, 'long')
      await expect400('PATCH', `/meetings/${meetingId}`, { json: {} }, 'no recordingUrl')
      const set = await at('PATCH', `${API}/${community.id}/meetings/${meetingId}`, {
        token: community.tokens.coordinator,
        json: { recordingUrl: 'https://video.example/assemblée-mars' },
      })
      expect(set.status).toBe(200)
      expect(meetingSummarySchema.parse(set.json).recordingUrl).toMatch(/^https:\/\/video\.example\//)
      const cleared = await at('PATCH', `${API}/${community.id}/meetings/${meetingId}`, {
        token: community.tokens.coordinator,
        json: { recordingUrl: null },
      })
      expect(meetingSummarySchema.parse(cleared.json).recordingUrl).toBeNull()

      const { standingBoard } = await view(community)
      const stranger = await createBoard(api.server.origin)
      for (const boardId of [UNKNOWN_ID, 'not-an-id', standingBoard.id, stranger.id]) {
        const answer = await at('PATCH', `${API}/${community.id}/meetings/${boardId}`, {
          token: community.tokens.coordinator,
          json: { recordingUrl: 'https://video.example/x' },
        })
        expect(answer.status, boardId).toBe(404)
      }
    })

    it('working groups and relation labels: names required, limits kept, unknown groups 404', async () => {
      await expect400('POST', '/working-groups', { json: { name: '', coopIds: [], people: [] } }, 'blank group name')
      await expect400('POST', '/working-groups', { json: { name: 'x'.repeat(81), coopIds: [], people: [] } }, 'long group name')
      await expect400('POST', '/working-groups', { json: { name: 'Energía' } }, 'no members lists')
      await expect400('POST', '/working-groups', { json: { name: 'Energía', coopIds: [], people: [' '] } }, 'blank person')
      const unknown = await at('PUT', `${API}/${community.id}/working-groups/no-such-group`, {
        token: community.tokens.coordinator,
        json: { name: 'Energía', coopIds: [], people: [] },
      })
      expect(unknown.status).toBe(404)

      await expect400('PUT', '/relation-labels', { json: { labels: [] } }, 'no labels')
      await expect400('PUT', '/relation-labels', { json: { labels: ['works with', ' '] } }, 'blank label')
      await expect400('PUT', '/relation-labels', { json: { labels: Array.from({ length: 13 }, (_, i) => `label ${i}`) } }, 'too many')
      await expect400('PUT', '/relation-labels', { json: { labels: ['x'.repeat(41)] } }, 'long label')
      const labels = ['works with', 'comparte servidores', '指導する']
      const put = await at('PUT', `${API}/${community.id}/relation-labels`, { token: community.tokens.coordinator, json: { labels } })
      expect(put.status).toBe(200)
      expect(put.json).toEqual({ labels })
      expect((await view(community)).relationLabels).toEqual(labels)
    })

    it('decision register: an unknown outcome is refused; search and filter answer the register shape', async () => {
      const refused = await at('GET', `${API}/${community.id}/decisions.json?outcome=maybe`, { token: community.tokens.viewer })
      expect(refused.status).toBe(400)
      for (const query of ['', '?q=cuotas', '?outcome=agreed', '?outcome=not_agreed&q=%E5%8D%94']) {
        const answer = await at('GET', `${API}/${community.id}/decisions.json${query}`, { token: community.tokens.viewer })
        expect(answer.status, query).toBe(200)
        expect(decisionRegisterSchema.parse(answer.json).decisions).toEqual([])
      }
      const markdown = await at('GET', `${API}/${community.id}/decisions.md`, { token: community.tokens.member })
      expect(markdown.headers.get('content-type')).toMatch(/^text\/markdown/)
    })

    it('attach: the board’s facilitator token is required, and a board joins one community only', async () => {
      const board = await createBoard(api.server.origin, 'Asamblea de 2025')
      // The older board has a roster of its own, merged into the community's when it is attached.
      const ownRoster = await at('POST', `/api/boards/${board.id}/roster?apply=valid`, {
        token: board.tokens.facilitator,
        text: 'name,country\nCooperativa Nueva Era,Chile\nΣυνεταιρισμός Κρήτης,Ελλάδα',
      })
      expect(ownRoster.status).toBe(200)
      for (const [what, json] of [
        ['no body fields', {}],
        ['a number for the token', { boardId: board.id, boardToken: 7 }],
      ] as const) {
        await expect400('POST', '/boards', { json }, what)
      }
      const unknown = await at('POST', `${API}/${community.id}/boards`, {
        token: community.tokens.coordinator,
        json: { boardId: UNKNOWN_ID, boardToken: board.tokens.facilitator },
      })
      expect(unknown.status).toBe(404)
      for (const token of [board.tokens.participant, board.tokens.viewer, 'x'.repeat(32)]) {
        const refused = await at('POST', `${API}/${community.id}/boards`, {
          token: community.tokens.coordinator,
          json: { boardId: board.id, boardToken: token },
        })
        expect(refused.status).toBeGreaterThanOrEqual(401)
        expect(refused.status).toBeLessThanOrEqual(403)
      }
      const attached = await at('POST', `${API}/${community.id}/boards`, {
        token: community.tokens.coordinator,
        json: { boardId: board.id, boardToken: board.tokens.facilitator },
      })
      expect(attached.status).toBe(201)
      expect(meetingSummarySchema.parse(attached.json).boardId).toBe(board.id)
      expect((await view(community)).coops.map((coop) => coop.name)).toEqual(
        expect.arrayContaining(['Cooperativa Nueva Era', 'Συνεταιρισμός Κρήτης']),
      )
      // Its own links keep working; the community's open it too.
      expect((await at('GET', `/api/boards/${board.id}`, { token: board.tokens.participant })).json).toMatchObject({ role: 'participant' })
      expect((await at('GET', `/api/boards/${board.id}`, { token: community.tokens.member })).json).toMatchObject({
        role: 'participant',
        community: { id: community.id, kind: 'meeting' },
      })
      const elsewhere = await createCommunity(api.server.origin, 'Another network')
      const again = await at('POST', `${API}/${elsewhere.id}/boards`, {
        token: elsewhere.tokens.coordinator,
        json: { boardId: board.id, boardToken: board.tokens.facilitator },
      })
      expect(again.status).toBe(409)
      expect(errorIdOf(again)).toBe(ErrorId.conflict)
    })
  })
})
