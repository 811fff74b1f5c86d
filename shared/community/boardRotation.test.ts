import { describe, expect, it } from 'vitest'
import { coopIdFor } from '../corners/roster'
import { matchKey } from '../text/fold'
import { boardRotation, mergeRotations } from './boardRotation'
import { GROUPS, MEETING_AT, workingGroupsBoard } from './reportTesting'
import { choosePresenter, startWorkingGroupsReport } from './wgReport'

describe('the rotation a community board sees', () => {
  it('merges histories, the latest report winning for each coop and person', () => {
    const merged = mergeRotations({ coops: { sur: 10, kodu: 50 }, people: { ana: 10 } }, { coops: { sur: 30 }, people: { ana: 5, bo: 7 } })
    expect(merged).toEqual({ coops: { sur: 30, kodu: 50 }, people: { ana: 10, bo: 7 } })
  })

  it('adds this meeting’s working-group presenters to the earlier meetings’ history', () => {
    const sur = coopIdFor('Cooperativa Sur')
    const kodu = coopIdFor('Spółdzielnia Kodu')
    const doc = workingGroupsBoard({ coops: { [sur]: 1000, [kodu]: 2000 }, people: { [matchKey('Zofia Łukasiewicz')]: 2000 } })
    choosePresenter(doc, GROUPS.infra.id, { participantId: 'p-zofia', name: 'Zofia Łukasiewicz', coop: 'spółdzielnia kodu' }, MEETING_AT)
    startWorkingGroupsReport(doc, MEETING_AT + 60_000)
    const rotation = boardRotation(doc)
    expect(rotation.coops).toEqual({ [sur]: 1000, [kodu]: MEETING_AT + 60_000 })
    expect(rotation.people[matchKey('zofia lukasiewicz')]).toBe(MEETING_AT + 60_000)
  })
})
