import { describe, expect, it } from 'vitest'
import { readFollow, setFollow } from '../stage/stage'
import { GROUPS, MEETING_AT, workingGroupsBoard } from './reportTesting'
import {
  choosePresenter,
  finishWorkingGroupsReport,
  groupWithFloor,
  passWorkingGroupFloor,
  readReport,
  reportingGroups,
  reportStatus,
  startWorkingGroupsReport,
} from './wgReport'

const zofia = { participantId: 'p-zofia', name: 'Zofia Łukasiewicz', coop: 'Spółdzielnia Kodu' }
const kenji = { participantId: 'p-kenji', name: 'Kenji Watanabe', coop: '東京協同組合' }
const t = (minutes: number) => MEETING_AT + minutes * 60_000

describe('working groups report', () => {
  it('orders the groups that have an area on the board', () => {
    expect(reportingGroups(workingGroupsBoard()).map((group) => group.name)).toEqual(['Infraestructura', 'Finanzas'])
  })

  it('keeps presenters chosen beforehand, then passes the floor with everyone following each presenter', () => {
    const doc = workingGroupsBoard()
    choosePresenter(doc, GROUPS.infra.id, zofia, t(1))
    expect(reportStatus(readReport(doc))).toBe('ready')
    expect(readFollow(doc)).toBeNull()

    startWorkingGroupsReport(doc, t(2))
    expect(groupWithFloor(readReport(doc))).toBe(GROUPS.infra.id)
    expect(readFollow(doc)).toEqual({
      presenterId: 'p-zofia',
      presenterLabel: 'Zofia Łukasiewicz · Spółdzielnia Kodu',
      reason: 'report',
      since: t(2),
    })

    // Finanzas gets the floor before its presenter is chosen: nobody to follow yet.
    passWorkingGroupFloor(doc, 1, t(10))
    expect(groupWithFloor(readReport(doc))).toBe(GROUPS.money.id)
    expect(readFollow(doc)).toBeNull()
    choosePresenter(doc, GROUPS.money.id, kenji, t(11))
    expect(readFollow(doc)?.presenterId).toBe('p-kenji')

    passWorkingGroupFloor(doc, null, t(20))
    const report = readReport(doc)
    expect(reportStatus(report)).toBe('finished')
    expect(report?.reportedAt).toEqual({ [GROUPS.infra.id]: t(2), [GROUPS.money.id]: t(11) })
    expect(report?.endedAt).toBe(t(20))
    expect(readFollow(doc)).toBeNull()
  })

  it('forgets the report of the group with the floor when its presenter is taken away', () => {
    const doc = workingGroupsBoard()
    choosePresenter(doc, GROUPS.infra.id, zofia, t(1))
    startWorkingGroupsReport(doc, t(2))
    choosePresenter(doc, GROUPS.infra.id, null, t(3))
    expect(readReport(doc)?.reportedAt).toEqual({})
    expect(readReport(doc)?.presenters).toEqual({})
    expect(readFollow(doc)).toBeNull()
  })

  it('leaves a facilitator’s own follow alone when it finishes', () => {
    const doc = workingGroupsBoard()
    startWorkingGroupsReport(doc, t(1))
    setFollow(doc, { presenterId: 'p-fer', presenterLabel: 'Fer', reason: 'facilitator', since: t(2) })
    finishWorkingGroupsReport(doc, t(3))
    expect(readFollow(doc)?.presenterId).toBe('p-fer')
  })

  it('refuses what cannot be: a group without an area, an index out of range, passing before the start', () => {
    const doc = workingGroupsBoard()
    expect(() => choosePresenter(doc, GROUPS.words.id, zofia, t(1))).toThrow(/does not report/)
    expect(() => passWorkingGroupFloor(doc, 0, t(1))).toThrow(/not running/)
    startWorkingGroupsReport(doc, t(2))
    expect(() => passWorkingGroupFloor(doc, 2, t(3))).toThrow(/No working group number 2/)
  })
})
