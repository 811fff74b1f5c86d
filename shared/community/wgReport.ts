/**
 * "Working groups report" at an assembly: one working group after another has the floor, its
 * presenter (chosen among the people present) presents, and everyone's view follows them, as in
 * breakouts' report-back (the stage, reason 'report'). Recorded in {@link WG_REPORT_MAP}, so a
 * reload, a late joiner and the rotation of the next meeting all read the same. Writers run
 * inside the caller's transaction; `now` is server-clock ms.
 */
import type * as Y from 'yjs'
import { recordsMap } from '../boardDoc'
import { participantLabel } from '../participant'
import { followReport, releaseReportFollow } from '../stage/stage'
import { readWorkingGroupReport, WG_REPORT_MAP, type WorkingGroup, type WorkingGroupPresenter, type WorkingGroupReport } from './maps'
import { readWorkingGroups, WG_REPORT_KEY } from './rotation'

/**
 * Where the report stands: `ready` while presenters are chosen beforehand, `running` while a
 * group has the floor, `finished` after the last one (or when the facilitator ended it).
 */
export type ReportStatus = 'none' | 'ready' | 'running' | 'finished'

function reportMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(WG_REPORT_MAP)
}

/** The report of this board, or null before anyone prepared one. */
export function readReport(doc: Y.Doc): WorkingGroupReport | null {
  return readWorkingGroupReport(reportMap(doc).get(WG_REPORT_KEY))
}

/** Where `report` stands. */
export function reportStatus(report: WorkingGroupReport | null): ReportStatus {
  if (!report) return 'none'
  if (report.current !== null) return 'running'
  return report.endedAt !== null ? 'finished' : 'ready'
}

/** The id of the working group with the floor, or null. */
export function groupWithFloor(report: WorkingGroupReport | null): string | null {
  return report && report.current !== null ? (report.order[report.current] ?? null) : null
}

/** The working groups that report: those with an area on this board, in the order they were made. */
export function reportingGroups(doc: Y.Doc): WorkingGroup[] {
  const records = recordsMap(doc)
  return readWorkingGroups(doc).filter((group) => group.areaId !== null && records.has(group.areaId))
}

function write(doc: Y.Doc, report: WorkingGroupReport): void {
  reportMap(doc).set(WG_REPORT_KEY, {
    ...report,
    order: [...report.order],
    presenters: { ...report.presenters },
    reportedAt: { ...report.reportedAt },
  })
}

/** The report as it stands, or a new one (not started) over the groups that report now. */
function reportOrNew(doc: Y.Doc, now: number): WorkingGroupReport {
  return (
    readReport(doc) ?? {
      order: reportingGroups(doc).map((group) => group.id),
      current: null,
      presenters: {},
      reportedAt: {},
      startedAt: now,
      endedAt: null,
    }
  )
}

/** Gives `groupId` the floor in `report`: its presenter takes it now, and everyone follows them. */
function takeFloor(doc: Y.Doc, report: WorkingGroupReport, groupId: string | undefined, now: number): WorkingGroupReport {
  const presenter = groupId === undefined ? undefined : report.presenters[groupId]
  if (groupId === undefined || !presenter) {
    followReport(doc, null, now)
    return report
  }
  followReport(doc, { presenterId: presenter.participantId, presenterLabel: participantLabel(presenter) }, now)
  return { ...report, reportedAt: { ...report.reportedAt, [groupId]: now } }
}

/**
 * Names the presenter of `groupId` (null: nobody yet), before or during the report. While the
 * group has the floor the new presenter takes it at once; taking the presenter away from the
 * group with the floor frees everyone's view and forgets that it reported.
 */
export function choosePresenter(doc: Y.Doc, groupId: string, presenter: WorkingGroupPresenter | null, now: number): void {
  const report = reportOrNew(doc, now)
  if (!report.order.includes(groupId)) throw new Error(`Working group ${groupId} does not report on this board.`)
  const presenters = { ...report.presenters }
  const reportedAt = { ...report.reportedAt }
  if (presenter) presenters[groupId] = { participantId: presenter.participantId, name: presenter.name, coop: presenter.coop }
  else delete presenters[groupId]
  const hasFloor = groupWithFloor(report) === groupId
  if (hasFloor && !presenter) delete reportedAt[groupId]
  const changed = { ...report, presenters, reportedAt }
  write(doc, hasFloor ? takeFloor(doc, changed, groupId, now) : changed)
}

/**
 * Starts the report: the groups that report now, in order (presenters already chosen are kept),
 * the first one with the floor. Throws when no working group has an area on this board.
 */
export function startWorkingGroupsReport(doc: Y.Doc, now: number): void {
  const order = reportingGroups(doc).map((group) => group.id)
  if (order.length === 0) throw new Error('No working group has an area on this board.')
  const before = readReport(doc)
  const report: WorkingGroupReport = {
    order,
    current: 0,
    presenters: before?.presenters ?? {},
    reportedAt: before?.reportedAt ?? {},
    startedAt: now,
    endedAt: null,
  }
  write(doc, takeFloor(doc, report, order[0], now))
}

/**
 * Gives the floor to the group at `index` of the order (the next one, or back to an earlier
 * one), or finishes with null. Throws when the report is not running or the index is out of range.
 */
export function passWorkingGroupFloor(doc: Y.Doc, index: number | null, now: number): void {
  const report = readReport(doc)
  if (reportStatus(report) !== 'running' || !report) throw new Error('The working groups report is not running.')
  if (index === null) return finishWorkingGroupsReport(doc, now)
  if (!(Number.isInteger(index) && index >= 0 && index < report.order.length))
    throw new Error(`No working group number ${index} in the order.`)
  write(doc, takeFloor(doc, { ...report, current: index }, report.order[index], now))
}

/** Ends the report: no group has the floor any more, and the stage is released if the report held it. */
export function finishWorkingGroupsReport(doc: Y.Doc, now: number): void {
  const report = readReport(doc)
  if (!report) return
  write(doc, { ...report, current: null, endedAt: now })
  releaseReportFollow(doc)
}
