import { describe, expect, it } from 'vitest'
import { coopIdFor } from '../../../shared/corners/roster'
import { GROUPS, MEETING_AT, workingGroupsBoard } from '../../../shared/community/reportTesting'
import { groupWithFloor, readReport, reportStatus } from '../../../shared/community/wgReport'
import { readFollow } from '../../../shared/stage/stage'
import { testTranslator } from '../../i18n/testing'
import { createFeatureDoc } from '../../sync/featureDoc'
import { createWorkingGroupActions } from './workingGroupActions'

const t = testTranslator('en')
const zofia = { id: 'p-zofia', name: 'Zofia Łukasiewicz', coop: 'Spółdzielnia Kodu' }
const marta = { id: 'p-marta', name: 'Marta Gómez', coop: 'Cooperativa Sur' }
const kenji = { id: 'p-kenji', name: 'Kenji Watanabe', coop: '東京協同組合' }

function setup(canWrite = true, rotation = { coops: {}, people: {} }) {
  const doc = workingGroupsBoard(rotation)
  let now = MEETING_AT
  const actions = createWorkingGroupActions(createFeatureDoc(doc, { canWrite }), () => now, t)
  return { doc, actions, advance: (ms: number) => (now += ms) }
}

describe('the working groups report actions', () => {
  it('runs the report: suggested presenters, start, next group, finish, everyone following each presenter', () => {
    const { doc, actions, advance } = setup(true, { coops: { [coopIdFor('Spółdzielnia Kodu')]: MEETING_AT - 1 }, people: {} })
    expect(actions.suggest(GROUPS.infra.id, [zofia, marta, kenji])).toBeNull()
    // Kodu presented last month, so Sur's Marta presents now.
    expect(readReport(doc)?.presenters[GROUPS.infra.id]?.participantId).toBe('p-marta')
    // Asking again suggests someone else of the group.
    expect(actions.suggest(GROUPS.infra.id, [zofia, marta, kenji])).toBeNull()
    expect(readReport(doc)?.presenters[GROUPS.infra.id]?.participantId).toBe('p-zofia')

    advance(60_000)
    expect(actions.start()).toBeNull()
    expect(readFollow(doc)).toMatchObject({ presenterId: 'p-zofia', reason: 'report' })
    expect(actions.choose(GROUPS.money.id, kenji)).toBeNull()
    expect(actions.pass(1)).toBeNull()
    expect(groupWithFloor(readReport(doc))).toBe(GROUPS.money.id)
    expect(readFollow(doc)).toMatchObject({ presenterId: 'p-kenji', presenterLabel: 'Kenji Watanabe · 東京協同組合' })
    expect(actions.finish()).toBeNull()
    expect(reportStatus(readReport(doc))).toBe('finished')
    expect(readFollow(doc)).toBeNull()
  })

  it('words its problems: nobody of the group here, a group gone, a report not running, a read-only board', () => {
    expect(setup().actions.suggest(GROUPS.money.id, [zofia])).toBe('Nobody of this group is here')
    expect(setup().actions.suggest('wg-gone', [zofia])).toBe('This working group is no longer on this board.')
    const { actions } = setup()
    const notRunning = 'The working groups report is not running any more: another facilitator may have finished it.'
    expect(actions.pass(1)).toBe(notRunning)
    expect(actions.finish()).toBe(notRunning)
    expect(actions.start()).toBeNull()
    expect(actions.pass(7)).toBe('This working group is no longer on this board.')
    expect(actions.finish()).toBeNull()
    expect(actions.finish()).toBe(notRunning)
    // In Spanish for a Spanish-speaking facilitator.
    const spanish = createWorkingGroupActions(
      createFeatureDoc(workingGroupsBoard({ coops: {}, people: {} }), { canWrite: true }),
      () => MEETING_AT,
      testTranslator('es'),
    )
    expect(spanish.pass(0)).toMatch(/^El informe de los grupos de trabajo ya no está en marcha/)
    expect(setup(false).actions.start()).toBe('You are not connected as a facilitator on this board.')
  })
})
