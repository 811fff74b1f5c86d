import { describe, expect, it } from 'vitest'
import { recordsMap } from '../../shared/boardDoc'
import { applyRosterPlan, readRoster, rosterMap } from '../../shared/corners/applyPlan'
import { cornerIdFor } from '../../shared/corners/cornerRecord'
import { planCreateCorner, planRosterImport } from '../../shared/corners/importPlan'
import { participantsMayAddCoops, setParticipantsMayAddCoops } from '../../shared/corners/newCoops'
import { SETTINGS_MAP, SettingsKey } from '../../shared/meeting/meeting'
import { Role } from '../../shared/protocol'
import { createBoardPolicy } from './boardPolicy'
import { clientEdit, serverDoc } from './testKit'

const { facilitator, participant } = Role
const PAGE = 'page:page'
const OFF = 'the facilitator has turned off new coops from participants'

/** A server board with Spółdzielnia Kodu and Tecnologías Libres on its roster, each with a corner. */
function boardWithRoster(newCoops: boolean) {
  const policy = createBoardPolicy()
  const server = serverDoc()
  const plan = planRosterImport({
    coops: [],
    records: [],
    rows: [{ name: 'Spółdzielnia Kodu' }, { name: 'Tecnologías Libres' }],
    pageId: PAGE,
  })
  const imported = clientEdit(server, policy, facilitator, (doc) => {
    applyRosterPlan(doc, plan, 'import')
    setParticipantsMayAddCoops(doc, newCoops)
  })
  expect(imported.refusals).toEqual([])
  return { policy, server }
}

function joinAs(role: Role, server: ReturnType<typeof serverDoc>, policy: ReturnType<typeof createBoardPolicy>, name: string) {
  const records = [...recordsMap(server).values()] as never[]
  const plan = planCreateCorner({ coops: readRoster(server), records, details: { name }, pageId: PAGE })
  return clientEdit(server, policy, role, (doc) => applyRosterPlan(doc, plan, 'join'))
}

describe('board policy: new coops from participants', () => {
  it('lets participants add a coop with its corner while the setting is on, as it is by default', () => {
    const { policy, server } = boardWithRoster(true)
    expect(participantsMayAddCoops(server)).toBe(true)
    expect(server.getMap(SETTINGS_MAP).has(SettingsKey.participantsAddCoops)).toBe(false)
    expect(joinAs(participant, server, policy, 'Øresund Data').refusals).toEqual([])
    expect(rosterMap(server).has('øresund-data')).toBe(true)
    expect(recordsMap(server).has(cornerIdFor('øresund-data'))).toBe(true)
  })

  it("refuses a participant's new coop and its corner while the setting is off", () => {
    const { policy, server } = boardWithRoster(false)
    const { refusals } = joinAs(participant, server, policy, 'Spoldzelnia Kodu')
    expect(refusals).toHaveLength(2)
    expect(refusals).toEqual(
      expect.arrayContaining([
        { reason: 'invalid_entry', key: 'spoldzelnia-kodu', detail: OFF },
        { reason: 'facilitator_only', key: cornerIdFor('spoldzelnia-kodu'), detail: OFF },
      ]),
    )
    expect(readRoster(server).map((coop) => coop.name)).toEqual(['Spółdzielnia Kodu', 'Tecnologías Libres'])
    expect(recordsMap(server).has(cornerIdFor('spoldzelnia-kodu'))).toBe(false)
  })

  it("refuses a participant's new coop even when the same update turns the setting back on", () => {
    const { policy, server } = boardWithRoster(false)
    const records = [...recordsMap(server).values()] as never[]
    const plan = planCreateCorner({ coops: readRoster(server), records, details: { name: 'Øresund Data' }, pageId: PAGE })
    const { refusals } = clientEdit(server, policy, participant, (doc) => {
      applyRosterPlan(doc, plan, 'join')
      setParticipantsMayAddCoops(doc, true)
    })
    expect(new Set(refusals.map((r) => r.key))).toEqual(
      new Set(['øresund-data', cornerIdFor('øresund-data'), SettingsKey.participantsAddCoops]),
    )
    expect(participantsMayAddCoops(server)).toBe(false)
    expect(rosterMap(server).has('øresund-data')).toBe(false)
    expect(recordsMap(server).has(cornerIdFor('øresund-data'))).toBe(false)
  })

  it('still lets a participant recreate the missing corner of a roster coop while off', () => {
    const { policy, server } = boardWithRoster(false)
    const corner = cornerIdFor('tecnologias-libres')
    expect(clientEdit(server, policy, facilitator, (doc) => recordsMap(doc).delete(corner)).refusals).toEqual([])
    expect(joinAs(participant, server, policy, 'Tecnologías Libres').refusals).toEqual([])
    expect(recordsMap(server).has(corner)).toBe(true)
  })

  it('lets a facilitator add coops while off', () => {
    const { policy, server } = boardWithRoster(false)
    expect(joinAs(facilitator, server, policy, 'Συνεταιρισμός Κώδικα').refusals).toEqual([])
    expect(rosterMap(server).has('συνεταιρισμος-κωδικα')).toBe(true)
  })

  it('keeps the setting in facilitators hands, as true or false only', () => {
    const { policy, server } = boardWithRoster(false)
    const byParticipant = clientEdit(server, policy, participant, (doc) => setParticipantsMayAddCoops(doc, true))
    expect(byParticipant.refusals).toEqual([expect.objectContaining({ reason: 'facilitator_only', key: SettingsKey.participantsAddCoops })])
    const junk = clientEdit(server, policy, facilitator, (doc) => doc.getMap(SETTINGS_MAP).set(SettingsKey.participantsAddCoops, 'no'))
    expect(junk.refusals).toEqual([expect.objectContaining({ reason: 'invalid_entry', detail: 'must be true or false' })])
    expect(participantsMayAddCoops(server)).toBe(false)
    // Turned back on, the participant's coop is accepted.
    expect(clientEdit(server, policy, facilitator, (doc) => setParticipantsMayAddCoops(doc, true)).refusals).toEqual([])
    expect(joinAs(participant, server, policy, 'Øresund Data').refusals).toEqual([])
  })
})
