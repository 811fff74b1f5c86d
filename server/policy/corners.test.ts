import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { asStoredRecord, recordsMap, type StoredRecord } from '../../shared/boardDoc'
import { applyRosterPlan, readRoster, rosterMap } from '../../shared/corners/applyPlan'
import { cornerIdFor } from '../../shared/corners/cornerRecord'
import { planCreateCorner, planRosterImport } from '../../shared/corners/importPlan'
import { ROSTER_MAP, type Coop } from '../../shared/corners/roster'
import { createNoteRecord } from '../../shared/notes'
import { Role } from '../../shared/protocol'
import { noteIndex } from '../testing/testNotes'
import { createBoardPolicy } from './boardPolicy'
import { clientEdit, serverDoc } from './testKit'

const { facilitator, participant, viewer } = Role
const PAGE = 'page:page'
const SUR = cornerIdFor('cooperativa-sur')

/** A server board whose roster holds Cooperativa Sur and Norte, each with a corner, imported by a facilitator. */
function boardWithRoster() {
  const policy = createBoardPolicy()
  const server = serverDoc()
  const plan = planRosterImport({ coops: [], records: [], rows: [{ name: 'Cooperativa Sur' }, { name: 'Norte' }], pageId: PAGE })
  const imported = clientEdit(server, policy, facilitator, (doc) => applyRosterPlan(doc, plan, 'import'))
  expect(imported.refusals).toEqual([])
  return { policy, server }
}

function coopIn(doc: Y.Doc, id: string): Coop {
  const coop = readRoster(doc).find((c) => c.id === id)
  if (!coop) throw new Error(`no coop ${id}`)
  return coop
}

function allRecords(doc: Y.Doc): StoredRecord[] {
  return [...recordsMap(doc).values()].map(asStoredRecord).filter((r): r is StoredRecord => r !== null)
}

function record(doc: Y.Doc, id: string): Record<string, unknown> {
  return recordsMap(doc).get(id) as Record<string, unknown>
}

describe('board policy: the coop roster', () => {
  it('lets a participant add their coop with its corner', () => {
    const { policy, server } = boardWithRoster()
    const plan = planCreateCorner({ coops: readRoster(server), records: allRecords(server), details: { name: 'Kobe Code' }, pageId: PAGE })
    const { refusals } = clientEdit(server, policy, participant, (doc) => applyRosterPlan(doc, plan, 'join'))
    expect(refusals).toEqual([])
    expect(coopIn(server, 'kobe-code').cornerId).toBe(cornerIdFor('kobe-code'))
    expect(recordsMap(server).has(cornerIdFor('kobe-code'))).toBe(true)
  })

  it("reverts a participant changing or deleting another coop's entry", () => {
    const { policy, server } = boardWithRoster()
    const original = coopIn(server, 'cooperativa-sur')
    const edited = clientEdit(server, policy, participant, (doc) =>
      rosterMap(doc).set('cooperativa-sur', { ...original, description: 'Taken over' }),
    )
    expect(edited.refusals).toEqual([expect.objectContaining({ reason: 'facilitator_only', key: 'cooperativa-sur' })])
    const deleted = clientEdit(server, policy, participant, (doc) => rosterMap(doc).delete('norte'))
    expect(deleted.refusals).toEqual([expect.objectContaining({ reason: 'facilitator_only', key: 'norte' })])
    expect(readRoster(server).map((c) => c.id)).toEqual(['cooperativa-sur', 'norte'])
    expect(coopIn(server, 'cooperativa-sur')).toEqual(original)
    // Writing an entry back exactly as it is changes nothing and is accepted.
    expect(clientEdit(server, policy, participant, (doc) => rosterMap(doc).set('norte', { ...coopIn(server, 'norte') })).refusals).toEqual(
      [],
    )
  })

  it('lets a facilitator change and delete roster entries', () => {
    const { policy, server } = boardWithRoster()
    const sur = coopIn(server, 'cooperativa-sur')
    expect(clientEdit(server, policy, facilitator, (doc) => rosterMap(doc).set(sur.id, { ...sur, country: 'Uruguay' })).refusals).toEqual(
      [],
    )
    expect(clientEdit(server, policy, facilitator, (doc) => rosterMap(doc).delete('norte')).refusals).toEqual([])
    expect(readRoster(server)).toEqual([{ ...sur, country: 'Uruguay' }])
  })

  it('refuses roster values that are not valid coops, for every role', () => {
    const { policy, server } = boardWithRoster()
    const sur = coopIn(server, 'cooperativa-sur')
    const { refusals } = clientEdit(server, policy, facilitator, (doc) => {
      rosterMap(doc).set('bad-website', { ...sur, id: 'bad-website', name: 'Bad Website', website: 'javascript:alert(1)' })
      rosterMap(doc).set('wrong-key', { ...sur, id: 'other', name: 'Other' })
      rosterMap(doc).set('twin', { ...sur, id: 'twin' })
      rosterMap(doc).set('junk', 'just a string')
      rosterMap(doc).set(sur.id, { ...sur, description: 'x'.repeat(5_001) })
    })
    expect(refusals.map((r) => [r.reason, r.key])).toEqual([
      ['invalid_entry', 'bad-website'],
      ['invalid_entry', 'wrong-key'],
      ['invalid_entry', 'twin'],
      ['invalid_entry', 'junk'],
      ['invalid_entry', 'cooperativa-sur'],
    ])
    expect(readRoster(server).map((c) => c.id)).toEqual(['cooperativa-sur', 'norte'])
    expect(coopIn(server, 'cooperativa-sur')).toEqual(sur)
  })

  it('refuses every roster write of a viewer', () => {
    const { policy, server } = boardWithRoster()
    const plan = planCreateCorner({ coops: readRoster(server), records: [], details: { name: 'Viewer Coop' }, pageId: PAGE })
    const { refusals } = clientEdit(server, policy, viewer, (doc) => applyRosterPlan(doc, plan, 'join'))
    expect(new Set(refusals.map((r) => r.reason))).toEqual(new Set(['viewer_update']))
    expect(server.getMap(ROSTER_MAP).has('viewer-coop')).toBe(false)
  })

  it('accepts a whole import of 1,000 coops with their corners as one update', () => {
    const policy = createBoardPolicy()
    const server = serverDoc()
    const rows = Array.from({ length: 1000 }, (_, i) => ({ name: `Coop ${i + 1}` }))
    const plan = planRosterImport({ coops: [], records: [], rows, pageId: PAGE })
    const { refusals } = clientEdit(server, policy, facilitator, (doc) => applyRosterPlan(doc, plan, 'import'))
    expect(refusals).toEqual([])
    expect(rosterMap(server).size).toBe(1000)
    expect(recordsMap(server).size).toBe(1000)
  })
})

describe('board policy: coop corners', () => {
  it('reverts a participant moving, resizing, renaming or deleting a corner', () => {
    const { policy, server } = boardWithRoster()
    const corner = record(server, SUR)
    const props = corner.props as Record<string, unknown>
    const edits: [string, (doc: Y.Doc) => void][] = [
      ['move', (doc) => recordsMap(doc).set(SUR, { ...corner, x: 9999 })],
      ['resize', (doc) => recordsMap(doc).set(SUR, { ...corner, props: { ...props, w: 10 } })],
      ['rename', (doc) => recordsMap(doc).set(SUR, { ...corner, props: { ...props, name: 'Mine now' } })],
      ['drop the coop', (doc) => recordsMap(doc).set(SUR, { ...corner, meta: {} })],
      ['delete', (doc) => recordsMap(doc).delete(SUR)],
    ]
    for (const [what, edit] of edits) {
      const { refusals } = clientEdit(server, policy, participant, edit)
      expect(refusals, what).toEqual([expect.objectContaining({ reason: 'facilitator_only', key: SUR })])
      expect(record(server, SUR), what).toEqual(corner)
    }
  })

  it('lets a participant drop notes into a corner and move them there', () => {
    const { policy, server } = boardWithRoster()
    const note = createNoteRecord({ id: 'shape:n1', x: 5000, y: 5000, index: noteIndex(1), text: 'Idea' })
    expect(clientEdit(server, policy, participant, (doc) => recordsMap(doc).set('shape:n1', note)).refusals).toEqual([])
    const dropped = clientEdit(server, policy, participant, (doc) =>
      recordsMap(doc).set('shape:n1', { ...note, parentId: SUR, x: 40, y: 60 }),
    )
    expect(dropped.refusals).toEqual([])
    expect(record(server, 'shape:n1')).toMatchObject({ parentId: SUR, x: 40 })
    expect(clientEdit(server, policy, participant, (doc) => recordsMap(doc).delete('shape:n1')).refusals).toEqual([])
  })

  it('reverts a participant turning an existing frame into a corner, but lets them create a new corner', () => {
    const { policy, server } = boardWithRoster()
    const corner = record(server, SUR)
    const plainFrame = { ...corner, id: 'shape:frame', meta: {}, props: { ...(corner.props as object), name: 'Agenda' } }
    expect(clientEdit(server, policy, participant, (doc) => recordsMap(doc).set('shape:frame', plainFrame)).refusals).toEqual([])
    const claimed = clientEdit(server, policy, participant, (doc) =>
      recordsMap(doc).set('shape:frame', { ...plainFrame, meta: { coopId: 'norte' } }),
    )
    expect(claimed.refusals).toEqual([expect.objectContaining({ reason: 'facilitator_only', key: 'shape:frame' })])
    const fresh = clientEdit(server, policy, participant, (doc) =>
      recordsMap(doc).set('shape:new', { ...corner, id: 'shape:new', x: 20000 }),
    )
    expect(fresh.refusals).toEqual([])
  })

  it('lets a facilitator move, rename and delete corners', () => {
    const { policy, server } = boardWithRoster()
    const corner = record(server, SUR)
    expect(clientEdit(server, policy, facilitator, (doc) => recordsMap(doc).set(SUR, { ...corner, x: 42 })).refusals).toEqual([])
    expect(record(server, SUR)).toMatchObject({ x: 42 })
    expect(clientEdit(server, policy, facilitator, (doc) => recordsMap(doc).delete(SUR)).refusals).toEqual([])
    expect(recordsMap(server).has(SUR)).toBe(false)
  })
})
