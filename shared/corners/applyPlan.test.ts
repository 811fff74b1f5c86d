import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../boardDoc'
import { applyRosterPlan, readRoster, rosterMap } from './applyPlan'
import { planRosterImport } from './importPlan'
import { coopNames } from './testing'

describe('applyRosterPlan', () => {
  it('writes the roster entries and corner frames in one transaction with the given origin', () => {
    const doc = new Y.Doc()
    const plan = planRosterImport({ coops: [], records: [], rows: coopNames(5).map((name) => ({ name })), pageId: 'page:page' })
    const origins: unknown[] = []
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin))
    const origin = { name: 'test' }
    applyRosterPlan(doc, plan, origin)
    expect(origins).toEqual([origin])
    expect(rosterMap(doc).size).toBe(5)
    expect(recordsMap(doc).size).toBe(5)
    for (const coop of plan.coops) expect(recordsMap(doc).get(coop.cornerId!)).toEqual(plan.corners.find((c) => c.id === coop.cornerId))
  })

  it('stores copies, so changing the plan afterwards does not change the document', () => {
    const doc = new Y.Doc()
    const plan = planRosterImport({ coops: [], records: [], rows: [{ name: 'Sur' }], pageId: 'page:page' })
    applyRosterPlan(doc, plan, null)
    plan.coops[0]!.name = 'Changed'
    expect(readRoster(doc)[0]?.name).toBe('Sur')
  })

  it('writes nothing for an empty plan', () => {
    const doc = new Y.Doc()
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    applyRosterPlan(doc, { coops: [], corners: [], summary: { added: 0, updated: 0, unchanged: 3, corners: 0 } }, null)
    expect(transactions).toBe(0)
  })
})

describe('readRoster', () => {
  it('reads valid coops sorted by name and skips anything else', () => {
    const doc = new Y.Doc()
    const plan = planRosterImport({
      coops: [],
      records: [],
      rows: [{ name: 'Zeta' }, { name: 'alfa' }, { name: 'Beta' }],
      pageId: 'page:page',
    })
    applyRosterPlan(doc, plan, null)
    rosterMap(doc).set('junk', { name: 'no fields' })
    rosterMap(doc).set('elsewhere', { ...plan.coops[0] })
    expect(readRoster(doc).map((coop) => coop.name)).toEqual(['alfa', 'Beta', 'Zeta'])
  })
})
