/**
 * A community on two nodes sharing one PostgreSQL and one Redis: what the coordinator does on
 * node 1 (create, import the roster, create a meeting, publish) is what node 2 answers, and the
 * member's community token opens the meeting on node 2, where a stock client's edit reaches a
 * client on node 1.
 */
import { describe, expect, it } from 'vitest'
import { communityViewSchema, createdMeetingSchema, publicDirectorySchema } from '../../shared/community/api'
import { recordsMap } from '../../shared/boardDoc'
import { MEMBER_COOPS } from '../../shared/corners/testing'
import { Role } from '../../shared/protocol'
import { useCluster } from '../testing/cluster'
import { call, communityBoard, createCommunity, memberListCsv } from '../testing/community'
import { connectClient, waitFor, waitForSync } from '../testing/syncClient'
import { testNote } from '../testing/testNotes'

const cluster = useCluster()

describe('a community on two nodes', () => {
  it('shows on node 2 the meeting created on node 1, and the member’s token opens it there', async () => {
    const one = await cluster.node()
    const two = await cluster.node()
    const community = await createCommunity(one.origin, 'Red de Cooperativas · 협동조합 네트워크')
    const api = `/api/communities/${community.id}`
    const imported = await call(one.origin, 'POST', `${api}/roster?apply=valid`, {
      token: community.tokens.coordinator,
      text: memberListCsv(),
    })
    expect(imported.status).toBe(200)
    const created = await call(one.origin, 'POST', `${api}/meetings`, {
      token: community.tokens.coordinator,
      json: { title: 'Asamblea de febrero', startsAt: new Date(Date.now() + 7 * 24 * 3600_000).toISOString() },
    })
    expect(created.status).toBe(201)
    const meeting = createdMeetingSchema.parse(created.json).board

    const seen = await call(two.origin, 'GET', api, { token: community.tokens.member })
    expect(seen.status).toBe(200)
    const view = communityViewSchema.parse(seen.json)
    expect(view.role).toBe('member')
    expect(view.nextMeeting?.boardId).toBe(meeting.id)
    expect(view.coops).toHaveLength(MEMBER_COOPS.length)
    const board = await call(two.origin, 'GET', `/api/boards/${meeting.id}`, { token: community.tokens.member })
    expect(board.json).toMatchObject({ role: Role.participant, community: { id: community.id, kind: 'meeting' } })
    const roster = await call(two.origin, 'GET', `/api/boards/${meeting.id}/roster.json`, { token: community.tokens.viewer })
    expect((roster.json as { coops: unknown[] }).coops).toHaveLength(MEMBER_COOPS.length)

    // Stock clients: the member on node 2 writes, the coordinator on node 1 sees it.
    const testBoard = communityBoard(meeting.id, community)
    const member = cluster.client(two.origin, testBoard)
    const coordinator = connectClient(one.origin, testBoard, { role: Role.facilitator })
    cluster.defer(() => coordinator.destroy())
    await Promise.all([waitForSync(member), waitForSync(coordinator)])
    recordsMap(member.doc).set('shape:n1', testNote(1, 0, 'Cuota solidaria · 連帯会費'))
    await waitFor(() => recordsMap(coordinator.doc).has('shape:n1'), 10_000, 'the note on node 1')

    // Published on node 1, public on node 2; unpublished on node 2, gone on node 1.
    expect((await call(two.origin, 'GET', `${api}/public.json`)).status).toBe(404)
    expect((await call(one.origin, 'POST', `${api}/publish`, { token: community.tokens.coordinator })).status).toBe(200)
    const directory = await call(two.origin, 'GET', `${api}/public.json`)
    expect(directory.status).toBe(200)
    expect(publicDirectorySchema.parse(directory.json).coops).toHaveLength(MEMBER_COOPS.length)
    expect((await call(two.origin, 'POST', `${api}/unpublish`, { token: community.tokens.coordinator })).status).toBe(200)
    expect((await call(one.origin, 'GET', `${api}/graph.json`)).status).toBe(404)
  })
})
