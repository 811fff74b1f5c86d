import { describe, expect, it } from 'vitest'
import { coopIdFor } from '../../../shared/corners/roster'
import { GROUPS, MEETING_AT, workingGroupsBoard } from '../../../shared/community/reportTesting'
import { choosePresenter, readReport, startWorkingGroupsReport } from '../../../shared/community/wgReport'
import { readWorkingGroups } from '../../../shared/community/rotation'
import { groupRows, readPanelFacts } from './panelView'

const zofia = { id: 'p-zofia', name: 'Zofia Łukasiewicz', coop: 'Spółdzielnia Kodu' }
const marta = { id: 'p-marta', name: 'Marta', coop: 'Cooperativa Sur' }
const kenji = { id: 'p-kenji', name: 'Kenji Watanabe', coop: '東京協同組合' }

describe('the working groups panel', () => {
  it('shows each group’s coops by name, its area, the rotation’s suggestion and its people here first', () => {
    const doc = workingGroupsBoard({ coops: { [coopIdFor('Cooperativa Sur')]: MEETING_AT - 1 }, people: {} })
    const rows = groupRows(readWorkingGroups(doc), null, readPanelFacts(doc), [kenji, marta, zofia])
    const [infra, money, words] = rows
    expect(infra?.coopNames).toEqual(['Cooperativa Sur', 'Spółdzielnia Kodu'])
    expect(infra?.hasArea).toBe(true)
    expect(words?.hasArea).toBe(false)
    // Sur presented last month: Kodu's Zofia is suggested.
    expect(infra?.suggestion?.id).toBe('p-zofia')
    expect(infra?.options.map((option) => [option.id, option.member])).toEqual([
      ['p-marta', true],
      ['p-zofia', true],
      ['p-kenji', false],
    ])
    expect(money?.suggestion?.id).toBe('p-kenji')
  })

  it('keeps a chosen presenter who left, marked as not here, and says who reported', () => {
    const doc = workingGroupsBoard()
    choosePresenter(doc, GROUPS.infra.id, { participantId: 'p-zofia', name: zofia.name, coop: zofia.coop }, MEETING_AT)
    startWorkingGroupsReport(doc, MEETING_AT + 1)
    const [infra, money] = groupRows(readWorkingGroups(doc), readReport(doc), readPanelFacts(doc), [marta])
    expect(infra?.options.find((option) => option.id === 'p-zofia')).toMatchObject({ here: false })
    expect(infra?.presenterId).toBe('p-zofia')
    expect(infra?.reported).toBe(true)
    expect([infra?.index, money?.index, money?.reported]).toEqual([0, 1, false])
  })
})
