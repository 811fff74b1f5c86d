import { describe, expect, it } from 'vitest'
import { readRecords, recordsMap } from '../boardDoc'
import { readRoster } from '../corners/applyPlan'
import { cornersByCoop } from '../corners/cornerRecord'
import { noteAt, overlappingPairs } from '../corners/testing'
import { DEFAULT_PAGE_ID } from '../notes'
import { topLevelShapes } from '../shapeBounds'
import { LAST_TIME_FRAME_ID, LAST_TIME_WORDS, readLastTime } from './lastTime'
import { writeLastTime } from './meetingBuild'
import { readStandingCopy, refreshMeeting } from './meetingRefresh'
import { removeCoops } from './removal'
import { meetingChanges } from './syncBack'
import { addCoop, closeProposal, meeting, record, renameCoop, sourceFrom, standingBoard, syncBack } from './syncTesting'

describe('a meeting created in advance, refreshed from the standing board', () => {
  it('gets the area work, coops and corrections of the month, and keeps its own', () => {
    const { doc: standing, groups } = standingBoard()
    const areaId = groups[0]?.areaId ?? ''
    recordsMap(standing).set('shape:note1', noteAt(1, 40, 80, areaId))
    recordsMap(standing).set('shape:note2', noteAt(2, 300, 80, areaId))
    recordsMap(standing).set('shape:note3', noteAt(3, 560, 80, areaId))
    const next = meeting(sourceFrom(standing, 'Asamblea de marzo', null))
    const [renamed, removed, own] = readRoster(standing)
    if (!renamed || !removed || !own) throw new Error('roster too short')

    // During the month, on the standing board:
    recordsMap(standing).set('shape:note4', noteAt(4, 40, 320, areaId))
    recordsMap(standing).set('shape:note1', { ...record(standing, 'shape:note1'), x: 60 })
    recordsMap(standing).delete('shape:note2')
    renameCoop(standing, renamed.id, { country: 'Ελλάδα' })
    removeCoops(standing, [removed.id])
    addCoop(standing, 'Kooperativa Čakovec')
    // ... and on the meeting board, its own edits, which the standing board does not overwrite.
    recordsMap(next).set('shape:note3', { ...record(next, 'shape:note3'), x: 777 })
    renameCoop(next, own.id, { country: 'Aotearoa' })
    renameCoop(standing, own.id, { country: 'Chile' })
    syncBack(next, standing)
    refreshMeeting(next, readStandingCopy(standing))

    expect(record(next, 'shape:note4')?.parentId).toBe(areaId)
    expect(record(next, 'shape:note1')?.x).toBe(60)
    expect(record(next, 'shape:note2')).toBeUndefined()
    expect(record(next, 'shape:note3')?.x).toBe(777)
    const roster = new Map(readRoster(next).map((coop) => [coop.id, coop]))
    expect(roster.get(renamed.id)?.country).toBe('Ελλάδα')
    expect(roster.has(removed.id)).toBe(false)
    expect(cornersByCoop(readRecords(next)).has(removed.id)).toBe(false)
    const added = readRoster(next).find((coop) => coop.name === 'Kooperativa Čakovec')
    expect(cornersByCoop(readRecords(next)).has(added?.id ?? '')).toBe(true)
    // The standing board's own correction wins, and reaches the meeting.
    expect(roster.get(own.id)?.country).toBe('Chile')
    expect(overlappingPairs(topLevelShapes(readRecords(next), DEFAULT_PAGE_ID))).toEqual([])
    // Nothing is left to carry either way.
    expect(meetingChanges(next)).toMatchObject({ baseline: [], dropped: [] })
    expect(refreshMeeting(next, readStandingCopy(standing))).toEqual({ coops: [], records: [], deleted: [] })
  })

  it('rewrites its "Last time" frame from the meeting held after it was created, in the frame’s language', () => {
    const { doc: standing } = standingBoard()
    const first = meeting(sourceFrom(standing, 'Asamblea de enero', null))
    const previous = meeting(sourceFrom(standing, 'Asamblea de febrero', { doc: first, title: 'Asamblea de enero' }))
    const next = meeting(sourceFrom(standing, 'Asamblea de marzo', { doc: previous, title: 'Asamblea de febrero' }))
    writeLastTime(next, readLastTime(previous, 'Asamblea de febrero'), LAST_TIME_WORDS.es)
    closeProposal(previous, 'Cuota anual de 120 € por cooperativa')
    writeLastTime(next, readLastTime(previous, 'Asamblea de febrero'), null)
    const notes = readRecords(next).filter((item) => item.parentId === LAST_TIME_FRAME_ID)
    expect(JSON.stringify(notes)).toContain('Aprobada: Cuota anual de 120 € por cooperativa')
    expect(JSON.stringify(record(next, LAST_TIME_FRAME_ID)?.props)).toContain('La última vez — Asamblea de febrero')
    expect(overlappingPairs(topLevelShapes(readRecords(next), DEFAULT_PAGE_ID))).toEqual([])
  })
})
