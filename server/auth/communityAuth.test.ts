/**
 * A community's tokens open every board of the community with the mapped role, over REST and
 * through the stock y-websocket client; a revoked one is refused for good; a board of another
 * community, or one that belongs to none, is not opened by them.
 */
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { WebSocket } from 'ws'
import { describe, expect, it } from 'vitest'
import { recordsMap } from '../../shared/boardDoc'
import { CloseCode, Role } from '../../shared/protocol'
import { call, communityBoard, createCommunity, errorIdOf, type TestCommunity } from '../testing/community'
import { useTestServer } from '../testing/harness'
import { createBoard, waitFor, waitForSync, type TestBoard } from '../testing/syncClient'
import { testNote } from '../testing/testNotes'
import { tempDir } from '../testing/testServer'
import { hashToken } from './tokens'

const dataDir = tempDir()

describe('community tokens on the community’s boards', () => {
  const harness = useTestServer({ dataDir })
  const origin = () => harness.server.origin
  const closeCodeOf = (board: TestBoard, token: string) =>
    new Promise<number>((resolve, reject) => {
      const ws = new WebSocket(`${origin().replace('http', 'ws')}/sync/${board.id}?token=${token}`)
      ws.on('close', (code) => resolve(code))
      ws.on('error', reject)
    })

  /** A meeting of `community`, added the way the meetings route adds one. */
  async function addMeeting(community: TestCommunity, title = 'Asamblea de marzo · Zgromadzenie'): Promise<string> {
    const board = await createBoard(origin(), title)
    const { store } = harness.server
    await store.addCommunityBoard(
      {
        boardId: board.id,
        communityId: community.id,
        kind: 'meeting',
        title,
        startsAt: '2026-03-15T18:00:00.000Z',
        recordingUrl: null,
        createdAt: new Date().toISOString(),
      },
      null,
    )
    return board.id
  }

  /** The links to `boardId` that carry the community's tokens. */
  const boardLinksWith = (boardId: string, community: TestCommunity) => ({
    facilitator: `${origin()}/b/${boardId}#token=${community.tokens.coordinator}`,
    participant: `${origin()}/b/${boardId}#token=${community.tokens.member}`,
    viewer: `${origin()}/b/${boardId}#token=${community.tokens.viewer}`,
  })

  async function standingBoardOf(community: TestCommunity): Promise<string> {
    const info = await harness.server.store.getCommunity(community.id)
    if (!info) throw new Error('the community was not stored')
    return info.standingBoardId
  }

  it('opens the standing board and a meeting over REST with the role each link maps to', async () => {
    const community = await createCommunity(origin(), 'Red de Cooperativas Ñandú', 'Ομάδα · 合作社')
    const standing = await standingBoardOf(community)
    const meetingId = await addMeeting(community)
    for (const boardId of [standing, meetingId]) {
      for (const [role, boardRole] of [
        ['coordinator', Role.facilitator],
        ['member', Role.participant],
        ['viewer', Role.viewer],
      ] as const) {
        const answer = await call(origin(), 'GET', `/api/boards/${boardId}`, { token: community.tokens[role] })
        expect(answer.status).toBe(200)
        expect(answer.json).toMatchObject({
          id: boardId,
          role: boardRole,
          community: { id: community.id, name: 'Red de Cooperativas Ñandú', kind: boardId === standing ? 'standing' : 'meeting' },
        })
      }
    }
    // A board of no community says so.
    const lone = await createBoard(origin())
    expect((await call(origin(), 'GET', `/api/boards/${lone.id}`, { token: lone.tokens.viewer })).json).toMatchObject({ community: null })
  })

  it('lets members write and viewers only watch through the stock client', async () => {
    const community = await createCommunity(origin())
    const board = communityBoard(await addMeeting(community), community)
    const coordinator = harness.client(board, { role: Role.facilitator })
    const member = harness.client(board, { role: Role.participant })
    const viewer = harness.client(board, { role: Role.viewer })
    await Promise.all([coordinator, member, viewer].map((client) => waitForSync(client)))
    recordsMap(member.doc).set('shape:n1', testNote(1))
    recordsMap(coordinator.doc).set('shape:n2', testNote(2))
    await waitFor(() => recordsMap(viewer.doc).size === 2, 5000, 'the viewer sees both notes')
    recordsMap(viewer.doc).set('shape:n3', testNote(3))
    // The viewer's note is refused: once the member's own later note arrives, the viewer's never has.
    recordsMap(member.doc).set('shape:n4', testNote(4))
    await waitFor(() => recordsMap(coordinator.doc).has('shape:n4'), 5000, 'the member’s second note')
    expect(recordsMap(coordinator.doc).has('shape:n3')).toBe(false)
    expect(recordsMap(member.doc).has('shape:n3')).toBe(false)
  })

  it('does not open a board of another community, nor a board of none', async () => {
    const ours = await createCommunity(origin())
    const theirs = await createCommunity(origin(), 'Kooperativet Ørsted')
    const theirMeeting = await addMeeting(theirs)
    const lone = await createBoard(origin())
    for (const boardId of [theirMeeting, await standingBoardOf(theirs), lone.id]) {
      const answer = await call(origin(), 'GET', `/api/boards/${boardId}`, { token: ours.tokens.coordinator })
      expect(answer.status).toBe(401)
      expect(await closeCodeOf({ ...lone, id: boardId }, ours.tokens.member)).toBe(CloseCode.unauthorized)
    }
    // The community's tokens are not a board's: they open no community page but their own either.
    expect((await call(origin(), 'GET', `/api/communities/${theirs.id}`, { token: ours.tokens.coordinator })).status).toBe(401)
  })

  it('keeps an attached board’s own tokens working beside the community’s', async () => {
    const community = await createCommunity(origin())
    const board = await createBoard(origin(), 'Older board')
    await harness.server.store.addCommunityBoard(
      {
        boardId: board.id,
        communityId: community.id,
        kind: 'meeting',
        title: 'Older board',
        startsAt: '2026-01-10T10:00:00.000Z',
        recordingUrl: null,
        createdAt: new Date().toISOString(),
      },
      null,
    )
    expect((await call(origin(), 'GET', `/api/boards/${board.id}`, { token: board.tokens.participant })).json).toMatchObject({
      role: Role.participant,
    })
    const own = await call(origin(), 'GET', `/api/boards/${board.id}/links`, { token: board.tokens.facilitator })
    expect(own.json).toEqual({ links: board.links })
    const shared = await call(origin(), 'GET', `/api/boards/${board.id}/links`, { token: community.tokens.coordinator })
    expect(shared.json).toEqual({ links: boardLinksWith(board.id, community) })
  })

  it('gives a community board the community’s links, and refuses to replace them', async () => {
    const community = await createCommunity(origin())
    const meetingId = await addMeeting(community)
    const board = communityBoard(meetingId, community)
    const links = await call(origin(), 'GET', `/api/boards/${meetingId}/links`, { token: community.tokens.coordinator })
    expect(links.status).toBe(200)
    expect(links.json).toEqual({ links: boardLinksWith(meetingId, community) })
    expect(board.tokens.participant).toBe(community.tokens.member)
    expect((await call(origin(), 'GET', `/api/boards/${meetingId}/links`, { token: community.tokens.member })).status).toBe(403)
    const rotate = await call(origin(), 'POST', `/api/boards/${meetingId}/links/participant/rotate`, {
      token: community.tokens.coordinator,
    })
    expect(rotate.status).toBe(409)
    expect(errorIdOf(rotate)).toBe('conflict')
    expect((await call(origin(), 'GET', `/api/boards/${meetingId}`, { token: community.tokens.member })).status).toBe(200)
  })

  it('refuses a revoked community token for good: 410 over REST, 4410 at the socket', async () => {
    const community = await createCommunity(origin())
    const meetingId = await addMeeting(community)
    const db = new Database(join(dataDir, 'plenary.sqlite'))
    try {
      db.prepare('UPDATE community_tokens SET revoked_at = ? WHERE hash = ?').run(
        new Date().toISOString(),
        hashToken(community.tokens.member),
      )
    } finally {
      db.close()
    }
    const board = communityBoard(meetingId, community)
    const answer = await call(origin(), 'GET', `/api/boards/${meetingId}`, { token: community.tokens.member })
    expect(answer.status).toBe(410)
    expect(errorIdOf(answer)).toBe('link_revoked')
    expect(await closeCodeOf(board, community.tokens.member)).toBe(CloseCode.linkRevoked)
    expect(CloseCode.linkRevoked).toBe(4410)
    expect((await call(origin(), 'GET', `/api/communities/${community.id}`, { token: community.tokens.member })).status).toBe(410)
    expect((await call(origin(), 'GET', `/api/boards/${meetingId}`, { token: community.tokens.viewer })).status).toBe(200)
  })
})
