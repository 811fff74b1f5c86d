/**
 * Fixtures of the community sync tests: a standing board with 31 coops and two working groups,
 * meetings built from it, and the edits people make on them.
 */
import * as Y from 'yjs'
import { readRecords, type StoredRecord } from '../boardDoc'
import { applyRosterPlan, readRoster, rosterMap } from '../corners/applyPlan'
import { planRosterImport } from '../corners/importPlan'
import { MEMBER_COOPS } from '../corners/testing'
import { proposalsMap } from '../decisions/read'
import { DEFAULT_PAGE_ID } from '../notes'
import { readAreaRecords } from './areaCopy'
import { LAST_TIME_WORDS_EN, readLastTime } from './lastTime'
import type { WorkingGroup } from './maps'
import { buildMeeting, type MeetingSource } from './meetingBuild'
import { readWorkingGroups } from './rotation'
import { advanceBaseline, applyMeetingChanges, areaIdsOf, meetingChanges } from './syncBack'
import { newAreaFrame, writeWorkingGroup } from './workingGroupWrite'
export const ROTATION = { coops: {}, people: {} }

/** A standing board with the 31 member coops (names in many scripts) and two working groups. */
export function standingBoard(): { doc: Y.Doc; groups: WorkingGroup[] } {
  const doc = new Y.Doc()
  const plan = planRosterImport({
    coops: [],
    records: [],
    rows: MEMBER_COOPS.map((name) => ({ name, country: 'España' })),
    pageId: DEFAULT_PAGE_ID,
  })
  applyRosterPlan(doc, plan, 'test')
  const coops = readRoster(doc)
  const groups: WorkingGroup[] = [
    {
      id: 'finanzas',
      name: 'Finanzas y cuotas',
      coopIds: [coops[0]?.id ?? ''],
      people: ['Łucja Nowak'],
      areaId: 'shape:working-group-finanzas',
      createdAt: 1,
    },
    {
      id: 'software',
      name: 'Software común 共同',
      coopIds: [coops[1]?.id ?? ''],
      people: ['Ελένη Παππά'],
      areaId: 'shape:working-group-software',
      createdAt: 2,
    },
  ]
  for (const group of groups) writeWorkingGroup(doc, group, newAreaFrame(group))
  return { doc, groups }
}

/** What a meeting is built from, read from the standing board (and the previous meeting). */
export function sourceFrom(standing: Y.Doc, title: string, previous: { doc: Y.Doc; title: string } | null): MeetingSource {
  return {
    facts: { communityId: 'community', name: 'Red Ibérica', kind: 'meeting', title, startsAt: 1_700_000_000_000 },
    rotation: ROTATION,
    relationLabels: ['works with'],
    coops: readRoster(standing),
    workingGroups: readWorkingGroups(standing),
    areas: readAreaRecords(standing, areaIdsOf(standing)),
    lastTime: previous ? readLastTime(previous.doc, previous.title) : null,
  }
}

export function meeting(source: MeetingSource): Y.Doc {
  const doc = new Y.Doc()
  buildMeeting(doc, source, LAST_TIME_WORDS_EN)
  return doc
}

/** Runs the sync back of `meetingDoc` into `standing`, as server/community/rosterSync.ts does. */
export function syncBack(meetingDoc: Y.Doc, standing: Y.Doc): void {
  const changes = meetingChanges(meetingDoc)
  applyMeetingChanges(standing, changes)
  advanceBaseline(meetingDoc, changes)
}

export function record(doc: Y.Doc, id: string): StoredRecord | undefined {
  return readRecords(doc).find((item) => item.id === id)
}

export function closeProposal(doc: Y.Doc, text: string): void {
  proposalsMap(doc).set('p1', {
    id: 'p1',
    seq: 1,
    text,
    status: 'agreed',
    amendedText: null,
    openedAt: 10,
    closedAt: 20,
    openedBy: 'Ana Pérez · Cooperativa Sur',
    shapeId: 'shape:card-p1',
    quorum: 0.5,
    outcomeNote: null,
  })
  const open = { id: 'p2', seq: 2, text: 'Buscar local para la asamblea de otoño', status: 'open', openedAt: 30, closedAt: null }
  proposalsMap(doc).set('p2', {
    ...open,
    amendedText: null,
    openedBy: 'Ana Pérez',
    shapeId: 'shape:card-p2',
    quorum: 0.5,
    outcomeNote: null,
  })
}

export function renameCoop(doc: Y.Doc, coopId: string, change: Record<string, unknown>): void {
  const coop = readRoster(doc).find((item) => item.id === coopId)
  if (!coop) throw new Error(`no coop ${coopId}`)
  rosterMap(doc).set(coopId, { ...coop, ...change })
}

/** Adds a coop named `name` to `doc`'s roster, with a corner, as an import does. */
export function addCoop(doc: Y.Doc, name: string): void {
  const plan = planRosterImport({ coops: readRoster(doc), records: readRecords(doc), rows: [{ name }], pageId: DEFAULT_PAGE_ID })
  applyRosterPlan(doc, plan, 'test')
}
