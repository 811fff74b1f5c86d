/**
 * `PUT /api/communities/:id/relation-labels`: the coordinator's labels, stored with the
 * community and written into the standing board and upcoming meetings, then counted on arrows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { graphSchema } from '../../shared/community/api'
import { COMMUNITY_MAP, CommunityKey, readRelationLabels } from '../../shared/community/maps'
import { ErrorId } from '../../shared/protocol'
import type { RunningServer } from '../app'
import { newBoardId } from '../ids'
import { call, createCommunity, errorIdOf, type TestCommunity } from '../testing/community'
import { coopId, drawRelation, rosterBoard, storeBoardDoc } from '../testing/communityDocs'
import { startTestServer } from '../testing/testServer'

const DAY = 24 * 3600_000

describe('relation labels', () => {
  let server: RunningServer
  let community: TestCommunity
  let standingId: string
  let pastId: string
  let upcomingId: string
  const put = (body: unknown, token: string | null = community.tokens.coordinator, id = community.id) =>
    call(server.origin, 'PUT', `/api/communities/${id}/relation-labels`, { token, json: body })
  const labelsIn = (boardId: string) =>
    server.registry.readDocument(boardId, (doc) => readRelationLabels(doc.getMap(COMMUNITY_MAP).get(CommunityKey.relationLabels)))

  async function meeting(title: string, startsAt: number): Promise<string> {
    const boardId = newBoardId()
    const createdAt = new Date(Date.now() - 30 * DAY).toISOString()
    await server.store.addCommunityBoard(
      {
        boardId,
        communityId: community.id,
        kind: 'meeting',
        title,
        startsAt: new Date(startsAt).toISOString(),
        recordingUrl: null,
        createdAt,
      },
      { id: boardId, title, createdAt },
    )
    return boardId
  }

  beforeAll(async () => {
    server = await startTestServer()
    community = await createCommunity(server.origin, 'Federación de Cooperativas')
    standingId = (await server.store.getCommunity(community.id))?.standingBoardId ?? ''
    const standing = rosterBoard()
    drawRelation(standing, 'office', 'Cooperativa Sur', 'Κώδικας Θεσσαλονίκης', 'comparte  oficina')
    await storeBoardDoc(server, standingId, standing)
    pastId = await meeting('Asamblea de septiembre', Date.now() - 20 * DAY)
    upcomingId = await meeting('Asamblea de enero', Date.now() + 20 * DAY)
  })
  afterAll(() => server.close())

  it('refuses members, viewers, strangers and unknown communities', async () => {
    const body = { labels: ['works with'] }
    expect((await put(body, community.tokens.member)).status).toBe(403)
    expect((await put(body, community.tokens.viewer)).status).toBe(403)
    expect((await put(body, null)).status).toBe(401)
    expect((await put(body, community.tokens.coordinator, 'AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404)
    expect((await put(body, community.tokens.coordinator, 'not-an-id')).status).toBe(404)
  })

  it('refuses an empty list, blank or long labels, too many, and what is not a list of texts', async () => {
    const bodies: unknown[] = [
      { labels: [] },
      { labels: [''] },
      { labels: ['   '] },
      { labels: ['\u202E\u202C'] },
      { labels: ['x'.repeat(41)] },
      { labels: Array.from({ length: 13 }, (_, i) => `label ${i}`) },
      { labels: 'works with' },
      { labels: [42] },
      {},
    ]
    for (const body of bodies) {
      const answer = await put(body)
      expect(answer.status, JSON.stringify(body)).toBe(400)
      expect(errorIdOf(answer)).toBe(ErrorId.badRequest)
    }
    expect((await server.store.getCommunity(community.id))?.relationLabels).not.toContain('x'.repeat(41))
  })

  it('stores the cleaned labels and writes them into the standing board and upcoming meetings only', async () => {
    const past = await labelsIn(pastId)
    const answer = await put({ labels: [' works   with ', 'Works With', 'Comparte oficina', 'Συνεργάζεται με'] })
    expect(answer.status).toBe(200)
    const labels = ['works with', 'Comparte oficina', 'Συνεργάζεται με']
    expect(answer.json).toEqual({ labels })
    expect((await server.store.getCommunity(community.id))?.relationLabels).toEqual(labels)
    expect(await labelsIn(standingId)).toEqual(labels)
    expect(await labelsIn(upcomingId)).toEqual(labels)
    expect(await labelsIn(pastId)).toEqual(past)
  })

  it('counts arrows labelled with a new label as relations', async () => {
    expect((await put({ labels: ['Comparte oficina'] })).status).toBe(200)
    await server.store.updateCommunity(community.id, { published: true })
    const graph = graphSchema.parse((await call(server.origin, 'GET', `/api/communities/${community.id}/graph.json`)).json)
    expect(graph.edges).toEqual([{ source: coopId('Cooperativa Sur'), target: coopId('Κώδικας Θεσσαλονίκης'), label: 'Comparte oficina' }])
  })
})
