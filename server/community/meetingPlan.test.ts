/**
 * A meeting whose board cannot be built (./meetingPlan.ts) leaves nothing behind: no empty
 * meeting listed, no board row, so a retry makes exactly one meeting. And the title is stored
 * as every community text is (../community/cleanText.ts).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { communityViewSchema, createdMeetingSchema } from '../../shared/community/api'
import type { RunningServer } from '../app'
import { call, createCommunity, errorIdOf, memberListCsv, type TestCommunity } from '../testing/community'
import { startTestServer } from '../testing/testServer'

const API = '/api/communities'
const NEXT_MONTH = new Date(Date.now() + 30 * 24 * 3600_000).toISOString()

describe('creating a meeting', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startTestServer({ idleUnloadMs: 60_000 })
  })
  afterAll(async () => {
    vi.restoreAllMocks()
    await server.close()
  })
  const newMeeting = (community: TestCommunity, title: string) =>
    call(server.origin, 'POST', `${API}/${community.id}/meetings`, {
      token: community.tokens.coordinator,
      json: { title, startsAt: NEXT_MONTH },
    })

  /** Makes the store refuse the next write to a board the community did not have yet; resolves with that board's id once tried. */
  function failNewBoardWrite(known: ReadonlySet<string>): Promise<string> {
    const acquire = server.registry.acquire.bind(server.registry)
    return new Promise((resolve) => {
      const spy = vi.spyOn(server.registry, 'acquire').mockImplementation(async (boardId) => {
        const room = await acquire(boardId)
        if (known.has(boardId)) return room
        spy.mockRestore()
        vi.spyOn(room, 'applyServerUpdate').mockResolvedValueOnce(false)
        resolve(boardId)
        return room
      })
    })
  }

  it('removes the meeting and its board when the build fails, and a retry makes exactly one', async () => {
    const community = await createCommunity(server.origin, 'Družstvo Łódź · 合作社')
    const imported = await call(server.origin, 'POST', `${API}/${community.id}/roster?apply=valid`, {
      token: community.tokens.coordinator,
      text: memberListCsv(),
    })
    expect(imported.status).toBe(200)
    const before = await server.store.listCommunityBoards(community.id)
    const failed = failNewBoardWrite(new Set(before.map((board) => board.boardId)))

    const refused = await newMeeting(community, 'Asamblea de abril')
    expect(refused.status).toBe(503)
    expect(errorIdOf(refused)).toBe('storage_unavailable')
    const failedId = await failed
    expect(await server.store.listCommunityBoards(community.id)).toEqual(before)
    expect(await server.store.getBoard(failedId)).toBeNull()
    expect(await server.store.communityOfBoard(failedId)).toBeNull()

    const retried = await newMeeting(community, 'Asamblea de abril')
    expect(retried.status, retried.text).toBe(201)
    const boardId = createdMeetingSchema.parse(retried.json).board.id
    const view = communityViewSchema.parse(
      (await call(server.origin, 'GET', `${API}/${community.id}`, { token: community.tokens.member })).json,
    )
    expect(view.meetings.map((meeting) => meeting.boardId)).toEqual([boardId])
  })

  it('stores the title without hidden characters, and refuses one that holds nothing else', async () => {
    const community = await createCommunity(server.origin)
    const created = await newMeeting(community, '  Zgromadzenie\u202e  majowe\u2067\n ')
    expect(created.status, created.text).toBe(201)
    const boardId = createdMeetingSchema.parse(created.json).board.id
    expect(await server.store.communityOfBoard(boardId)).toMatchObject({ title: 'Zgromadzenie majowe' })
    const blank = await newMeeting(community, '\u202e\u2066')
    expect(blank.status).toBe(400)
    expect(errorIdOf(blank)).toBe('bad_request')
  })
})
