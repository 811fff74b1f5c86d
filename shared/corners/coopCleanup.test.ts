import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readRecords, type StoredRecord } from '../boardDoc'
import { jsonEqual } from '../jsonEqual'
import { createNoteRecord } from '../notes'
import { readNoteAuthor } from '../participant'
import { readRoster } from './applyPlan'
import { coopNoteCount, planMergeCoops, planRemoveCoop, planRenameCoop, type CleanupPlan } from './coopCleanup'
import { afterCoopEdit, applyCoopEdit, inverseCoopEdit, type CoopBoard, type CoopEdit } from './coopEdit'
import { cornerIdFor } from './cornerRecord'
import { applyRosterPlan } from './applyPlan'
import { planRosterImport } from './importPlan'
import { coopIdFor } from './roster'
import { shapeBox } from '../shapeBounds'
import { coopNames, overlappingPairs } from './testing'

const KODU = 'Spółdzielnia Kodu'
const KOD = 'Spoldzielnia Kod'
const NAMES = [...coopNames(27), KODU, KOD, 'Λύκος Συνεταιρισμός', '東京コード協同組合']
const KODU_ID = coopIdFor(KODU)
const KOD_ID = coopIdFor(KOD)

/** A note by `writer` of `coop` in `parentId` at (x, y). */
function noteBy(n: number, parentId: string, x: number, y: number, writer: string, coop: string): StoredRecord {
  return createNoteRecord({
    id: `shape:n${n}`,
    x,
    y,
    index: `a${n + 1}`.replace(/^a(\d{2,})$/, 'a1$1'),
    text: `${writer}: ${'una propuesta larga '.repeat(4)}${n}`,
    parentId,
    author: { id: `p-${writer}`, name: writer, coop },
  })
}

/** 31 coops with corners; `kod` notes in Spoldzielnia Kod's corner and `kodu` in Spółdzielnia Kodu's. */
function board(kod: number, kodu: number): CoopBoard {
  const plan = planRosterImport({
    coops: [],
    records: [],
    rows: NAMES.map((name) => ({ name, delegates: [name.slice(0, 5)] })),
    pageId: 'page:page',
  })
  const records: StoredRecord[] = [...plan.corners]
  for (let i = 0; i < kod; i++) records.push(noteBy(i, cornerIdFor(KOD_ID), 30 + i * 7, 40 + i * 9, i % 2 ? 'Łucja' : 'Zoë', KOD))
  for (let i = 0; i < kodu; i++)
    records.push(noteBy(100 + i, cornerIdFor(KODU_ID), 40 + (i % 4) * 240, 40 + Math.floor(i / 4) * 240, 'Małgorzata', KODU))
  // A note by a Kod delegate written elsewhere, in another coop's corner.
  records.push(noteBy(200, cornerIdFor('coop-01'), 40, 40, 'Zoë', KOD))
  return { coops: plan.coops, records }
}

function edited(plan: CleanupPlan): CoopEdit {
  if (!plan.ok) throw new Error(`no plan: ${plan.problem}`)
  return plan.edit
}

function sameBoard(a: CoopBoard, b: CoopBoard): boolean {
  const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((x, y) => x.id.localeCompare(y.id))
  return jsonEqual(byId(a.coops), byId(b.coops)) && jsonEqual(byId(a.records), byId(b.records))
}

function childrenIn(state: CoopBoard, frameId: string): StoredRecord[] {
  return state.records.filter((record) => record.parentId === frameId)
}

describe('planMergeCoops', () => {
  it("moves the mistaken coop's notes into the right corner, inside its frame and over nothing", () => {
    const before = board(12, 9)
    const after = afterCoopEdit(before, edited(planMergeCoops(before, KOD_ID, KODU_ID)))
    const frame = after.records.find((record) => record.id === cornerIdFor(KODU_ID))!
    const notes = childrenIn(after, frame.id)
    expect(notes).toHaveLength(21)
    expect(overlappingPairs(notes)).toEqual([])
    const { w, h } = frame.props as { w: number; h: number }
    for (const note of notes) {
      const box = shapeBox(note)!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.y).toBeGreaterThanOrEqual(0)
      expect(box.x + box.w).toBeLessThanOrEqual(w)
      expect(box.y + box.h).toBeLessThanOrEqual(h)
    }
    // Nine notes already there stay where they were.
    const there = childrenIn(before, frame.id)
    expect(there).toHaveLength(9)
    expect(notes.filter((note) => there.some((old) => old.id === note.id))).toEqual(there)
  })

  it('grows the right corner when the notes do not fit, and never leaves one outside it', () => {
    const before = board(30, 16)
    const after = afterCoopEdit(before, edited(planMergeCoops(before, KOD_ID, KODU_ID)))
    const frame = after.records.find((record) => record.id === cornerIdFor(KODU_ID))!
    const { h } = frame.props as { h: number }
    expect(h).toBeGreaterThan(900)
    const notes = childrenIn(after, frame.id)
    expect(notes).toHaveLength(46)
    expect(overlappingPairs(notes)).toEqual([])
    expect(Math.max(...notes.map((note) => shapeBox(note)!.y + shapeBox(note)!.h))).toBeLessThanOrEqual(h)
  })

  it("removes the mistaken coop and its corner, and gives its delegates and writers' stamps to the other", () => {
    const before = board(3, 2)
    const after = afterCoopEdit(before, edited(planMergeCoops(before, KOD_ID, KODU_ID)))
    expect(after.coops.map((coop) => coop.id)).not.toContain(KOD_ID)
    expect(after.records.some((record) => record.id === cornerIdFor(KOD_ID))).toBe(false)
    expect(after.coops.find((coop) => coop.id === KODU_ID)?.delegates).toEqual(['Spółd', 'Spold'])
    const stamps = after.records.flatMap((record) => readNoteAuthor(record.meta) ?? [])
    expect(stamps.filter((author) => author.coop === KOD)).toEqual([])
    expect(stamps.filter((author) => author.coop === KODU)).toHaveLength(6)
    // The note written elsewhere stays where it is; only its stamp changes.
    expect(after.records.find((record) => record.id === 'shape:n200')?.parentId).toBe(cornerIdFor('coop-01'))
  })

  it('is undone exactly, entry, frame, parents, positions and stamps', () => {
    const before = board(12, 9)
    const edit = edited(planMergeCoops(before, KOD_ID, KODU_ID))
    const undone = afterCoopEdit(afterCoopEdit(before, edit), inverseCoopEdit(edit, before))
    expect(sameBoard(undone, before)).toBe(true)
  })

  it('creates the right coop’s corner when it has none', () => {
    const full = board(2, 0)
    const before = { coops: full.coops, records: full.records.filter((record) => record.id !== cornerIdFor(KODU_ID)) }
    const after = afterCoopEdit(before, edited(planMergeCoops(before, KOD_ID, KODU_ID)))
    const corner = after.coops.find((coop) => coop.id === KODU_ID)?.cornerId
    expect(corner).toBe(cornerIdFor(KODU_ID))
    expect(childrenIn(after, corner!)).toHaveLength(2)
    expect(overlappingPairs(after.records.filter((record) => record.parentId === 'page:page'))).toEqual([])
  })

  it('refuses merging a coop into itself or into a coop that is not there', () => {
    const before = board(0, 0)
    expect(planMergeCoops(before, KOD_ID, KOD_ID)).toEqual({ ok: false, problem: 'same_coop' })
    expect(planMergeCoops(before, KOD_ID, 'nowhere')).toEqual({ ok: false, problem: 'unknown_coop' })
  })
})

describe('planRenameCoop', () => {
  it('renames the coop and its corner label, keeps its id, and restamps its notes', () => {
    const before = board(2, 0)
    const after = afterCoopEdit(before, edited(planRenameCoop(before, KOD_ID, '  Spółdzielnia Kod Łódź ')))
    expect(after.coops.find((coop) => coop.id === KOD_ID)?.name).toBe('Spółdzielnia Kod Łódź')
    const corner = after.records.find((record) => record.id === cornerIdFor(KOD_ID))
    expect((corner?.props as { name: string }).name).toBe('Spółdzielnia Kod Łódź')
    expect(
      after.records.flatMap((record) => readNoteAuthor(record.meta)?.coop ?? []).filter((coop) => coop === 'Spółdzielnia Kod Łódź'),
    ).toHaveLength(3)
  })

  it('is found under its new name by a later import or join, never added twice', () => {
    const before = board(0, 0)
    const renamed = afterCoopEdit(before, edited(planRenameCoop(before, KOD_ID, 'Kod Łódź')))
    const plan = planRosterImport({
      coops: renamed.coops,
      records: renamed.records,
      rows: [{ name: 'KOD ŁÓDŹ', country: 'Polska' }],
      pageId: 'page:page',
    })
    expect(plan.summary).toMatchObject({ added: 0, updated: 1, corners: 0 })
    expect(plan.coops.map((coop) => [coop.id, coop.country])).toEqual([[KOD_ID, 'Polska']])
  })

  it('refuses a blank name, or one another coop goes by', () => {
    const before = board(0, 0)
    expect(planRenameCoop(before, KOD_ID, ' - ')).toEqual({ ok: false, problem: 'blank_name' })
    expect(planRenameCoop(before, KOD_ID, 'SPÓŁDZIELNIA kodu')).toEqual({ ok: false, problem: 'name_taken' })
    expect(planRenameCoop(before, 'nowhere', 'Nuevo')).toEqual({ ok: false, problem: 'unknown_coop' })
  })
})

describe('planRemoveCoop', () => {
  it('counts and removes the notes in its corner, and is undone exactly', () => {
    const before = board(5, 3)
    expect(coopNoteCount(before, KOD_ID)).toBe(5)
    expect(coopNoteCount(before, 'coop-02')).toBe(0)
    const edit = edited(planRemoveCoop(before, KOD_ID))
    const after = afterCoopEdit(before, edit)
    expect(after.records).toHaveLength(before.records.length - 6)
    expect(after.coops).toHaveLength(30)
    expect(sameBoard(afterCoopEdit(after, inverseCoopEdit(edit, before)), before)).toBe(true)
  })
})

describe('applyCoopEdit', () => {
  it('writes a merge and its undo into a board document', () => {
    const doc = new Y.Doc()
    const before = board(4, 4)
    doc.transact(() => {
      applyRosterPlan(
        doc,
        { coops: [...before.coops], corners: [...before.records], summary: { added: 0, updated: 0, unchanged: 0, corners: 0 } },
        'test',
      )
    })
    const edit = edited(planMergeCoops({ coops: readRoster(doc), records: readRecords(doc) }, KOD_ID, KODU_ID))
    const inverse = inverseCoopEdit(edit, { coops: readRoster(doc), records: readRecords(doc) })
    doc.transact(() => applyCoopEdit(doc, edit))
    expect(readRoster(doc)).toHaveLength(30)
    doc.transact(() => applyCoopEdit(doc, inverse))
    expect(sameBoard({ coops: readRoster(doc), records: readRecords(doc) }, before)).toBe(true)
  })
})
