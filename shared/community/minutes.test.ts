import { describe, expect, it } from 'vitest'
import { boardMinutes } from '../export/minutes'
import { GROUPS, MEETING_AT, workingGroupsBoard } from './reportTesting'
import { choosePresenter, finishWorkingGroupsReport, passWorkingGroupFloor, startWorkingGroupsReport } from './wgReport'

const INFO = { boardId: 'b', title: 'Asamblea de noviembre', at: MEETING_AT + 3_600_000 }

function reportedBoard() {
  const doc = workingGroupsBoard()
  choosePresenter(doc, GROUPS.infra.id, { participantId: 'p-zofia', name: 'Zofia Łukasiewicz', coop: 'Spółdzielnia Kodu' }, MEETING_AT)
  startWorkingGroupsReport(doc, MEETING_AT + 5 * 60_000)
  passWorkingGroupFloor(doc, 1, MEETING_AT + 15 * 60_000)
  finishWorkingGroupsReport(doc, MEETING_AT + 20 * 60_000)
  return doc
}

describe('working groups report in the minutes', () => {
  it('lists each group with its presenter and when, and a group that did not report', () => {
    const minutes = boardMinutes(reportedBoard(), INFO)
    expect(minutes).toContain('## Working groups report')
    expect(minutes).toContain('- **Infraestructura** — presented by Zofia Łukasiewicz · Spółdzielnia Kodu, 5 November 2026 at 17:05 UTC')
    expect(minutes).toContain('- **Finanzas** — *did not report*')
    expect(minutes).not.toContain('Traducción')
  })

  it('speaks Spanish to a Spanish reader', () => {
    const minutes = boardMinutes(reportedBoard(), { ...INFO, language: 'es' })
    expect(minutes).toContain('## Informe de los grupos de trabajo')
    expect(minutes).toMatch(/\*\*Infraestructura\*\* — presentó Zofia Łukasiewicz · Spółdzielnia Kodu, 5 de noviembre de 2026/)
    expect(minutes).toContain('*no presentó informe*')
  })

  it('has no section on a board without a report, nor in minutes taken before it', () => {
    expect(boardMinutes(workingGroupsBoard(), INFO)).not.toContain('Working groups report')
    expect(boardMinutes(reportedBoard(), { ...INFO, at: MEETING_AT })).not.toContain('Working groups report')
  })
})
