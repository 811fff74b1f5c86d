/**
 * Replacing a community's leaked link (./linkRotation.ts): the old link stops opening the
 * community and every board of it, its holders are disconnected for good, the other links keep
 * working; and a board attached to a community still rotates its own links with its own token.
 */
import { WebSocket } from 'ws'
import { describe, expect, it } from 'vitest'
import { communityLinksSchema, communityViewSchema } from '../../shared/community/api'
import { CloseCode, Paths, Role, TOKEN_PARAM } from '../../shared/protocol'
import { call, communityBoard, createCommunity, errorIdOf, type TestCommunity } from '../testing/community'
import { useTestServer } from '../testing/harness'
import { connectClient, createBoard, tokenOfLink, waitForSync, type TestClient } from '../testing/syncClient'

const API = '/api/communities'

describe('rotating a community’s links', () => {
  const harness = useTestServer()
  const origin = () => harness.server.origin
  const closeCodeOf = (boardId: string, token: string) =>
    new Promise<number>((resolve, reject) => {
      const ws = new WebSocket(`${origin().replace(/^http/, 'ws')}${Paths.sync}/${boardId}?${TOKEN_PARAM}=${token}`)
      ws.on('close', (code) => resolve(code))
      ws.on('error', reject)
    })
  const rotate = (community: TestCommunity, role: string, token: string | null) =>
    call(origin(), 'POST', `${API}/${community.id}/links/${role}/rotate`, { token })

  async function standingBoardOf(community: TestCommunity): Promise<string> {
    const answer = await call(origin(), 'GET', `${API}/${community.id}`, { token: community.tokens.coordinator })
    return communityViewSchema.parse(answer.json).standingBoard.id
  }

  it('replaces the member link: its holders are disconnected and refused everywhere, the others keep working', async () => {
    const community = await createCommunity(origin(), 'Spółdzielnie Śląska · 協同組合')
    const boardId = await standingBoardOf(community)
    const board = communityBoard(boardId, community)
    const clients: TestClient[] = [Role.participant, Role.viewer].map((role) => connectClient(origin(), board, { role }))
    try {
      await Promise.all(clients.map((client) => waitForSync(client)))
      const [member, viewer] = clients
      if (!member || !viewer) throw new Error('two clients expected')
      const closed = new Promise<{ code: number }>((resolve) => member.provider.once('closed', resolve))

      const answer = await rotate(community, 'member', community.tokens.coordinator)
      expect(answer.status).toBe(200)
      const links = communityLinksSchema.parse((answer.json as { links: unknown }).links)
      expect(links.member).not.toBe(community.links.member)
      expect(links.coordinator).toBe(community.links.coordinator)
      expect(links.viewer).toBe(community.links.viewer)
      expect((await closed).code).toBe(CloseCode.linkRevoked)
      expect(viewer.provider.wsconnected).toBe(true)

      // The old link is revoked for the community and its boards, at the socket too; the new one opens both.
      expect((await call(origin(), 'GET', `${API}/${community.id}`, { token: community.tokens.member })).status).toBe(410)
      expect((await call(origin(), 'GET', `/api/boards/${boardId}`, { token: community.tokens.member })).status).toBe(410)
      expect(await closeCodeOf(boardId, community.tokens.member)).toBe(CloseCode.linkRevoked)
      const fresh = tokenOfLink(links.member)
      expect((await call(origin(), 'GET', `${API}/${community.id}`, { token: fresh })).json).toMatchObject({ role: 'member' })
      expect((await call(origin(), 'GET', `/api/boards/${boardId}`, { token: fresh })).json).toMatchObject({ role: Role.participant })
      const shown = await call(origin(), 'GET', `${API}/${community.id}/links`, { token: community.tokens.coordinator })
      expect(shown.json).toEqual({ links })
    } finally {
      for (const client of clients) client.destroy()
    }
  })

  it('lets only the coordinator replace the member or viewer link', async () => {
    const community = await createCommunity(origin())
    expect((await rotate(community, 'viewer', community.tokens.member)).status).toBe(403)
    expect((await rotate(community, 'viewer', community.tokens.viewer)).status).toBe(403)
    expect((await rotate(community, 'viewer', null)).status).toBe(401)
    for (const role of ['coordinator', 'participant', 'nobody']) {
      const refused = await rotate(community, role, community.tokens.coordinator)
      expect(refused.status).toBe(400)
      expect(errorIdOf(refused)).toBe('bad_request')
    }
    const unknown = await call(origin(), 'POST', `${API}/AAAAAAAAAAAAAAAAAAAAAA/links/viewer/rotate`, {
      token: community.tokens.coordinator,
    })
    expect(unknown.status).toBe(404)
    const answer = await rotate(community, 'viewer', community.tokens.coordinator)
    expect(answer.status).toBe(200)
    expect((await call(origin(), 'GET', `${API}/${community.id}`, { token: community.tokens.viewer })).status).toBe(410)
    expect((await call(origin(), 'GET', `${API}/${community.id}`, { token: community.tokens.member })).status).toBe(200)
  })

  it('rotates an attached board’s own links with its own token, not with the community’s', async () => {
    const community = await createCommunity(origin())
    const board = await createBoard(origin(), 'Asamblea de 2025 · Ζγρομάδζενιε')
    const attached = await call(origin(), 'POST', `${API}/${community.id}/boards`, {
      token: community.tokens.coordinator,
      json: { boardId: board.id, boardToken: board.tokens.facilitator },
    })
    expect(attached.status).toBe(201)
    // The board says whose token opened it: only the community's opens the community's page.
    const opened = (token: string) => call(origin(), 'GET', `/api/boards/${board.id}`, { token })
    expect((await opened(board.tokens.facilitator)).json).toMatchObject({ community: { id: community.id }, viaCommunity: false })
    expect((await opened(community.tokens.member)).json).toMatchObject({ community: { id: community.id }, viaCommunity: true })
    const path = `/api/boards/${board.id}/links/participant/rotate`
    const viaCommunity = await call(origin(), 'POST', path, { token: community.tokens.coordinator })
    expect(viaCommunity.status).toBe(409)
    expect(errorIdOf(viaCommunity)).toBe('conflict')
    const own = await call(origin(), 'POST', path, { token: board.tokens.facilitator })
    expect(own.status).toBe(200)
    expect((await call(origin(), 'GET', `/api/boards/${board.id}`, { token: board.tokens.participant })).status).toBe(410)
    expect((await call(origin(), 'GET', `/api/boards/${board.id}`, { token: community.tokens.member })).status).toBe(200)
  })
})
