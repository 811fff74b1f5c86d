import { describe, expect, it } from 'vitest'
import { readRecords, recordsMap } from '../boardDoc'
import { readRoster } from '../corners/applyPlan'
import { cornersByCoop } from '../corners/cornerRecord'
import { matchKey } from '../text/fold'
import { noteAt, overlappingPairs } from '../corners/testing'
import { DEFAULT_PAGE_ID } from '../notes'
import { topLevelShapes } from '../shapeBounds'
import type * as Y from 'yjs'
import { removeCoops } from './removal'
import { meetingChanges } from './syncBack'
import { addCoop, meeting, record, renameCoop, sourceFrom, standingBoard, syncBack } from './syncTesting'

const names = (doc: Y.Doc) => readRoster(doc).map((coop) => coop.name)

describe('the sync back from a meeting to the standing board', () => {
  it('carries a coop removed at a meeting back, unless the standing board changed it since', () => {
    const { doc: standing } = standingBoard()
    const [gone, kept] = readRoster(standing)
    if (!gone || !kept) throw new Error('roster too short')
    const first = meeting(sourceFrom(standing, 'Asamblea de enero', null))
    removeCoops(first, [gone.id])
    removeCoops(first, [kept.id])
    renameCoop(standing, kept.id, { country: 'Ελλάδα' })
    syncBack(first, standing)
    expect(names(standing)).not.toContain(gone.name)
    expect(cornersByCoop(readRecords(standing)).has(gone.id)).toBe(false)
    expect(names(standing)).toContain(kept.name)
    expect(meetingChanges(first).dropped).toEqual([])
    const second = meeting(sourceFrom(standing, 'Asamblea de febrero', null))
    expect(names(second)).not.toContain(gone.name)
    expect(readRoster(second)).toHaveLength(30)
  })

  it('carries a note deleted from a working-group area back', () => {
    const { doc: standing, groups } = standingBoard()
    const areaId = groups[0]?.areaId ?? ''
    recordsMap(standing).set('shape:note1', noteAt(1, 40, 80, areaId))
    recordsMap(standing).set('shape:note2', noteAt(2, 300, 80, areaId))
    const first = meeting(sourceFrom(standing, 'Asamblea', null))
    recordsMap(first).delete('shape:note1')
    recordsMap(first).delete('shape:note2')
    // The standing board edited the second note since: its edit wins over the deletion.
    recordsMap(standing).set('shape:note2', { ...record(standing, 'shape:note2'), x: 310 })
    syncBack(first, standing)
    expect(record(standing, 'shape:note1')).toBeUndefined()
    expect(record(standing, 'shape:note2')?.x).toBe(310)
    const second = meeting(sourceFrom(standing, 'Asamblea 2', null))
    expect(record(second, 'shape:note1')).toBeUndefined()
  })

  it('does not bring back a coop the standing board removed, even when the meeting corrected it', () => {
    const { doc: standing } = standingBoard()
    const [coop] = readRoster(standing)
    if (!coop) throw new Error('roster empty')
    const first = meeting(sourceFrom(standing, 'Asamblea', null))
    renameCoop(first, coop.id, { country: 'Portugal' })
    removeCoops(standing, [coop.id])
    syncBack(first, standing)
    expect(names(standing)).not.toContain(coop.name)
  })

  it('makes no twin of a coop added at a meeting under another spelling of a roster name', () => {
    const { doc: standing } = standingBoard()
    const first = meeting(sourceFrom(standing, 'Asamblea 1', null))
    const second = meeting(sourceFrom(standing, 'Asamblea 2', null))
    addCoop(first, 'Spółdzielnia Łódź')
    addCoop(second, 'Spoldzielnia Lodz')
    syncBack(first, standing)
    syncBack(second, standing)
    expect(readRoster(standing).filter((coop) => matchKey(coop.name) === matchKey('Spółdzielnia Łódź'))).toHaveLength(1)
    expect(overlappingPairs(topLevelShapes(readRecords(standing), DEFAULT_PAGE_ID))).toEqual([])
  })
})
