/**
 * A community's series of meetings through the API on one node: meeting 2 carries the corners,
 * the working-group areas with what was added at meeting 1 and on the standing board since,
 * meeting 1's decisions in its "Last time" frame, and nothing overlaps; corrections travel back
 * (the standing board's own wins); roster imports reach upcoming meetings; working groups get
 * areas; an attached board's roster joins the community's. Writes "at a meeting" go through the
 * room as a facilitator's update (boardWrite.ts), the way a browser's do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DEFAULT_RELATION_LABELS, createdMeetingSchema, workingGroupViewSchema } from '../../shared/community/api'
import { COMMUNITY_MAP, CommunityKey } from '../../shared/community/maps'
import { LAST_TIME_FRAME_ID } from '../../shared/community/lastTime'
import { readWorkingGroups } from '../../shared/community/rotation'
import { readRecords, recordsMap, type StoredRecord } from '../../shared/boardDoc'
import { applyRosterPlan, readRoster, rosterMap } from '../../shared/corners/applyPlan'
import { planRosterImport } from '../../shared/corners/importPlan'
import { cornersByCoop } from '../../shared/corners/cornerRecord'
import { MEMBER_COOPS, noteAt, overlappingPairs } from '../../shared/corners/testing'
import { cardIdFor } from '../../shared/decisions/card'
import { proposalsMap } from '../../shared/decisions/read'
import { DEFAULT_PAGE_ID } from '../../shared/notes'
import { topLevelShapes } from '../../shared/shapeBounds'
import type { RunningServer } from '../app'
import { call, createCommunity, memberListCsv, type CallOptions, type TestCommunity } from '../testing/community'
import { imageAsset, imageShape } from '../testing/assetRecords'
import { createBoard } from '../testing/syncClient'
import { noisePng } from '../testing/testImages'
import { startTestServer } from '../testing/testServer'
import { writeBoard } from './boardWrite'

const API = '/api/communities'
const DAY = 24 * 3600_000

function inDays(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString()
}

/** A proposal agreed at a meeting, as the decisions feature stores it. */
function agreedProposal(id: string, text: string) {
  return {
    id,
    seq: 1,
    text,
    status: 'agreed',
    amendedText: null,
    openedAt: 10,
    closedAt: 20,
    openedBy: 'Ana Pérez · Cooperativa Sur',
    shapeId: cardIdFor(id),
    quorum: 0.5,
    outcomeNote: null,
  }
}

describe('a community’s meetings', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startTestServer({ idleUnloadMs: 60_000 })
  })
  afterAll(async () => {
    await server.close()
  })
  const at = (method: string, path: string, options?: CallOptions) => call(server.origin, method, path, options)
  const read = <T>(boardId: string, reader: (doc: Y.Doc) => T) => server.registry.readDocument(boardId, reader)
  const write = async (boardId: string, change: (doc: Y.Doc) => void) => {
    expect((await writeBoard(server, boardId, change)).ok).toBe(true)
  }
  const standingOf = async (community: TestCommunity) => (await server.store.getCommunity(community.id))?.standingBoardId ?? ''
  const importRoster = async (community: TestCommunity, text = memberListCsv(), query = '?apply=valid') => {
    const answer = await at('POST', `${API}/${community.id}/roster${query}`, { token: community.tokens.coordinator, text })
    return answer
  }
  const newMeeting = async (community: TestCommunity, title: string, startsAt: string) => {
    const answer = await at('POST', `${API}/${community.id}/meetings`, { token: community.tokens.coordinator, json: { title, startsAt } })
    expect(answer.status, answer.text).toBe(201)
    return createdMeetingSchema.parse(answer.json).board.id
  }
  const newGroup = async (community: TestCommunity, name: string, coopIds: string[], people: string[]) => {
    const answer = await at('POST', `${API}/${community.id}/working-groups`, {
      token: community.tokens.coordinator,
      json: { name, coopIds, people },
    })
    expect(answer.status, answer.text).toBe(201)
    return workingGroupViewSchema.parse(answer.json)
  }
  const record = (doc: Y.Doc, id: string): StoredRecord | undefined => readRecords(doc).find((item) => item.id === id)

  it('carries corners, areas, corrections and decisions from meeting 1 to meeting 2, overlapping nothing', async () => {
    const community = await createCommunity(server.origin, 'Red Ibérica de Cooperativas')
    expect((await importRoster(community)).status).toBe(200)
    const standing = await standingOf(community)
    const coops = await read(standing, readRoster)
    const [sur, other] = coops
    if (!sur || !other) throw new Error('roster not imported')
    const finanzas = await newGroup(community, 'Finanzas y cuotas', [sur.id], ['Łucja Nowak'])
    expect(finanzas.areaId).toBeTruthy()
    const areaId = finanzas.areaId ?? ''
    expect(await read(standing, (doc) => record(doc, areaId)?.props)).toMatchObject({ name: 'Finanzas y cuotas' })

    const first = await newMeeting(community, 'Asamblea de enero', inDays(-20))
    await write(first, (doc) => {
      recordsMap(doc).set('shape:note1', noteAt(1, 40, 80, areaId))
      const coop = readRoster(doc).find((item) => item.id === sur.id)
      rosterMap(doc).set(sur.id, { ...coop, country: 'Portugal' })
      const stale = readRoster(doc).find((item) => item.id === other.id)
      rosterMap(doc).set(other.id, { ...stale, country: 'stale copy' })
      proposalsMap(doc).set('p1', agreedProposal('p1', 'Subir la cuota un 2 % — 会費'))
    })
    // Between the meetings, on the standing board: a note in the area, and a correction of the other coop.
    await write(standing, (doc) => {
      recordsMap(doc).set('shape:note2', noteAt(2, 300, 80, areaId))
      const coop = readRoster(doc).find((item) => item.id === other.id)
      rosterMap(doc).set(other.id, { ...coop, country: 'Ελλάδα' })
    })

    const second = await newMeeting(community, 'Asamblea de febrero', inDays(10))
    const seen = await read(second, (doc) => {
      const records = readRecords(doc)
      return {
        roster: readRoster(doc),
        corners: cornersByCoop(records),
        groups: readWorkingGroups(doc).map((group) => group.name),
        notes: ['shape:note1', 'shape:note2'].map((id) => record(doc, id)?.parentId),
        lastTime: JSON.stringify(records.filter((item) => item.id === LAST_TIME_FRAME_ID || item.parentId === LAST_TIME_FRAME_ID)),
        overlaps: overlappingPairs(topLevelShapes(records, DEFAULT_PAGE_ID)),
      }
    })
    expect(seen.roster.map((coop) => coop.name).sort()).toEqual([...MEMBER_COOPS].sort())
    expect(seen.roster.every((coop) => seen.corners.has(coop.id))).toBe(true)
    expect(seen.groups).toEqual(['Finanzas y cuotas'])
    expect(seen.notes).toEqual([areaId, areaId])
    expect(seen.lastTime).toContain('Last time — Asamblea de enero')
    expect(seen.lastTime).toContain('Agreed: Subir la cuota un 2 % — 会費')
    expect(seen.overlaps).toEqual([])
    const countries = new Map(seen.roster.map((coop) => [coop.id, coop.country]))
    expect(countries.get(sur.id)).toBe('Portugal')
    expect(countries.get(other.id)).toBe('Ελλάδα')

    // The community roster has the correction; meeting 1 got its "Final" snapshot.
    const roster = await at('GET', `${API}/${community.id}/roster.json`, { token: community.tokens.viewer })
    const listed = (roster.json as { coops: { id: string; country: string }[] }).coops
    expect(listed.find((coop) => coop.id === sur.id)?.country).toBe('Portugal')
    expect(listed.find((coop) => coop.id === other.id)?.country).toBe('Ελλάδα')
    expect((await server.store.listBoardSnapshots(first)).map((snapshot) => snapshot.name)).toContain('Final')
  })

  it('keeps a meeting created in advance current, syncs on a coordinator’s request only, and freezes each past meeting', async () => {
    const community = await createCommunity(server.origin, 'Coopérative du Nord · 北')
    expect((await importRoster(community, memberListCsv(MEMBER_COOPS.slice(0, 6)))).status).toBe(200)
    const standing = await standingOf(community)
    const areaId = (await newGroup(community, 'Finanzas y cuotas', [], ['Łucja Nowak'])).areaId ?? ''
    await newMeeting(community, 'Asamblea de enero', inDays(-10))
    const march = await newMeeting(community, 'Asamblea de marzo', inDays(20))
    const february = await newMeeting(community, 'Asamblea de febrero', inDays(-1))
    const lastTimeOf = (doc: Y.Doc) =>
      JSON.stringify(readRecords(doc).filter((item) => item.id === LAST_TIME_FRAME_ID || item.parentId === LAST_TIME_FRAME_ID))

    // At February's meeting: a decision and a new coop; during the month, a note in the area.
    await write(february, (doc) => {
      proposalsMap(doc).set('p1', agreedProposal('p1', 'Fondo común de 5 000 € — 共同基金'))
      const plan = planRosterImport({
        coops: readRoster(doc),
        records: readRecords(doc),
        rows: [{ name: 'Kooperativa Čakovec' }],
        pageId: DEFAULT_PAGE_ID,
      })
      applyRosterPlan(doc, plan, 'test')
    })
    await write(standing, (doc) => recordsMap(doc).set('shape:note1', noteAt(1, 40, 80, areaId)))
    const names = (doc: Y.Doc) => readRoster(doc).map((coop) => coop.name)

    // A member's or a viewer's read writes nothing.
    for (const token of [community.tokens.member, community.tokens.viewer]) {
      expect((await at('GET', `${API}/${community.id}/roster.json`, { token })).status).toBe(200)
      expect((await at('GET', `${API}/${community.id}`, { token })).status).toBe(200)
    }
    expect(await read(standing, names)).not.toContain('Kooperativa Čakovec')
    expect(await read(march, (doc) => record(doc, 'shape:note1'))).toBeUndefined()

    // A working group may name the coop added at the meeting at once: the route syncs first.
    const [added] = await read(february, (doc) => readRoster(doc).filter((coop) => coop.name === 'Kooperativa Čakovec'))
    const group = await at('POST', `${API}/${community.id}/working-groups`, {
      token: community.tokens.coordinator,
      json: { name: 'Software común', coopIds: [added?.id ?? ''], people: [] },
    })
    expect(group.status, group.text).toBe(201)

    // March, created before February was held, now has what February and the month added.
    const seen = await read(march, (doc) => ({
      names: names(doc),
      note: record(doc, 'shape:note1')?.parentId,
      lastTime: lastTimeOf(doc),
      overlaps: overlappingPairs(topLevelShapes(readRecords(doc), DEFAULT_PAGE_ID)),
    }))
    expect(seen.names).toContain('Kooperativa Čakovec')
    expect(seen.note).toBe(areaId)
    expect(seen.lastTime).toContain('Last time — Asamblea de febrero')
    expect(seen.lastTime).toContain('Agreed: Fondo común de 5 000 € — 共同基金')
    expect(seen.overlaps).toEqual([])

    // The latest past meeting has its "Final" snapshot, and the page links it.
    const page = await at('GET', `${API}/${community.id}`, { token: community.tokens.coordinator })
    const linked = (page.json as { meetings: { boardId: string; finalSnapshotId: string | null }[] }).meetings.find(
      (meeting) => meeting.boardId === february,
    )
    const finals = (await server.store.listBoardSnapshots(february)).filter((snapshot) => snapshot.name === 'Final')
    expect(finals).toHaveLength(1)
    expect(linked?.finalSnapshotId).toBe(finals[0]?.id)

    // A note added to February after its Final: the next sync freezes the meeting again, and the page links the new one.
    await write(february, (doc) => recordsMap(doc).set('shape:note2', noteAt(2, 4000, 4000)))
    const again = await at('GET', `${API}/${community.id}`, { token: community.tokens.coordinator })
    const relinked = (again.json as { meetings: { boardId: string; finalSnapshotId: string | null }[] }).meetings.find(
      (meeting) => meeting.boardId === february,
    )
    const refrozen = (await server.store.listBoardSnapshots(february)).filter((snapshot) => snapshot.name === 'Final')
    expect(refrozen).toHaveLength(2)
    expect(relinked?.finalSnapshotId).toBe(refrozen[0]?.id)
    const latest = await server.store.getBoardSnapshot(february, refrozen[0]?.id ?? '')
    const frozen = new Y.Doc()
    Y.applyUpdate(frozen, latest?.state ?? new Uint8Array())
    expect(record(frozen, 'shape:note2')).toBeDefined()
  })

  it('sends a roster import and a new working group to upcoming meetings, not to past ones', async () => {
    const community = await createCommunity(server.origin, 'Κοινότητα Συνεταιρισμών')
    expect((await importRoster(community, memberListCsv(MEMBER_COOPS.slice(0, 5)))).status).toBe(200)
    const past = await newMeeting(community, 'Pasada', inDays(-3))
    const upcoming = await newMeeting(community, 'Próxima', inDays(3))

    const dry = await importRoster(community, 'name,country\nSpółdzielnia Łódź,Polska\n"!!!",Nowhere\n', '')
    expect(dry.json).toMatchObject({ applied: false, summary: { added: 1 } })
    expect((dry.json as { problems: unknown[] }).problems.length).toBeGreaterThan(0)
    expect(await read(upcoming, (doc) => readRoster(doc).length)).toBe(5)
    const applied = await importRoster(community, 'name,country\nSpółdzielnia Łódź,Polska\n"!!!",Nowhere\n')
    expect(applied.json).toMatchObject({ applied: true, summary: { added: 1 } })
    const names = (doc: Y.Doc) => readRoster(doc).map((coop) => coop.name)
    expect(await read(upcoming, names)).toContain('Spółdzielnia Łódź')
    expect(await read(past, names)).not.toContain('Spółdzielnia Łódź')
    expect(
      (
        await at('POST', `${API}/${community.id}/roster?apply=valid`, {
          token: community.tokens.coordinator,
          text: 'x'.repeat(1024 * 1024 + 10),
        })
      ).status,
    ).toBe(413)

    const group = await newGroup(community, 'Software común', [], ['山田 健二'])
    const areas = (doc: Y.Doc) => readWorkingGroups(doc).map((item) => [item.name, record(doc, item.areaId ?? '')?.type])
    expect(await read(upcoming, areas)).toEqual([['Software común', 'frame']])
    expect(await read(past, areas)).toEqual([])
    const renamed = await at('PUT', `${API}/${community.id}/working-groups/${group.id}`, {
      token: community.tokens.coordinator,
      json: { name: 'Software libre', coopIds: [], people: ['山田 健二', 'Ana Pérez'] },
    })
    expect(renamed.status).toBe(200)
    expect(workingGroupViewSchema.parse(renamed.json)).toMatchObject({ id: group.id, name: 'Software libre', areaId: group.areaId })
    expect(await read(upcoming, areas)).toEqual([['Software libre', 'frame']])
    const overlaps = await read(upcoming, (doc) => overlappingPairs(topLevelShapes(readRecords(doc), DEFAULT_PAGE_ID)))
    expect(overlaps).toEqual([])
    const unknownCoop = await at('POST', `${API}/${community.id}/working-groups`, {
      token: community.tokens.coordinator,
      json: { name: 'Ghosts', coopIds: ['no-such-coop'], people: [] },
    })
    expect(unknownCoop.status).toBe(400)
  })

  it('merges an attached board’s roster into the community’s', async () => {
    const community = await createCommunity(server.origin, 'Red del Pacífico')
    expect((await importRoster(community, memberListCsv(MEMBER_COOPS.slice(0, 3)))).status).toBe(200)
    const board = await createBoard(server.origin, 'Asamblea 2025')
    const rosterPath = `/api/boards/${board.id}/roster?apply=valid`
    const own = await at('POST', rosterPath, { token: board.tokens.facilitator, text: `name\n${MEMBER_COOPS[0] ?? ''}\nCoop Ñandú\n` })
    expect(own.status).toBe(200)
    const attached = await at('POST', `${API}/${community.id}/boards`, {
      token: community.tokens.coordinator,
      json: { boardId: board.id, boardToken: board.tokens.facilitator },
    })
    expect(attached.status, attached.text).toBe(201)
    const listed = await at('GET', `${API}/${community.id}/roster.json`, { token: community.tokens.member })
    const names = (listed.json as { coops: { name: string }[] }).coops.map((coop) => coop.name)
    expect(names).toHaveLength(4)
    expect(names).toContain('Coop Ñandú')
  })

  it('copies an image in a working-group area with its stored bytes, and gives the meeting its community facts', async () => {
    const community = await createCommunity(server.origin, 'Réseau des coopératives')
    const standing = await standingOf(community)
    const group = await newGroup(community, 'Communication', [], ['Zoé Lefèvre'])
    const png = noisePng(7)
    const upload = await fetch(`${server.origin}/api/boards/${standing}/assets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${community.tokens.coordinator}`, 'content-type': 'image/png' },
      body: png,
    })
    expect(upload.status).toBe(201)
    const { src, hash } = (await upload.json()) as { src: string; hash: string }
    await write(standing, (doc) => {
      recordsMap(doc).set('asset:logo', imageAsset('asset:logo', src))
      recordsMap(doc).set('shape:logo', { ...imageShape('shape:logo', 'asset:logo'), x: 40, y: 80, parentId: group.areaId })
    })
    const meeting = await newMeeting(community, 'Assemblée de mars', inDays(4))
    const copied = await read(meeting, (doc) => ({
      asset: record(doc, 'asset:logo')?.props,
      image: record(doc, 'shape:logo')?.parentId,
      community: doc.getMap(COMMUNITY_MAP).toJSON(),
    }))
    expect(copied.asset).toMatchObject({ src: `/api/boards/${meeting}/assets/${hash}` })
    expect(copied.image).toBe(group.areaId)
    expect(copied.community).toMatchObject({
      [CommunityKey.facts]: { communityId: community.id, kind: 'meeting', title: 'Assemblée de mars' },
      [CommunityKey.rotation]: { coops: {}, people: {} },
      [CommunityKey.relationLabels]: DEFAULT_RELATION_LABELS,
    })
    const served = async (boardId: string) => {
      const answer = await fetch(`${server.origin}/api/boards/${boardId}/assets/${hash}`, {
        headers: { authorization: `Bearer ${community.tokens.member}` },
      })
      expect(answer.status).toBe(200)
      return Buffer.from(await answer.arrayBuffer()).toString('base64')
    }
    expect(await served(meeting)).toBe(await served(standing))
  })
})
