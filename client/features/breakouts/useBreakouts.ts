/**
 * The breakouts feature over the board document: what the UI reads (the current session, its
 * members, rapporteurs and calls; the notes in each group's area) and what it does (each action
 * one `features.write` of a shared/breakouts function, timed by the server clock).
 */
import type { TFunction } from 'i18next'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { RECORDS_MAP } from '../../../shared/boardDoc'
import { rosterCoopIdOf } from '../../../shared/breakouts/assign'
import { suggestByRotation } from '../../../shared/breakouts/rapporteur'
import { readRoster } from '../../../shared/corners/applyPlan'
import {
  answerCall,
  assignMember,
  broadcastMessage,
  callFacilitator,
  currentSession,
  endReportBack,
  endSession,
  groupMembers,
  groupNotes,
  passFloor,
  readAllRapporteurs,
  readCalls,
  readMembers,
  readRapporteurs,
  readSessions,
  setRapporteur,
  startReportBack,
  startSession,
  updateTimer,
} from '../../../shared/breakouts/session'
import { addTime, pauseTimer, resumeTimer } from '../../../shared/breakouts/timer'
import { boardRotation } from '../../../shared/community/boardRotation'
import { BREAKOUT_MAPS, type AssignedBy, type BreakoutMember, type BreakoutPerson } from '../../../shared/breakouts/types'
import type { FeatureDoc } from '../../sync/featureDoc'
import { useFeatureValue } from '../../sync/useFeatureDoc'
import { NO_BREAKOUTS, type BreakoutsData, type SessionFormPlan } from './breakoutView'

function readBreakouts(doc: Y.Doc): BreakoutsData {
  const session = currentSession(doc)
  if (!session) return NO_BREAKOUTS
  return {
    session,
    members: readMembers(doc, session.id),
    rapporteurs: readRapporteurs(doc, session.id),
    calls: readCalls(doc, session.id),
  }
}

/** The current breakout session and its people, re-read when a breakout map changes. */
export function useBreakoutsData(features: FeatureDoc | null): BreakoutsData {
  return useFeatureValue(features, BREAKOUT_MAPS, readBreakouts, NO_BREAKOUTS)
}

const NOTE_COUNT_MAPS: readonly string[] = [...BREAKOUT_MAPS, RECORDS_MAP]
const NO_COUNTS: ReadonlyMap<string, number> = new Map()

function readNoteCounts(doc: Y.Doc): ReadonlyMap<string, number> {
  const session = currentSession(doc)
  if (!session) return NO_COUNTS
  return new Map([...groupNotes(doc, session)].map(([groupId, notes]) => [groupId, notes.length]))
}

/**
 * Notes in each group's area of the current session. Scans the records on every board change,
 * so only the facilitator's open overview asks for it (null `features` reads nothing).
 */
export function useGroupNoteCounts(features: FeatureDoc | null): ReadonlyMap<string, number> {
  return useFeatureValue(features, NOTE_COUNT_MAPS, readNoteCounts, NO_COUNTS)
}

/** What people do with breakouts; each returns a problem to show, or null when it was written. */
export interface BreakoutActions {
  start: (plan: SessionFormPlan, people: readonly BreakoutPerson[], pageId: string) => string | null
  /** Puts `person` in a group of the current session (choice, manual move, late arrival). */
  assign: (person: BreakoutPerson, groupId: string, by: AssignedBy) => string | null
  setRapporteur: (groupId: string, member: BreakoutMember | null) => string | null
  /** Makes the member whose coop reported least recently the rapporteur, skipping the current one. */
  suggestRapporteur: (groupId: string) => string | null
  addTime: (ms: number) => string | null
  pause: () => string | null
  resume: () => string | null
  message: (text: string) => string | null
  callFacilitator: (groupId: string) => string | null
  answerCall: (groupId: string) => string | null
  end: () => string | null
  startReportBack: () => string | null
  /** Gives the floor to the group at `index` of the report-back order; null finishes. */
  passFloor: (index: number | null) => string | null
  finishReportBack: () => string | null
}

/** Who acts, as messages and calls name them. */
export interface Actor {
  label: string
}

/**
 * The actions over `features`, timed by `now` (the server clock). Each reads the current
 * session inside its own transaction, so it acts on the document as it is, not as last rendered.
 * Problems are worded by `t`.
 */
export function createBreakoutActions(features: FeatureDoc, now: () => number, actor: Actor, t: TFunction): BreakoutActions {
  const run = (writer: (doc: Y.Doc) => void): string | null => {
    try {
      return features.write(writer) ? null : t('breakouts.problem.readOnly')
    } catch (error) {
      return error instanceof Error ? error.message : String(error)
    }
  }
  const withSession = (writer: (doc: Y.Doc, sessionId: string) => void): string | null =>
    run((doc) => {
      const session = currentSession(doc)
      if (!session) throw new Error(t('breakouts.problem.noSession'))
      writer(doc, session.id)
    })
  return {
    start: (plan, people, pageId) =>
      run((doc) => {
        // A report-back still holding the floor ends with the plenary that starts new groups.
        const previous = currentSession(doc)
        if (previous?.reportBack) endReportBack(doc, previous.id)
        startSession(doc, {
          // Numbered groups are named in the facilitator's language ("Group 1", "Grupo 1").
          groupNames:
            plan.topics ?? Array.from({ length: plan.groupCount }, (_, index) => t('breakouts.form.groupName', { number: index + 1 })),
          durationMs: plan.durationMs,
          assignment: plan.assignment,
          spreadCoops: plan.spreadCoops,
          cap: plan.cap,
          people,
          pageId,
          now: now(),
          random: Math.random,
          // On a community's meeting, the rotation counts the earlier meetings too.
          prior: boardRotation(doc),
        })
      }),
    assign: (person, groupId, by) => withSession((doc, id) => assignMember(doc, id, person, groupId, by, now(), boardRotation(doc))),
    setRapporteur: (groupId, member) => withSession((doc, id) => setRapporteur(doc, id, groupId, member, now())),
    suggestRapporteur: (groupId) =>
      withSession((doc, id) => {
        const current = readRapporteurs(doc, id).find((r) => r.groupId === groupId)
        const exclude = new Set(current ? [current.participantId] : [])
        const members = groupMembers(doc, id, groupId)
        // Keyed by the roster's ids, as the community keys the rotation of earlier meetings.
        const coopIdOf = rosterCoopIdOf(readRoster(doc))
        const suggest = (skip?: ReadonlySet<string>) =>
          suggestByRotation(members, readSessions(doc), readAllRapporteurs(doc), boardRotation(doc), skip, coopIdOf)
        const suggestion = suggest(exclude) ?? suggest()
        if (!suggestion) throw new Error(t('breakouts.problem.noMembers'))
        setRapporteur(doc, id, groupId, suggestion, now())
      }),
    addTime: (ms) => withSession((doc, id) => updateTimer(doc, id, (timer) => addTime(timer, ms, now()))),
    pause: () => withSession((doc, id) => updateTimer(doc, id, (timer) => pauseTimer(timer, now()))),
    resume: () => withSession((doc, id) => updateTimer(doc, id, (timer) => resumeTimer(timer, now()))),
    message: (text) => withSession((doc, id) => broadcastMessage(doc, id, text, actor.label, now())),
    callFacilitator: (groupId) => withSession((doc, id) => callFacilitator(doc, id, groupId, actor.label, now())),
    answerCall: (groupId) => withSession((doc, id) => answerCall(doc, id, groupId)),
    end: () => withSession((doc, id) => void endSession(doc, id, now())),
    startReportBack: () => withSession((doc, id) => startReportBack(doc, id, null, now())),
    passFloor: (index) => withSession((doc, id) => passFloor(doc, id, index, null, now())),
    finishReportBack: () => withSession((doc, id) => endReportBack(doc, id)),
  }
}

/** {@link createBreakoutActions}, memoised for a component; null until the board and its clock are there. */
export function useBreakoutActions(features: FeatureDoc | null, now: (() => number) | null, actor: Actor): BreakoutActions | null {
  const label = actor.label
  const { t } = useTranslation()
  return useMemo(() => (features && now ? createBreakoutActions(features, now, { label }, t) : null), [features, now, label, t])
}
