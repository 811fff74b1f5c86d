/**
 * The rotation across a community's meetings: who reported when (breakout rapporteurs and
 * working groups' presenters, read from each meeting's document), the history a new meeting
 * starts from, and whom to suggest to present a working group's report next. Pure.
 */
import type * as Y from 'yjs'
import { readRoster } from '../corners/applyPlan'
import { rosterIdResolver, type Coop } from '../corners/roster'
import { readAllRapporteurs, readSessions } from '../breakouts/readDoc'
import { matchKey } from '../text/fold'
import type { RotationEntry } from './api'
import { firstByRank, presenterRank } from './presenterRank'
import {
  readWorkingGroup,
  readWorkingGroupReport,
  WG_REPORT_MAP,
  WORKING_GROUPS_MAP,
  type RotationHistory,
  type WorkingGroup,
} from './maps'

/** The key of the working groups' report in {@link WG_REPORT_MAP}. */
export const WG_REPORT_KEY = 'report'

/** The meeting a document is, as its rotation entries name it. */
export interface MeetingName {
  boardId: string
  title: string
}

/** Resolves a person's coop, as they typed it, to the roster's id and spelling; blank is no coop. */
function coopResolver(roster: readonly Coop[]): (coop: string) => { coopId: string | null; coopName: string } {
  const idFor = rosterIdResolver(roster)
  const byId = new Map(roster.map((coop) => [coop.id, coop]))
  return (coop) => {
    const typed = coop.trim()
    if (!/[\p{L}\p{N}]/u.test(typed)) return { coopId: null, coopName: '' }
    const id = idFor(typed)
    return { coopId: id, coopName: byId.get(id)?.name ?? typed }
  }
}

/** The working groups stored in a board document, by id (entries that do not read as one are skipped). */
export function readWorkingGroups(doc: Y.Doc): WorkingGroup[] {
  const groups: WorkingGroup[] = []
  doc.getMap<unknown>(WORKING_GROUPS_MAP).forEach((value, key) => {
    const group = readWorkingGroup(value)
    if (group && group.id === key) groups.push(group)
  })
  return groups.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/**
 * Who reported at one meeting: each rapporteur of an ended breakout session (at its end, as the
 * board's own rotation counts them) and each working group's presenter (when they took the
 * floor). Oldest first. Coops are resolved against the meeting's roster, so "cooperativa sur"
 * counts for "Cooperativa Sur".
 */
export function rotationEntriesOf(doc: Y.Doc, meeting: MeetingName): RotationEntry[] {
  const coopOf = coopResolver(readRoster(doc))
  const entries: RotationEntry[] = []
  const ended = new Map(
    readSessions(doc).flatMap((session) => (session.endedAt !== null && session.status === 'ended' ? [[session.id, session]] : [])),
  )
  for (const rapporteur of readAllRapporteurs(doc)) {
    const session = ended.get(rapporteur.sessionId)
    if (!session || session.endedAt === null) continue
    const group = session.groups.find((candidate) => candidate.id === rapporteur.groupId)
    entries.push({
      meetingBoardId: meeting.boardId,
      meetingTitle: meeting.title,
      at: session.endedAt,
      kind: 'breakout',
      group: group?.name ?? rapporteur.groupId,
      name: rapporteur.name,
      ...coopOf(rapporteur.coop),
    })
  }
  const report = readWorkingGroupReport(doc.getMap<unknown>(WG_REPORT_MAP).get(WG_REPORT_KEY))
  if (report) {
    const names = new Map(readWorkingGroups(doc).map((group) => [group.id, group.name]))
    for (const [groupId, at] of Object.entries(report.reportedAt)) {
      const presenter = report.presenters[groupId]
      if (!presenter) continue
      entries.push({
        meetingBoardId: meeting.boardId,
        meetingTitle: meeting.title,
        at,
        kind: 'workingGroup',
        group: names.get(groupId) ?? groupId,
        name: presenter.name,
        ...coopOf(presenter.coop),
      })
    }
  }
  return entries.sort(compareOldestFirst)
}

function compareOldestFirst(a: RotationEntry, b: RotationEntry): number {
  return a.at - b.at || a.group.localeCompare(b.group) || a.name.localeCompare(b.name)
}

/** Newest first, as the community page lists the history. */
export function compareNewestFirst(a: RotationEntry, b: RotationEntry): number {
  return -compareOldestFirst(a, b)
}

/** The history a meeting starts from: each coop's and each person's (folded name) latest report. */
export function rotationHistoryOf(entries: readonly RotationEntry[]): RotationHistory {
  const history: RotationHistory = { coops: {}, people: {} }
  for (const entry of entries) {
    if (entry.coopId !== null) history.coops[entry.coopId] = Math.max(entry.at, history.coops[entry.coopId] ?? 0)
    const person = matchKey(entry.name)
    if (person !== '') history.people[person] = Math.max(entry.at, history.people[person] ?? 0)
  }
  return history
}

/** A person who could present a working group's report. */
interface Candidate {
  name: string
  coopId: string | null
}

/**
 * A working group's people and its coops' delegates, once each (folded name); a person listed
 * by name gets the coop whose delegate they are, when one of the roster lists them.
 */
function candidatesOf(group: WorkingGroup, roster: readonly Coop[]): Candidate[] {
  const delegateCoop = new Map<string, string>()
  for (const coop of roster)
    for (const delegate of coop.delegates) if (!delegateCoop.has(matchKey(delegate))) delegateCoop.set(matchKey(delegate), coop.id)
  const byKey = new Map<string, Candidate>()
  for (const name of group.people) {
    const key = matchKey(name)
    if (key !== '' && !byKey.has(key)) byKey.set(key, { name: name.trim(), coopId: delegateCoop.get(key) ?? null })
  }
  const members = new Set(group.coopIds)
  for (const coop of roster) {
    if (!members.has(coop.id)) continue
    for (const delegate of coop.delegates) {
      const key = matchKey(delegate)
      if (key !== '' && !byKey.has(key)) byKey.set(key, { name: delegate.trim(), coopId: coop.id })
    }
  }
  return [...byKey.values()]
}

/**
 * Whom to suggest to present the group's report: among its people and its coops' delegates,
 * the first by presenterRank.ts (coop that reported least recently, then person; ties by name).
 * Null when the group has nobody.
 */
export function suggestPresenter(group: WorkingGroup, roster: readonly Coop[], history: RotationHistory): Candidate | null {
  return firstByRank(candidatesOf(group, roster), (candidate) => presenterRank(history, candidate.name, candidate.coopId, candidate.name))
}
