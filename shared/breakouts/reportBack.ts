/**
 * Report-back: after the groups come back, the floor passes from group to group, and while a
 * group has it everyone's view follows its presenter (the stage, shared/stage/stage.ts, reason
 * 'report'). Writers run inside the caller's transaction; `now` is server-clock ms.
 */
import type * as Y from 'yjs'
import { participantLabel } from '../participant'
import { followReport, MAX_PRESENTER_LABEL, releaseReportFollow, type ReportPresenter } from '../stage/stage'
import { readRapporteurs, readSessionById, sessionsMap } from './readDoc'
import type { BreakoutSession } from './types'

/** Who presents for a group, or null when nobody does (the view is then left free). */
export type Presenter = ReportPresenter

/** Picks the presenter of a group by its id. */
export type PresenterOf = (groupId: string) => Presenter | null

/** The group's rapporteur as its presenter (read when the floor reaches the group). */
export function rapporteurPresenter(doc: Y.Doc, sessionId: string): PresenterOf {
  return (groupId) => {
    const rapporteur = readRapporteurs(doc, sessionId).find((r) => r.groupId === groupId)
    if (!rapporteur) return null
    return { presenterId: rapporteur.participantId, presenterLabel: participantLabel(rapporteur).slice(0, MAX_PRESENTER_LABEL) }
  }
}

function requireSession(doc: Y.Doc, sessionId: string): BreakoutSession {
  const session = readSessionById(doc, sessionId)
  if (!session) throw new Error(`No breakout session ${sessionId}.`)
  return session
}

/** Points the stage at the presenter of `groupId`, or frees it when the group has none. */
function followGroup(doc: Y.Doc, groupId: string | undefined, presenterOf: PresenterOf, now: number): void {
  followReport(doc, groupId === undefined ? null : presenterOf(groupId), now)
}

/**
 * Starts report-back: the groups in session order, the first one with the floor and everyone
 * following its presenter. `presenterOf` defaults to {@link rapporteurPresenter}.
 */
export function startReportBack(doc: Y.Doc, sessionId: string, presenterOf: PresenterOf | null | undefined, now: number): void {
  const session = requireSession(doc, sessionId)
  const order = session.groups.map((group) => group.id)
  const current = order.length > 0 ? 0 : null
  sessionsMap(doc).set(sessionId, { ...session, reportBack: { order, current } })
  if (current === null) releaseReportFollow(doc)
  else followGroup(doc, order[current], presenterOf ?? rapporteurPresenter(doc, sessionId), now)
}

/**
 * Gives the floor to the group at `index` of the report-back order, or finishes (null: the
 * last group is done, the stage is released). Throws when report-back has not started or the
 * index is out of range.
 */
export function passFloor(
  doc: Y.Doc,
  sessionId: string,
  index: number | null,
  presenterOf: PresenterOf | null | undefined,
  now: number,
): void {
  const session = requireSession(doc, sessionId)
  const reportBack = session.reportBack
  if (!reportBack) throw new Error('Report-back has not started.')
  if (index !== null && !(Number.isInteger(index) && index >= 0 && index < reportBack.order.length)) {
    throw new Error(`No group number ${index} in the report-back order.`)
  }
  sessionsMap(doc).set(sessionId, { ...session, reportBack: { order: [...reportBack.order], current: index } })
  if (index === null) releaseReportFollow(doc)
  else followGroup(doc, reportBack.order[index], presenterOf ?? rapporteurPresenter(doc, sessionId), now)
}

/** Ends report-back: no floor order any more, and the stage released if report-back held it. */
export function endReportBack(doc: Y.Doc, sessionId: string): void {
  const session = requireSession(doc, sessionId)
  sessionsMap(doc).set(sessionId, { ...session, reportBack: null })
  releaseReportFollow(doc)
}
