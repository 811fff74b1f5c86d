import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../../../shared/boardDoc'
import { planRosterImport } from '../../../shared/corners/importPlan'
import { ROSTER_MAP } from '../../../shared/corners/roster'
import { LOCAL_ORIGIN } from '../../sync/bind'
import { createFeatureDoc, type FeatureDoc } from '../../sync/featureDoc'
import { FEATURE_ORIGIN } from '../../sync/origins'
import { createRosterAccess, type RosterAccess } from './rosterAccess'
import { initialDocumentRecords, makeNote, TEST_PAGE_ID } from '../../sync/testing/records'
import { createPeer, disposeScenarios, settle } from '../../sync/testing/scenario'

const accesses: RosterAccess[] = []
const featureDocs: FeatureDoc[] = []
afterEach(() => {
  for (const access of accesses.splice(0)) access.destroy()
  for (const features of featureDocs.splice(0)) features.destroy()
  disposeScenarios()
  vi.useRealTimers()
})

function featuresOf(doc: Y.Doc, canWrite = true): FeatureDoc {
  const features = createFeatureDoc(doc, { canWrite })
  featureDocs.push(features)
  return features
}

function open(doc: Y.Doc, canWrite = true, recordsIntervalMs?: number): RosterAccess {
  const access = createRosterAccess(featuresOf(doc, canWrite), recordsIntervalMs !== undefined ? { recordsIntervalMs } : {})
  accesses.push(access)
  return access
}

function planFor(access: RosterAccess, names: string[]) {
  return planRosterImport({
    coops: access.getRoster(),
    records: access.getRecords(),
    rows: names.map((name) => ({ name })),
    pageId: TEST_PAGE_ID,
  })
}

describe('createRosterAccess', () => {
  it('writes a plan in one feature-tagged transaction, which the binding puts on the canvas', async () => {
    const peer = createPeer()
    peer.store.put(initialDocumentRecords())
    await settle()
    const access = open(peer.doc)
    const origins: unknown[] = []
    peer.doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin))

    expect(access.apply(planFor(access, ['Cooperativa Sur', 'Tokyo Tech Coop']))).toBe(true)
    expect(origins).toEqual([FEATURE_ORIGIN])
    expect(access.getRoster().map((coop) => coop.name)).toEqual(['Cooperativa Sur', 'Tokyo Tech Coop'])

    await settle()
    const frames = peer.store.allRecords().filter((r) => r.typeName === 'shape' && r.type === 'frame')
    expect(frames).toHaveLength(2)
    // Applied as a remote change: nothing came back into the document from the store.
    expect(origins).not.toContain(LOCAL_ORIGIN)
  })

  it('tells its listeners when the roster changes, with a new array each time', () => {
    const doc = new Y.Doc()
    const access = open(doc)
    const before = access.getRoster()
    const listener = vi.fn()
    access.subscribe(listener)
    access.apply(planFor(access, ['Nube Solidaria']))
    expect(listener).toHaveBeenCalledTimes(1)
    expect(access.getRoster()).not.toBe(before)
    expect(access.getRoster()).toBe(access.getRoster())
  })

  it('writes nothing for a view-only session', () => {
    const doc = new Y.Doc()
    const access = open(doc, false)
    expect(access.apply(planFor(access, ['Nube Solidaria']))).toBe(false)
    expect(doc.getMap(ROSTER_MAP).size).toBe(0)
    expect(recordsMap(doc).size).toBe(0)
  })

  it('reports record changes at most once per interval, with a trailing report', () => {
    vi.useFakeTimers()
    const doc = new Y.Doc()
    const access = open(doc, true, 250)
    const listener = vi.fn()
    access.subscribeRecords(listener)
    // A note dragged for a second: sixty rewrites.
    const note = makeNote()
    for (let i = 0; i < 60; i++) {
      recordsMap(doc).set(note.id, { ...note, x: i })
      vi.advanceTimersByTime(16)
    }
    vi.advanceTimersByTime(250)
    expect(listener.mock.calls.length).toBeGreaterThanOrEqual(3)
    expect(listener.mock.calls.length).toBeLessThanOrEqual(6)
    expect(access.getRecords().find((r) => r.id === note.id)?.x).toBe(59)
  })

  it('keeps one records snapshot until the next report, and reads each one lazily', () => {
    vi.useFakeTimers()
    const doc = new Y.Doc()
    const features = featuresOf(doc)
    const readRecords = vi.spyOn(features, 'records')
    const access = createRosterAccess(features, { recordsIntervalMs: 250 })
    accesses.push(access)
    const first = access.recordsSnapshot()
    expect(access.recordsSnapshot()).toBe(first)
    expect(readRecords).toHaveBeenCalledTimes(1)

    const notes = [makeNote(), makeNote()]
    for (const note of notes) recordsMap(doc).set(note.id, note)
    vi.advanceTimersByTime(250)
    // Two changes, nobody reading in between: one walk of the records, when asked.
    expect(readRecords).toHaveBeenCalledTimes(1)
    const second = access.recordsSnapshot()
    expect(second).not.toBe(first)
    expect(second.map((record) => record.id)).toEqual(expect.arrayContaining(notes.map((note) => note.id)))
    expect(access.recordsSnapshot()).toBe(second)
    expect(readRecords).toHaveBeenCalledTimes(2)
  })

  it('replaces a snapshot read before anyone listens, and tells a listener that came late', () => {
    vi.useFakeTimers()
    const doc = new Y.Doc()
    const access = open(doc, true, 250)
    const before = access.recordsSnapshot()
    // The directory reads the records, then subscribes: a change lands in between.
    const note = makeNote()
    recordsMap(doc).set(note.id, note)
    const listener = vi.fn()
    access.subscribeRecords(listener)
    vi.advanceTimersByTime(250)
    expect(listener).toHaveBeenCalled()
    expect(access.recordsSnapshot()).not.toBe(before)
    expect(access.recordsSnapshot().some((record) => record.id === note.id)).toBe(true)
  })

  it('stops observing the document when destroyed', () => {
    const doc = new Y.Doc()
    const access = createRosterAccess(featuresOf(doc))
    const listener = vi.fn()
    access.subscribe(listener)
    access.destroy()
    doc.getMap(ROSTER_MAP).set('x', {})
    expect(listener).not.toHaveBeenCalled()
    expect(access.apply(planFor(access, ['Nube Solidaria']))).toBe(false)
  })
})
