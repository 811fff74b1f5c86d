/**
 * `GET /api/communities/:id/public.json` and `graph.json`: nothing while unpublished, then the
 * coops and their relations to anyone, with no token and no person's name.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { graphSchema, publicDirectorySchema, WORKING_GROUP_RELATION } from '../../shared/community/api'
import { ErrorId } from '../../shared/protocol'
import type { RunningServer } from '../app'
import { newBoardId } from '../ids'
import { call, createCommunity, errorIdOf, type TestCommunity } from '../testing/community'
import {
  addWorkingGroup,
  breakoutReported,
  coopId,
  COMMUNITY_DELEGATES,
  decide,
  drawRelation,
  rosterBoard,
  storeBoardDoc,
} from '../testing/communityDocs'
import { startTestServer } from '../testing/testServer'

const MEETING_AT = Date.UTC(2026, 9, 1, 17)
const RAPPORTEUR = 'Μαρία Rapporteur'

describe('the public directory', () => {
  let server: RunningServer
  let community: TestCommunity
  const get = (file: 'public' | 'graph', id = community.id, headers: Record<string, string> = {}) =>
    fetch(`${server.origin}/api/communities/${id}/${file}.json`, { headers })
  const publish = (published: boolean) => server.store.updateCommunity(community.id, { published })

  beforeAll(async () => {
    server = await startTestServer()
    community = await createCommunity(server.origin, 'Red Ibérica de Cooperativas', 'Cooperativas tecnológicas de la península y más allá')
    const info = await server.store.getCommunity(community.id)
    if (!info) throw new Error('no community')
    const standing = rosterBoard()
    addWorkingGroup(
      standing,
      'wg-infra',
      'Infraestructura común',
      ['Cooperativa Sur', 'Spółdzielnia Kodu', 'Συνεργατική Αθήνας'],
      ['Ελένη Παππά'],
    )
    drawRelation(standing, 'works', '神戸コード協同組合', 'Cooperativa Sur', 'Works with')
    await storeBoardDoc(server, info.standingBoardId, standing)

    const meeting = rosterBoard()
    drawRelation(meeting, 'mentors', 'Συνεργατική Αθήνας', '北京开源合作社', 'mentors')
    drawRelation(meeting, 'hates', 'Cooperativa Sur', 'Spółdzielnia Kodu', 'hates')
    // The same relation again, the other way round: one relation.
    drawRelation(meeting, 'works-again', 'Cooperativa Sur', '神戸コード協同組合', 'works with')
    breakoutReported(meeting, RAPPORTEUR, 'Cooperativa Sur', MEETING_AT + 3600_000)
    decide(meeting, 'p1', 'Adoptar la AGPL', { outcome: 'agreed', at: MEETING_AT + 7200_000 }, { 'Cooperativa Sur': 'consent' })
    const boardId = newBoardId()
    const createdAt = new Date(MEETING_AT - 86_400_000).toISOString()
    await server.store.addCommunityBoard(
      {
        boardId,
        communityId: community.id,
        kind: 'meeting',
        title: 'Asamblea de octubre',
        startsAt: new Date(MEETING_AT).toISOString(),
        recordingUrl: null,
        createdAt,
      },
      { id: boardId, title: 'Asamblea de octubre', createdAt },
    )
    await storeBoardDoc(server, boardId, meeting)
  })
  afterAll(() => server.close())

  it('answers 404 while unpublished, as for an unknown or malformed id, to any origin', async () => {
    for (const file of ['public', 'graph'] as const) {
      for (const id of [community.id, 'AAAAAAAAAAAAAAAAAAAAAA', 'not-an-id']) {
        const response = await get(file, id)
        expect(response.status).toBe(404)
        expect(response.headers.get('access-control-allow-origin')).toBe('*')
        expect(errorIdOf({ status: 404, text: '', json: await response.json(), headers: response.headers })).toBe(ErrorId.notFound)
      }
    }
  })

  it('once published, lists the coops with their working groups and the relations, with no token', async () => {
    await publish(true)
    const response = await get('public')
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const directory = publicDirectorySchema.parse(await response.json())
    expect(directory).toMatchObject({
      id: community.id,
      name: 'Red Ibérica de Cooperativas',
      description: 'Cooperativas tecnológicas de la península y más allá',
    })
    expect(directory.coops).toHaveLength(31)
    const sur = directory.coops.find((coop) => coop.id === coopId('Cooperativa Sur'))
    expect(sur).toEqual({
      id: coopId('Cooperativa Sur'),
      name: 'Cooperativa Sur',
      country: 'Country 1',
      website: 'https://coop1.example',
      description: '',
      workingGroups: ['Infraestructura común'],
    })
    expect(directory.coops.find((coop) => coop.name === '北京开源合作社')?.workingGroups).toEqual([])
    const pairs = directory.relations.map((r) => `${r.source} ${r.label} ${r.target}`)
    expect(pairs).toEqual(
      expect.arrayContaining([
        `${coopId('神戸コード協同組合')} works with ${coopId('Cooperativa Sur')}`,
        `${coopId('Συνεργατική Αθήνας')} mentors ${coopId('北京开源合作社')}`,
      ]),
    )
    expect(directory.relations.filter((r) => r.label === WORKING_GROUP_RELATION)).toHaveLength(3)
    expect(directory.relations).toHaveLength(5)
  })

  it('never carries a person’s name or a token', async () => {
    await publish(true)
    for (const file of ['public', 'graph'] as const) {
      const text = await (await get(file)).text()
      for (const person of [...COMMUNITY_DELEGATES, RAPPORTEUR, 'Μαρία']) expect(text).not.toContain(person)
      for (const token of Object.values(community.tokens)) expect(text).not.toContain(token)
      expect(text).not.toContain('delegates')
    }
  })

  it('serves the graph: a node per coop and an edge per relation between nodes', async () => {
    await publish(true)
    const graph = graphSchema.parse(await (await get('graph')).json())
    expect(graph.nodes).toHaveLength(31)
    expect(graph.nodes.find((node) => node.id === coopId('Spółdzielnia Kodu'))).toEqual({
      id: coopId('Spółdzielnia Kodu'),
      name: 'Spółdzielnia Kodu',
      country: 'Country 2',
    })
    expect(graph.edges).toHaveLength(5)
    const nodes = new Set(graph.nodes.map((node) => node.id))
    expect(graph.edges.every((edge) => nodes.has(edge.source) && nodes.has(edge.target))).toBe(true)
  })

  it('lets caches keep it for a minute and revalidate with its ETag', async () => {
    await publish(true)
    const first = await get('graph')
    expect(first.headers.get('cache-control')).toBe('public, max-age=60')
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^".+"$/)
    const again = await get('graph', community.id, { 'if-none-match': etag ?? '' })
    expect(again.status).toBe(304)
    expect(again.headers.get('access-control-allow-origin')).toBe('*')
    expect((await get('public', community.id, { 'if-none-match': etag ?? '' })).status).toBe(200)
  })

  it('answers 404 again once unpublished', async () => {
    await publish(false)
    expect((await get('public')).status).toBe(404)
    expect((await get('graph')).status).toBe(404)
  })

  it('is the same whatever token comes along', async () => {
    await publish(true)
    const answer = await call(server.origin, 'GET', `/api/communities/${community.id}/public.json`, { token: community.tokens.coordinator })
    expect(answer.status).toBe(200)
    expect(answer.text).not.toContain(COMMUNITY_DELEGATES[0] ?? 'Ana')
  })

  it('reads no board for a request within the minute, a 304 included, until a change is made on this node', async () => {
    const coordinator = { token: community.tokens.coordinator }
    expect((await call(server.origin, 'POST', `/api/communities/${community.id}/publish`, coordinator)).status).toBe(200)
    const etag = (await get('graph')).headers.get('etag') ?? ''
    const reads = vi.spyOn(server.registry, 'readDocument')
    try {
      expect((await get('graph', community.id, { 'if-none-match': etag })).status).toBe(304)
      expect((await get('public')).status).toBe(200)
      expect(reads).not.toHaveBeenCalled()
      const beijing = coopId('北京开源合作社')
      const created = await call(server.origin, 'POST', `/api/communities/${community.id}/working-groups`, {
        ...coordinator,
        json: { name: 'Energía · 能源', coopIds: [beijing, coopId('Cooperativa Sur')], people: [] },
      })
      expect(created.status, created.text).toBe(201)
      const directory = publicDirectorySchema.parse(await (await get('public')).json())
      expect(directory.coops.find((coop) => coop.id === beijing)?.workingGroups).toEqual(['Energía · 能源'])
    } finally {
      reads.mockRestore()
    }
  })
})
