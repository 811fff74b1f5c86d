/**
 * Changing a community (./communities.ts) against a real server: its name and description, its
 * links, a meeting's recording link, and publishing, with bad input, unknown and malformed ids.
 */
import { describe, expect, it } from 'vitest'
import { COMMUNITY_LIMITS, communityViewSchema, meetingSummarySchema, type CommunityRole } from '../../shared/community/api'
import type { RunningServer } from '../app'
import { call, createCommunity, errorIdOf } from '../testing/community'
import { useTestServer } from '../testing/harness'
import { startTestServer, tempDir } from '../testing/testServer'
import { API, MALFORMED_IDS, UNKNOWN_ID, communityRouteHelpers } from '../testing/communityRoutes'

describe('changing a community', () => {
  const harness = useTestServer()
  const { origin, addMeeting, factsOn, viewOf } = communityRouteHelpers(() => harness.server)

  describe('PATCH /api/communities/:id', () => {
    it('lets the coordinator rename the community and its boards’ facts; others get 403', async () => {
      const community = await createCommunity(origin(), 'Old name')
      const meetingId = await addMeeting(community, 'Asamblea', 24)
      for (const role of ['member', 'viewer'] as const) {
        const answer = await call(origin(), 'PATCH', `${API}/${community.id}`, {
          token: community.tokens[role],
          json: { name: 'Hijacked' },
        })
        expect(answer.status).toBe(403)
        expect(errorIdOf(answer)).toBe('forbidden')
      }
      expect((await call(origin(), 'PATCH', `${API}/${community.id}`, { json: { name: 'Anon' } })).status).toBe(401)
      const answer = await call(origin(), 'PATCH', `${API}/${community.id}`, {
        token: community.tokens.coordinator,
        json: { name: ' Spółdzielnia  Żółw ', description: 'Nueva descripción — 新しい説明' },
      })
      expect(answer.status).toBe(200)
      expect(answer.json).toMatchObject({
        id: community.id,
        name: 'Spółdzielnia Żółw',
        description: 'Nueva descripción — 新しい説明',
        published: false,
      })
      const view = await viewOf(community, 'viewer')
      expect(view).toMatchObject({ name: 'Spółdzielnia Żółw', description: 'Nueva descripción — 新しい説明' })
      expect((await factsOn(view.standingBoard.id)).facts).toMatchObject({ name: 'Spółdzielnia Żółw', title: 'Spółdzielnia Żółw' })
      // A meeting keeps its own title.
      expect((await factsOn(meetingId)).facts).toMatchObject({ name: 'Spółdzielnia Żółw', title: 'Asamblea', kind: 'meeting' })
      // The description alone changes only it.
      await call(origin(), 'PATCH', `${API}/${community.id}`, { token: community.tokens.coordinator, json: { description: '' } })
      expect(await viewOf(community)).toMatchObject({ name: 'Spółdzielnia Żółw', description: '' })
    })

    it('refuses bad input and unknown ids', async () => {
      const community = await createCommunity(origin())
      const path = `${API}/${community.id}`
      for (const json of [{ name: '  ' }, { name: 'x'.repeat(COMMUNITY_LIMITS.name + 1) }, { name: 3 }, { description: null }]) {
        const answer = await call(origin(), 'PATCH', path, { token: community.tokens.coordinator, json })
        expect(answer.status, JSON.stringify(json)).toBe(400)
      }
      expect(
        (await call(origin(), 'PATCH', path, { token: community.tokens.coordinator, text: '{', type: 'application/json' })).status,
      ).toBe(400)
      for (const id of [UNKNOWN_ID, ...MALFORMED_IDS]) {
        expect((await call(origin(), 'PATCH', `${API}/${id}`, { token: community.tokens.coordinator, json: { name: 'X' } })).status).toBe(
          404,
        )
      }
      expect((await viewOf(community)).name).toBe('Red Ibérica de Cooperativas')
    })
  })

  describe('GET /api/communities/:id/links', () => {
    it('shows the coordinator the links made at creation, and nobody else', async () => {
      const community = await createCommunity(origin())
      const path = `${API}/${community.id}/links`
      const answer = await call(origin(), 'GET', path, { token: community.tokens.coordinator })
      expect(answer.status).toBe(200)
      expect(answer.json).toEqual({ links: community.links })
      expect((await call(origin(), 'GET', path, { token: community.tokens.member })).status).toBe(403)
      expect((await call(origin(), 'GET', path, { token: community.tokens.viewer })).status).toBe(403)
      expect((await call(origin(), 'GET', path)).status).toBe(401)
      expect((await call(origin(), 'GET', `${API}/${UNKNOWN_ID}/links`, { token: community.tokens.coordinator })).status).toBe(404)
    })
  })

  describe('PATCH /api/communities/:id/meetings/:boardId', () => {
    it('sets and removes an http or https recording link on the community’s own meetings', async () => {
      const community = await createCommunity(origin())
      const other = await createCommunity(origin(), 'Otra red')
      const meetingId = await addMeeting(community, 'Asamblea de febrero', -48)
      const theirs = await addMeeting(other, 'Their meeting', -48)
      const path = `${API}/${community.id}/meetings/${meetingId}`
      const url = 'https://video.example.coop/asamblea?t=1&lang=es#inicio'
      const set = await call(origin(), 'PATCH', path, { token: community.tokens.coordinator, json: { recordingUrl: ` ${url} ` } })
      expect(set.status).toBe(200)
      expect(meetingSummarySchema.parse(set.json)).toMatchObject({ boardId: meetingId, recordingUrl: url, status: 'past' })
      expect((await viewOf(community, 'viewer')).meetings[0]?.recordingUrl).toBe(url)
      for (const bad of [
        'javascript:alert(1)',
        'mailto:ana@example.coop',
        'ftp://files.example',
        'video.example.coop/x',
        'https://a.example/\u202e',
      ]) {
        const answer = await call(origin(), 'PATCH', path, { token: community.tokens.coordinator, json: { recordingUrl: bad } })
        expect(answer.status, bad).toBe(400)
      }
      for (const bad of [{ recordingUrl: 5 }, {}, { recordingUrl: 'h'.repeat(COMMUNITY_LIMITS.recordingUrl + 1) }]) {
        expect((await call(origin(), 'PATCH', path, { token: community.tokens.coordinator, json: bad })).status).toBe(400)
      }
      expect((await viewOf(community)).meetings[0]?.recordingUrl).toBe(url)
      for (const role of ['member', 'viewer'] as const) {
        expect((await call(origin(), 'PATCH', path, { token: community.tokens[role], json: { recordingUrl: null } })).status).toBe(403)
      }
      const view = await viewOf(community)
      for (const boardId of [theirs, view.standingBoard.id, UNKNOWN_ID, 'not-a-board']) {
        const answer = await call(origin(), 'PATCH', `${API}/${community.id}/meetings/${boardId}`, {
          token: community.tokens.coordinator,
          json: { recordingUrl: url },
        })
        expect(answer.status, boardId).toBe(404)
      }
      const cleared = await call(origin(), 'PATCH', path, { token: community.tokens.coordinator, json: { recordingUrl: '' } })
      expect(cleared.json).toMatchObject({ recordingUrl: null })
      await call(origin(), 'PATCH', path, { token: community.tokens.coordinator, json: { recordingUrl: url } })
      await call(origin(), 'PATCH', path, { token: community.tokens.coordinator, json: { recordingUrl: null } })
      expect((await viewOf(community)).meetings[0]?.recordingUrl).toBeNull()
    })
  })
})

describe('publishing the directory', () => {
  it('lets the coordinator publish and unpublish, and keeps the choice across a server restart', async () => {
    const dataDir = tempDir()
    let server: RunningServer = await startTestServer({ dataDir })
    try {
      const community = await createCommunity(server.origin)
      const publish = (role: CommunityRole, action: 'publish' | 'unpublish') =>
        call(server.origin, 'POST', `${API}/${community.id}/${action}`, { token: community.tokens[role] })
      const published = async () =>
        communityViewSchema.parse((await call(server.origin, 'GET', `${API}/${community.id}`, { token: community.tokens.viewer })).json)
          .published
      expect((await publish('member', 'publish')).status).toBe(403)
      expect((await publish('viewer', 'publish')).status).toBe(403)
      expect((await call(server.origin, 'POST', `${API}/${community.id}/publish`)).status).toBe(401)
      expect((await call(server.origin, 'POST', `${API}/${UNKNOWN_ID}/publish`, { token: community.tokens.coordinator })).status).toBe(404)
      expect(await published()).toBe(false)
      const answer = await publish('coordinator', 'publish')
      expect(answer.status).toBe(200)
      expect(answer.json).toEqual({ published: true })
      expect(await published()).toBe(true)

      await server.close()
      server = await startTestServer({ dataDir })
      expect(await published()).toBe(true)
      expect((await publish('coordinator', 'unpublish')).json).toEqual({ published: false })
      expect((await publish('member', 'unpublish')).status).toBe(403)
      await server.close()
      server = await startTestServer({ dataDir })
      expect(await published()).toBe(false)
    } finally {
      await server.close()
    }
  })
})
