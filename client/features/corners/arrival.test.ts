import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../../../shared/boardDoc'
import { planRosterImport } from '../../../shared/corners/importPlan'
import { DEFAULT_PAGE_ID } from '../../../shared/notes'
import { createFeatureDoc, type FeatureDoc } from '../../sync/featureDoc'
import { createRosterAccess, type RosterAccess } from './rosterAccess'
import { cornerForArrival } from './arrival'

const opened: Array<RosterAccess | FeatureDoc> = []
afterEach(() => {
  for (const access of opened.splice(0)) access.destroy()
})

function open(doc: Y.Doc, canWrite: boolean): RosterAccess {
  const features = createFeatureDoc(doc, { canWrite })
  const access = createRosterAccess(features)
  opened.push(access, features)
  return access
}

function boardWith(names: string[], canWrite = true): { doc: Y.Doc; access: RosterAccess } {
  const doc = new Y.Doc()
  const access = open(doc, true)
  access.apply(planRosterImport({ coops: [], records: [], rows: names.map((name) => ({ name })), pageId: DEFAULT_PAGE_ID }))
  const session = canWrite ? access : open(doc, false)
  return { doc, access: session }
}

describe('cornerForArrival', () => {
  it('finds the corner of a roster coop however its name is typed, writing nothing', () => {
    const { doc, access } = boardWith(['Kumo Kōbō', 'Tokyo Tech Coop'])
    const size = recordsMap(doc).size
    const id = cornerForArrival(access, DEFAULT_PAGE_ID, { coop: 'kumo kobo', createCorner: true })
    expect(id).not.toBeNull()
    expect(recordsMap(doc).get(id ?? '')).toMatchObject({ type: 'frame', props: { name: 'Kumo Kōbō' } })
    expect(recordsMap(doc).size).toBe(size)
  })

  it('creates the corner of a new coop when asked, and joins it on a second arrival', () => {
    const { doc, access } = boardWith(['Kumo Kōbō'])
    const id = cornerForArrival(access, DEFAULT_PAGE_ID, { coop: 'Cooperativa Nueva', createCorner: true })
    expect(access.getRoster().map((coop) => coop.name)).toContain('Cooperativa Nueva')
    expect(recordsMap(doc).get(id ?? '')).toMatchObject({ type: 'frame', meta: { coopId: 'cooperativa-nueva' } })
    const size = recordsMap(doc).size
    expect(cornerForArrival(access, DEFAULT_PAGE_ID, { coop: 'cooperativa nueva', createCorner: true })).toBe(id)
    expect(recordsMap(doc).size).toBe(size)
  })

  it('leaves the board alone for a new coop without the choice, a blank coop or a viewer', () => {
    const { doc, access } = boardWith(['Kumo Kōbō'])
    const size = recordsMap(doc).size
    expect(cornerForArrival(access, DEFAULT_PAGE_ID, { coop: 'Cooperativa Nueva', createCorner: false })).toBeNull()
    expect(cornerForArrival(access, DEFAULT_PAGE_ID, { coop: '  ', createCorner: true })).toBeNull()
    expect(cornerForArrival(access, DEFAULT_PAGE_ID, { coop: '—', createCorner: true })).toBeNull()
    const viewer = boardWith(['Kumo Kōbō'], false)
    expect(cornerForArrival(viewer.access, DEFAULT_PAGE_ID, { coop: 'Cooperativa Nueva', createCorner: true })).toBeNull()
    expect(recordsMap(doc).size).toBe(size)
    expect(access.getRoster()).toHaveLength(1)
  })
})
