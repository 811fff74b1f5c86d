/**
 * What a facilitator does in the working groups' report; each action is one `features.write` of
 * a shared/community/wgReport.ts writer, on the server clock, and returns a problem to show (in
 * the facilitator's language) or null when it was written.
 */
import type { TFunction } from 'i18next'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { readRoster } from '../../../shared/corners/applyPlan'
import { boardRotation } from '../../../shared/community/boardRotation'
import { suggestPresentPresenter, type PresentPerson } from '../../../shared/community/presenterChoice'
import { readWorkingGroups } from '../../../shared/community/rotation'
import {
  choosePresenter,
  finishWorkingGroupsReport,
  passWorkingGroupFloor,
  readReport,
  reportingGroups,
  reportStatus,
  startWorkingGroupsReport,
} from '../../../shared/community/wgReport'
import { cleanName, MAX_COOP_LENGTH, MAX_NAME_LENGTH } from '../../../shared/participant'
import type { FeatureDoc } from '../../sync/featureDoc'

/** The facilitator's actions; each returns a problem to show, or null. */
export interface WorkingGroupActions {
  /** Names the presenter of a group (null: nobody). */
  choose: (groupId: string, person: PresentPerson | null) => string | null
  /** Names the presenter the rotation suggests among `present`, skipping the current one when someone else is here. */
  suggest: (groupId: string, present: readonly PresentPerson[]) => string | null
  start: () => string | null
  /** Gives the floor to the group at `index` of the order; null finishes. */
  pass: (index: number | null) => string | null
  finish: () => string | null
}

/** A presenter entry for a person present (their name and coop as presence shows them, bounded). */
function presenterOf(person: PresentPerson) {
  return {
    participantId: person.id,
    name: cleanName(person.name, MAX_NAME_LENGTH) ?? '?',
    coop: cleanName(person.coop, MAX_COOP_LENGTH) ?? '',
  }
}

/** The actions over `features`, timed by `now` (the server clock), worded by `t`. */
export function createWorkingGroupActions(features: FeatureDoc, now: () => number, t: TFunction): WorkingGroupActions {
  const run = (writer: (doc: Y.Doc) => void): string | null => {
    try {
      return features.write(writer) ? null : t('community.report.readOnly')
    } catch (error) {
      return error instanceof Error ? error.message : String(error)
    }
  }
  // wgReport.ts words its refusals for logs, in English; the floor's refusals are worded here.
  const whileRunning = (writer: (doc: Y.Doc) => void) =>
    run((doc) => {
      const report = readReport(doc)
      if (reportStatus(report) !== 'running' || !report) throw new Error(t('community.report.notRunning'))
      writer(doc)
    })
  return {
    choose: (groupId, person) => run((doc) => choosePresenter(doc, groupId, person ? presenterOf(person) : null, now())),
    suggest: (groupId, present) =>
      run((doc) => {
        const group = readWorkingGroups(doc).find((candidate) => candidate.id === groupId)
        if (!group) throw new Error(t('community.report.unknownGroup'))
        const current = readReport(doc)?.presenters[groupId]
        const roster = readRoster(doc)
        const rotation = boardRotation(doc)
        const skip = new Set(current ? [current.participantId] : [])
        const person =
          suggestPresentPresenter(group, present, roster, rotation, skip) ?? suggestPresentPresenter(group, present, roster, rotation)
        if (!person) throw new Error(t('community.report.nobodyHere'))
        choosePresenter(doc, groupId, presenterOf(person), now())
      }),
    start: () =>
      run((doc) => {
        if (reportingGroups(doc).length === 0) throw new Error(t('community.report.noAreas'))
        startWorkingGroupsReport(doc, now())
      }),
    pass: (index) =>
      whileRunning((doc) => {
        const count = readReport(doc)?.order.length ?? 0
        if (index !== null && !(index >= 0 && index < count)) throw new Error(t('community.report.unknownGroup'))
        passWorkingGroupFloor(doc, index, now())
      }),
    finish: () => whileRunning((doc) => finishWorkingGroupsReport(doc, now())),
  }
}

/** {@link createWorkingGroupActions}, memoised; null until the board and its clock are there. */
export function useWorkingGroupActions(features: FeatureDoc | null, now: (() => number) | null): WorkingGroupActions | null {
  const { t } = useTranslation()
  return useMemo(() => (features && now ? createWorkingGroupActions(features, now, t) : null), [features, now, t])
}
