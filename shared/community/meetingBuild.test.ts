import { describe, expect, it } from 'vitest'
import { readRecords, recordsMap, type StoredRecord } from '../boardDoc'
import { applyRosterPlan, readRoster } from '../corners/applyPlan'
import { cornersByCoop } from '../corners/cornerRecord'
import { planRosterImport } from '../corners/importPlan'
import { MEMBER_COOPS, noteAt, overlappingPairs } from '../corners/testing'
import { DEFAULT_PAGE_ID } from '../notes'
import { topLevelShapes } from '../shapeBounds'
import { retargetAssets } from './areaCopy'
import { LAST_TIME_FRAME_ID, LAST_TIME_WORDS_EN, lastTimeRecords, lastTimeWords } from './lastTime'
import { COMMUNITY_MAP, CommunityKey, readCommunityFacts } from './maps'
import { readWorkingGroups } from './rotation'
import { meetingChanges } from './syncBack'
import { closeProposal, meeting, record, renameCoop, sourceFrom, standingBoard, syncBack } from './syncTesting'

describe('a meeting built from the community', () => {
  it('carries corners, areas with what was added since, the previous decisions, and overlaps nothing', () => {
    const { doc: standing, groups } = standingBoard()
    const [finanzas, software] = groups
    if (!finanzas?.areaId || !software?.areaId) throw new Error('groups without areas')
    recordsMap(standing).set('shape:note1', noteAt(1, 40, 80, finanzas.areaId))

    const first = meeting(sourceFrom(standing, 'Asamblea de enero', null))
    expect(readCommunityFacts(first.getMap(COMMUNITY_MAP).get(CommunityKey.facts))?.title).toBe('Asamblea de enero')
    expect(record(first, LAST_TIME_FRAME_ID)).toBeUndefined()
    // At meeting 1: a note added in an area, a proposal agreed; between meetings: a note on the standing board.
    recordsMap(first).set('shape:note2', noteAt(2, 300, 80, software.areaId))
    closeProposal(first, 'Subir la cuota un 2 % en 2027')
    syncBack(first, standing)
    recordsMap(standing).set('shape:note3', noteAt(3, 300, 80, finanzas.areaId))

    const second = meeting(sourceFrom(standing, 'Asamblea de febrero', { doc: first, title: 'Asamblea de enero' }))
    const coops = readRoster(second)
    expect(coops).toHaveLength(MEMBER_COOPS.length)
    const corners = cornersByCoop(readRecords(second))
    expect(coops.every((coop) => coop.cornerId !== null && corners.has(coop.id))).toBe(true)
    expect(coops.map((coop) => coop.name).sort()).toEqual([...MEMBER_COOPS].sort())
    for (const [id, parent] of [
      ['shape:note1', finanzas.areaId],
      ['shape:note2', software.areaId],
      ['shape:note3', finanzas.areaId],
    ]) {
      expect(record(second, id ?? '')?.parentId, id).toBe(parent)
    }
    expect(readWorkingGroups(second).map((group) => group.name)).toEqual(['Finanzas y cuotas', 'Software común 共同'])
    const lastTime = readRecords(second).filter((item) => item.parentId === LAST_TIME_FRAME_ID)
    expect(JSON.stringify(record(second, LAST_TIME_FRAME_ID)?.props)).toContain('Last time — Asamblea de enero')
    expect(JSON.stringify(lastTime)).toContain('Agreed: Subir la cuota un 2 % en 2027')
    expect(JSON.stringify(lastTime)).toContain('Open: Buscar local para la asamblea de otoño')
    expect(overlappingPairs(topLevelShapes(readRecords(second), DEFAULT_PAGE_ID))).toEqual([])
    expect(overlappingPairs(lastTime)).toEqual([])
  })

  it('carries a coop corrected at a meeting back, unless the standing board corrected it since', () => {
    const { doc: standing } = standingBoard()
    const [sur, montreal] = readRoster(standing)
    if (!sur || !montreal) throw new Error('roster too short')
    const first = meeting(sourceFrom(standing, 'Asamblea de enero', null))
    renameCoop(first, sur.id, { country: 'Portugal', website: 'https://sur.example' })
    renameCoop(first, montreal.id, { country: 'Canadá (stale)' })
    // After meeting 1, the standing board corrects the second coop itself.
    renameCoop(standing, montreal.id, { country: 'Québec' })
    syncBack(first, standing)

    const roster = new Map(readRoster(standing).map((coop) => [coop.id, coop]))
    expect(roster.get(sur.id)).toMatchObject({ country: 'Portugal', website: 'https://sur.example', cornerId: sur.cornerId })
    expect(roster.get(montreal.id)?.country).toBe('Québec')
    // The baseline moved: syncing again writes nothing more.
    expect(meetingChanges(first).baseline).toEqual([])

    const second = meeting(sourceFrom(standing, 'Asamblea de febrero', { doc: first, title: 'Asamblea de enero' }))
    const next = new Map(readRoster(second).map((coop) => [coop.id, coop]))
    expect(next.get(sur.id)?.country).toBe('Portugal')
    expect(next.get(montreal.id)?.country).toBe('Québec')
  })

  it('adds a coop added at a meeting to the roster with a corner of its own', () => {
    const { doc: standing } = standingBoard()
    const first = meeting(sourceFrom(standing, 'Asamblea', null))
    const plan = planRosterImport({
      coops: readRoster(first),
      records: readRecords(first),
      rows: [{ name: 'Spółdzielnia Łódź' }],
      pageId: DEFAULT_PAGE_ID,
    })
    applyRosterPlan(first, plan, 'test')
    syncBack(first, standing)
    const added = readRoster(standing).find((coop) => coop.name === 'Spółdzielnia Łódź')
    expect(added?.cornerId).toBeTruthy()
    expect(cornersByCoop(readRecords(standing)).has(added?.id ?? '')).toBe(true)
    expect(overlappingPairs(topLevelShapes(readRecords(standing), DEFAULT_PAGE_ID))).toEqual([])
  })

  it('keeps the area where it is on the standing board, and the standing board’s edit of a note over the meeting’s', () => {
    const { doc: standing, groups } = standingBoard()
    const areaId = groups[0]?.areaId ?? ''
    recordsMap(standing).set('shape:note1', noteAt(1, 40, 80, areaId))
    const before = record(standing, areaId)
    const first = meeting(sourceFrom(standing, 'Asamblea', null))
    const moved = record(first, areaId)
    // Moved and renamed at the meeting: the name travels back, the place does not.
    recordsMap(first).set(areaId, {
      ...moved,
      x: Number(moved?.x) + 500,
      props: { ...(moved?.props as object), name: 'Finanzas (renombrado)' },
    })
    recordsMap(first).set('shape:note1', { ...record(first, 'shape:note1'), x: 999 })
    recordsMap(standing).set('shape:note1', { ...record(standing, 'shape:note1'), x: 111 })
    syncBack(first, standing)
    expect(record(standing, areaId)).toMatchObject({ x: before?.x, y: before?.y, props: { name: 'Finanzas (renombrado)' } })
    expect(record(standing, 'shape:note1')?.x).toBe(111)
  })

  it('points copied asset records at the new board’s asset store', () => {
    const hash = 'a'.repeat(64)
    const asset: StoredRecord = {
      id: 'asset:1',
      typeName: 'asset',
      type: 'image',
      props: { src: `/api/boards/${'B'.repeat(22)}/assets/${hash}` },
    }
    const moved = retargetAssets([asset], 'C'.repeat(22))
    expect(moved.assets).toEqual([{ boardId: 'B'.repeat(22), hash }])
    expect(moved.records[0]?.props).toMatchObject({ src: `/api/boards/${'C'.repeat(22)}/assets/${hash}` })
  })

  it('writes the "Last time" frame in the coordinator’s language', () => {
    const lastTime = {
      title: 'Asamblea de enero',
      decisions: [{ outcome: 'not_agreed' as const, text: 'Cambiar de banco' }],
      openActions: [],
    }
    const records = lastTimeRecords(lastTime, lastTimeWords('es-AR'), { x: 0, y: 0 }, 'a1', DEFAULT_PAGE_ID)
    expect(JSON.stringify(records)).toContain('La última vez — Asamblea de enero')
    expect(JSON.stringify(records)).toContain('No aprobada: Cambiar de banco')
    expect(lastTimeWords('pl')).toBe(LAST_TIME_WORDS_EN)
  })
})
