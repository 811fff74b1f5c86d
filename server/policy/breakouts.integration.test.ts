/**
 * Breakout sessions against a real server with stock clients that publish presence, as
 * browsers do: what facilitators and participants may write in the breakout maps and the
 * group areas, and the server clock endpoint.
 */
import { describe, expect, it } from 'vitest'
import { recordsMap } from '../../shared/boardDoc'
import { createGroupAreaRecord } from '../../shared/breakouts/areas'
import {
  assignMember,
  currentSession,
  endSession,
  memberOf,
  readRapporteurs,
  sessionsMap,
  setRapporteur,
  startSession,
} from '../../shared/breakouts/session'
import { BREAKOUTS_MAP, memberKey } from '../../shared/breakouts/types'
import { createNoteRecord } from '../../shared/notes'
import { Paths, Role } from '../../shared/protocol'
import { useTestServer } from '../testing/harness'
import { createBoard, waitFor, waitForSync, type TestBoard, type TestClient } from '../testing/syncClient'

const ROGUE = 'ROGUE-SESSION'

describe('breakouts on a live board', () => {
  const harness = useTestServer()

  /** A synced client whose presence claims participant `id`, once `observer` has seen it. */
  async function person(board: TestBoard, role: Role, id: string, observer?: TestClient): Promise<TestClient> {
    const client = harness.client(board, { role })
    await waitForSync(client)
    client.provider.awareness.setLocalStateField('user', { id, name: id, coop: `Coop ${id}`, color: '#1d4ed8' })
    if (observer) {
      const clientId = client.doc.clientID
      await waitFor(() => observer.provider.awareness.getStates().has(clientId), 5000, `presence of ${id}`)
    }
    return client
  }

  const me = (id: string) => ({ id, name: id, coop: `Coop ${id}` })

  /** A board with a running choose-mode session `s1` (groups g1, g2, at most one member each). */
  async function boardWithSession() {
    const board = await createBoard(harness.server.origin)
    const watcher = await person(board, Role.facilitator, 'watcher')
    const facilitator = await person(board, Role.facilitator, 'fa', watcher)
    facilitator.doc.transact(() =>
      startSession(facilitator.doc, {
        groupNames: ['Housing', 'Energy'],
        durationMs: 15 * 60_000,
        assignment: 'choose',
        spreadCoops: false,
        cap: 1,
        people: [],
        pageId: 'page:page',
        now: Date.now(),
        random: Math.random,
        sessionId: 's1',
      }),
    )
    await waitFor(() => currentSession(watcher.doc)?.id === 's1', 5000, 'the session')
    const ana = await person(board, Role.participant, 'ana', watcher)
    const bo = await person(board, Role.participant, 'bo', watcher)
    await waitFor(() => currentSession(ana.doc) !== null && currentSession(bo.doc) !== null, 5000, 'participants see the session')
    return { board, watcher, facilitator, ana, bo }
  }

  it('keeps participants out of the sessions map: others never see their writes', async () => {
    const { watcher, ana } = await boardWithSession()
    const seen: string[] = []
    watcher.doc.getMap(BREAKOUTS_MAP).observe(() => seen.push(JSON.stringify(watcher.doc.getMap(BREAKOUTS_MAP).toJSON())))
    const session = currentSession(ana.doc)
    if (!session) throw new Error('no session')
    ana.doc.transact(() => {
      sessionsMap(ana.doc).set('rogue', { ...session, id: 'rogue', groups: [{ ...session.groups[0], name: ROGUE }] })
      sessionsMap(ana.doc).set('s1', { ...session, cap: 99 })
    })
    // A later write the server accepts: once the watcher has it, the rogue update was reviewed.
    ana.doc.transact(() => assignMember(ana.doc, 's1', me('ana'), 'g1', 'choice', Date.now()))
    await waitFor(() => memberOf(watcher.doc, 's1', 'ana') !== null, 5000, "ana's membership")
    await waitFor(() => !sessionsMap(ana.doc).has('rogue') && currentSession(ana.doc)?.cap === 1, 5000, 'ana converges')
    expect(sessionsMap(watcher.doc).has('rogue')).toBe(false)
    expect(currentSession(watcher.doc)?.cap).toBe(1)
    for (const state of seen) expect(state).not.toContain(ROGUE)
  })

  it('lets a participant choose a group, but not over the cap and not for someone else', async () => {
    const { watcher, ana, bo } = await boardWithSession()
    ana.doc.transact(() => assignMember(ana.doc, 's1', me('ana'), 'g1', 'choice', Date.now()))
    await waitFor(() => memberOf(watcher.doc, 's1', 'ana')?.groupId === 'g1', 5000, 'ana in g1')
    await waitFor(() => memberOf(bo.doc, 's1', 'ana') !== null, 5000, 'bo sees ana')
    bo.doc.transact(() => assignMember(bo.doc, 's1', me('bo'), 'g1', 'choice', Date.now())) // g1 is full
    bo.doc.transact(() => assignMember(bo.doc, 's1', me('zed'), 'g2', 'choice', Date.now())) // not bo
    bo.doc.transact(() => assignMember(bo.doc, 's1', me('cy'), 'g1', 'late', Date.now())) // not bo either
    await waitFor(() => memberOf(bo.doc, 's1', 'bo') === null && memberOf(bo.doc, 's1', 'zed') === null, 5000, 'bo converges')
    bo.doc.transact(() => assignMember(bo.doc, 's1', me('bo'), 'g2', 'choice', Date.now()))
    await waitFor(() => memberOf(watcher.doc, 's1', 'bo')?.groupId === 'g2', 5000, 'bo in g2')
    expect(memberOf(watcher.doc, 's1', 'zed')).toBeNull()
    expect(memberOf(watcher.doc, 's1', 'cy')).toBeNull()
    expect(watcher.doc.getMap('plenary:breakoutMembers').has(memberKey('s1', 'zed'))).toBe(false)
  })

  it("lets a group's member choose its rapporteur, and nobody from another group", async () => {
    const { watcher, ana, bo } = await boardWithSession()
    ana.doc.transact(() => assignMember(ana.doc, 's1', me('ana'), 'g1', 'choice', Date.now()))
    bo.doc.transact(() => assignMember(bo.doc, 's1', me('bo'), 'g2', 'choice', Date.now()))
    await waitFor(() => memberOf(bo.doc, 's1', 'ana') !== null && memberOf(ana.doc, 's1', 'bo') !== null, 5000, 'both placed')
    const boMember = memberOf(bo.doc, 's1', 'bo')
    if (!boMember) throw new Error('bo is not placed')
    // Joining a group without a rapporteur makes you its rapporteur by rotation (the first to join here).
    await waitFor(() => readRapporteurs(watcher.doc, 's1').length === 2, 5000, 'a rapporteur per group')
    const byGroup = () =>
      readRapporteurs(watcher.doc, 's1')
        .map((r) => [r.groupId, r.participantId])
        .sort()
    expect(byGroup()).toEqual([
      ['g1', 'ana'],
      ['g2', 'bo'],
    ])
    bo.doc.transact(() => setRapporteur(bo.doc, 's1', 'g1', { ...boMember, groupId: 'g1' }, Date.now()))
    await waitFor(
      () => readRapporteurs(bo.doc, 's1').find((r) => r.groupId === 'g1')?.participantId === 'ana',
      5000,
      "bo's rapporteur undone",
    )
    const anaMember = memberOf(ana.doc, 's1', 'ana')
    if (!anaMember) throw new Error('ana is not placed')
    ana.doc.transact(() => setRapporteur(ana.doc, 's1', 'g2', { ...anaMember, groupId: 'g2' }, Date.now()))
    bo.doc.transact(() => setRapporteur(bo.doc, 's1', 'g2', boMember, Date.now()))
    await waitFor(
      () => readRapporteurs(ana.doc, 's1').find((r) => r.groupId === 'g2')?.participantId === 'bo',
      5000,
      "ana's choice for g2 undone",
    )
    expect(byGroup()).toEqual([
      ['g1', 'ana'],
      ['g2', 'bo'],
    ])
  })

  it('keeps participants off group area frames, and off frozen notes once the session ends', async () => {
    const { watcher, facilitator, ana } = await boardWithSession()
    const session = currentSession(ana.doc)
    const area = session?.groups[0]?.areaId ?? ''
    const frame = recordsMap(ana.doc).get(area) as Record<string, unknown>
    expect(frame).toBeDefined()
    ana.doc.transact(() => {
      recordsMap(ana.doc).set(area, { ...frame, x: 9999 })
      recordsMap(ana.doc).delete(session?.groups[1]?.areaId ?? '')
      const fake = createGroupAreaRecord(
        { id: 's1', pageId: 'page:page' },
        { id: 'g9', name: 'Mine', areaId: 'x' },
        { x: 0, y: 0, w: 10, h: 10 },
        'b1',
      )
      recordsMap(ana.doc).set(fake.id, fake)
    })
    // Dropping a note into an area is fine: it changes the note, not the frame.
    const noteRecord = createNoteRecord({ id: 'shape:idea', x: 20, y: 20, index: 'a1', text: 'idea', parentId: area })
    ana.doc.transact(() => recordsMap(ana.doc).set(noteRecord.id, noteRecord))
    await waitFor(() => recordsMap(watcher.doc).has('shape:idea'), 5000, 'the note')
    await waitFor(() => (recordsMap(ana.doc).get(area) as Record<string, unknown>).x === frame.x, 5000, 'the frame put back')
    expect(recordsMap(watcher.doc).get(area)).toEqual(frame)
    expect(recordsMap(watcher.doc).has(session?.groups[1]?.areaId ?? '')).toBe(true)
    expect(recordsMap(watcher.doc).has('shape:breakout-s1-g9')).toBe(false)

    facilitator.doc.transact(() => endSession(facilitator.doc, 's1', Date.now()))
    await waitFor(() => (recordsMap(ana.doc).get('shape:idea') as Record<string, unknown>).isLocked === true, 5000, 'the note frozen')
    const frozen = recordsMap(ana.doc).get('shape:idea') as Record<string, unknown>
    ana.doc.transact(() => recordsMap(ana.doc).set('shape:idea', { ...frozen, x: 500 }))
    ana.doc.transact(() =>
      recordsMap(ana.doc).set('shape:free', createNoteRecord({ id: 'shape:free', x: 0, y: 0, index: 'a2', text: 'free' })),
    )
    await waitFor(() => recordsMap(watcher.doc).has('shape:free'), 5000, 'a later accepted note')
    expect(recordsMap(watcher.doc).get('shape:idea')).toEqual(frozen)
    expect(currentSession(watcher.doc)?.status).toBe('ended')
  })

  it('tells the time at GET /api/time, uncached and without a token', async () => {
    const before = Date.now()
    const response = await fetch(`${harness.server.origin}${Paths.time}`)
    const after = Date.now()
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = (await response.json()) as { now: unknown }
    expect(typeof body.now).toBe('number')
    expect(body.now).toBeGreaterThanOrEqual(before)
    expect(body.now).toBeLessThanOrEqual(after)
    expect((await fetch(`${harness.server.origin}${Paths.time}`, { method: 'POST' })).status).toBe(405)
  })
})
