import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readRecords, recordsMap } from '../../shared/boardDoc'
import { applyRosterPlan, readRoster, rosterMap } from '../../shared/corners/applyPlan'
import { planMergeCoops, planRemoveCoop, planRenameCoop, type CleanupPlan } from '../../shared/corners/coopCleanup'
import { applyCoopEdit, inverseCoopEdit, type CoopEdit } from '../../shared/corners/coopEdit'
import { cornerIdFor } from '../../shared/corners/cornerRecord'
import { planRosterImport } from '../../shared/corners/importPlan'
import { coopIdFor } from '../../shared/corners/roster'
import { createNoteRecord } from '../../shared/notes'
import { Role } from '../../shared/protocol'
import { createBoardPolicy } from './boardPolicy'
import { clientEdit, recordsJson, serverDoc } from './testKit'

const { facilitator, participant } = Role
const KODU = coopIdFor('Spółdzielnia Kodu')
const KOD = coopIdFor('Spoldzielnia Kod')

/** A server board with three coops and corners, and two notes by a Kod delegate in Kod's corner. */
function board() {
  const policy = createBoardPolicy()
  const server = serverDoc()
  const plan = planRosterImport({
    coops: [],
    records: [],
    rows: [{ name: 'Spółdzielnia Kodu' }, { name: 'Spoldzielnia Kod' }, { name: 'Cooperativa Sur' }],
    pageId: 'page:page',
  })
  const imported = clientEdit(server, policy, facilitator, (doc) => {
    applyRosterPlan(doc, plan, 'import')
    for (const n of [1, 2]) {
      const author = { id: 'p-lucja', name: 'Łucja', coop: 'Spoldzielnia Kod' }
      recordsMap(doc).set(
        `shape:k${n}`,
        createNoteRecord({ id: `shape:k${n}`, x: 40 * n, y: 40, index: `a${n}`, text: 'Propuesta', parentId: cornerIdFor(KOD), author }),
      )
    }
  })
  expect(imported.refusals).toEqual([])
  return { policy, server }
}

function edited(plan: CleanupPlan): CoopEdit {
  if (!plan.ok) throw new Error(plan.problem)
  return plan.edit
}

function state(doc: Y.Doc) {
  return { coops: readRoster(doc), records: readRecords(doc) }
}

describe('board policy: cleaning up coops', () => {
  it('lets a facilitator merge, rename and remove coops, and undo each', () => {
    const { policy, server } = board()
    for (const plan of [
      (before: ReturnType<typeof state>) => planMergeCoops(before, KOD, KODU),
      (before: ReturnType<typeof state>) => planRenameCoop(before, KODU, 'Spółdzielnia Kodu Łódź'),
      (before: ReturnType<typeof state>) => planRemoveCoop(before, KOD),
    ]) {
      const before = state(server)
      const beforeJson = { roster: rosterMap(server).toJSON(), records: recordsJson(server) }
      const edit = edited(plan(before))
      expect(clientEdit(server, policy, facilitator, (doc) => doc.transact(() => applyCoopEdit(doc, edit))).refusals).toEqual([])
      const undo = inverseCoopEdit(edit, before)
      expect(clientEdit(server, policy, facilitator, (doc) => doc.transact(() => applyCoopEdit(doc, undo))).refusals).toEqual([])
      expect({ roster: rosterMap(server).toJSON(), records: recordsJson(server) }).toEqual(beforeJson)
    }
  })

  it("refuses a participant's merge or removal of coops: the roster and the corners stay", () => {
    const { policy, server } = board()
    const roster = rosterMap(server).toJSON()
    const corners = () => readRecords(server).filter((record) => record.type === 'frame')
    const before = corners()
    for (const edit of [edited(planMergeCoops(state(server), KOD, KODU)), edited(planRemoveCoop(state(server), KOD))]) {
      const { refusals } = clientEdit(server, policy, participant, (doc) => doc.transact(() => applyCoopEdit(doc, edit)))
      expect(refusals.map((refusal) => refusal.key)).toEqual(expect.arrayContaining([KOD, cornerIdFor(KOD)]))
      expect(rosterMap(server).toJSON()).toEqual(roster)
      expect(corners()).toEqual(before)
    }
  })

  it('refuses a rename to a name another coop goes by, even from a facilitator', () => {
    const { policy, server } = board()
    const kod = readRoster(server).find((coop) => coop.id === KOD)!
    const { refusals } = clientEdit(server, policy, facilitator, (doc) => rosterMap(doc).set(KOD, { ...kod, name: 'SPÓŁDZIELNIA KODU' }))
    expect(refusals).toEqual([expect.objectContaining({ key: KOD, detail: expect.stringMatching(/another coop/) })])
    expect(readRoster(server).find((coop) => coop.id === KOD)?.name).toBe('Spoldzielnia Kod')
  })
})
