/**
 * Starting, running and ending breakout sessions in the board document. Every writer changes
 * plain JSON copies and must run inside the caller's transaction (features.write on the client);
 * `now` is server-clock ms. Readers are re-exported from readDoc.ts, report-back from
 * reportBack.ts, so features import everything from here.
 */
import type * as Y from 'yjs'
import { recordsMap, type StoredRecord } from '../boardDoc'
import { shapeBox, topLevelShapes } from '../shapeBounds'
import { cleanName, MAX_COOP_LENGTH, MAX_NAME_LENGTH } from '../participant'
import { readRoster } from '../corners/applyPlan'
import { assignRandom, rosterCoopIdOf } from './assign'
import { areaIdFor, createGroupAreaRecord, indicesAboveShapes, isGroupAreaRecord, isInsideArea, planGroupAreas } from './areas'
import { suggestByRotation, type PriorReports } from './rapporteur'
import {
  callsMap,
  memberOf,
  membersMap,
  rapporteursMap,
  readAllRapporteurs,
  readMembers,
  readRapporteurs,
  readSessionById,
  readSessions,
  recordsById,
  sessionsMap,
} from './readDoc'
import { MAX_FROM_LENGTH } from './rules'
import { startTimer, stopTimer } from './timer'
import {
  BREAKOUT_LIMITS,
  groupKey,
  memberKey,
  type AssignedBy,
  type AssignmentMode,
  type BreakoutGroup,
  type BreakoutMember,
  type BreakoutPerson,
  type BreakoutSession,
  type BreakoutTimer,
  type Rapporteur,
} from './types'

export * from './readDoc'
export * from './reportBack'

/** What the facilitator chose in the start dialog, and who is there. */
export interface StartPlan {
  /** One per group: topics, or {@link defaultGroupNames}. */
  groupNames: readonly string[]
  durationMs: number
  assignment: AssignmentMode
  spreadCoops: boolean
  /** Most members per group in `choose` mode, or null. */
  cap: number | null
  /** Participants present, to assign (random, manual). */
  people: readonly BreakoutPerson[]
  /** The page the group areas go on. */
  pageId: string
  now: number
  random: () => number
  /** Reports of earlier meetings the rapporteur rotation also counts (a community's), or null. */
  prior?: PriorReports | null
  /** A given id (tests); otherwise one is generated. */
  sessionId?: string
}

/** "Group 1" … "Group N". */
export function defaultGroupNames(count: number): string[] {
  return Array.from({ length: Math.max(0, count) }, (_, i) => `Group ${i + 1}`)
}

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'
const ID_LENGTH = 8

/** A short, URL-safe session id from the platform's random source (not the plan's `random`). */
export function newSessionId(): string {
  const bytes = new Uint8Array(ID_LENGTH)
  crypto.getRandomValues(bytes)
  return Array.from(bytes, (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('')
}

/** Why the plan cannot start, or null. */
function planProblem(plan: StartPlan): string | null {
  const count = plan.groupNames.length
  if (count < 1 || count > BREAKOUT_LIMITS.groups) return `A session has 1 to ${BREAKOUT_LIMITS.groups} groups.`
  if (plan.groupNames.some((name) => name.trim() === '' || name.trim().length > BREAKOUT_LIMITS.groupName)) {
    return `Every group needs a name of at most ${BREAKOUT_LIMITS.groupName} characters.`
  }
  if (!Number.isFinite(plan.durationMs) || plan.durationMs <= 0 || plan.durationMs > BREAKOUT_LIMITS.durationMs) {
    return 'The duration must be more than zero and at most 4 hours.'
  }
  if (plan.cap !== null && (!Number.isInteger(plan.cap) || plan.cap < 1 || plan.cap > BREAKOUT_LIMITS.cap)) {
    return `The cap must be a whole number from 1 to ${BREAKOUT_LIMITS.cap}.`
  }
  return null
}

/** A member entry for `person`, with name and coop bounded as the server requires. */
function memberEntry(sessionId: string, person: BreakoutPerson, groupId: string, assignedBy: AssignedBy, now: number): BreakoutMember {
  return {
    sessionId,
    participantId: person.id,
    groupId,
    name: cleanName(person.name, MAX_NAME_LENGTH) ?? 'Guest',
    coop: cleanName(person.coop, MAX_COOP_LENGTH) ?? '',
    assignedBy,
    at: now,
  }
}

function rapporteurEntry(sessionId: string, groupId: string, member: BreakoutMember, now: number): Rapporteur {
  return { sessionId, groupId, participantId: member.participantId, name: member.name, coop: member.coop, at: now }
}

/** The area frames of a new session's groups, stacked above and placed clear of the page's shapes. */
function areaRecords(doc: Y.Doc, session: BreakoutSession): StoredRecord[] {
  const shapes = topLevelShapes(recordsById(doc).values(), session.pageId)
  const occupied = shapes.map(shapeBox).filter((box) => box !== null)
  const boxes = planGroupAreas(session.groups.length, occupied)
  const indices = indicesAboveShapes(shapes, session.groups.length)
  return session.groups.map((group, i) => {
    const box = boxes[i]
    const index = indices[i]
    if (!box || !index) throw new Error('group area placement came up short')
    return createGroupAreaRecord(session, group, box, index)
  })
}

/**
 * Starts a session: the session entry (running, timer started), one area frame per group, the
 * members (random: balanced random; manual: the same as a starting point the facilitator then
 * edits; choose: none), and a suggested rapporteur for every group with members. Throws while
 * another session is running or when the plan breaks BREAKOUT_LIMITS.
 */
export function startSession(doc: Y.Doc, plan: StartPlan): BreakoutSession {
  const running = readSessions(doc).find((session) => session.status === 'running')
  if (running) throw new Error('A breakout session is already running; end it first.')
  const problem = planProblem(plan)
  if (problem) throw new Error(problem)
  let id = plan.sessionId ?? newSessionId()
  if (plan.sessionId === undefined) while (sessionsMap(doc).has(id)) id = newSessionId()
  else if (sessionsMap(doc).has(id)) throw new Error(`There is already a session ${id}.`)

  const groups: BreakoutGroup[] = plan.groupNames.map((name, i) => {
    const groupId = `g${i + 1}`
    return { id: groupId, name: name.trim(), areaId: areaIdFor(id, groupId) }
  })
  const session: BreakoutSession = {
    id,
    status: 'running',
    assignment: plan.assignment,
    spreadCoops: plan.spreadCoops,
    cap: plan.cap,
    groups,
    timer: startTimer(plan.durationMs, plan.now),
    message: null,
    pageId: plan.pageId,
    startedAt: plan.now,
    endedAt: null,
    reportBack: null,
  }
  for (const record of areaRecords(doc, session)) recordsMap(doc).set(record.id, record)
  sessionsMap(doc).set(id, session)

  if (plan.assignment === 'choose') return session
  const assignedBy: AssignedBy = plan.assignment === 'random' ? 'random' : 'facilitator'
  const assignment = assignRandom(
    plan.people,
    groups.map((group) => group.id),
    { spreadCoops: plan.spreadCoops, random: plan.random },
  )
  const members: BreakoutMember[] = []
  for (const person of plan.people) {
    const groupId = assignment.get(person.id)
    if (groupId === undefined || members.some((m) => m.participantId === person.id)) continue
    const member = memberEntry(id, person, groupId, assignedBy, plan.now)
    members.push(member)
    membersMap(doc).set(memberKey(id, person.id), member)
  }
  for (const group of groups) fillRapporteur(doc, id, group.id, plan.now, plan.prior ?? null)
  return session
}

/**
 * Names the rapporteur of a group that has none by the rotation (the member whose coop reported
 * least recently): at the start, and when someone joins an empty group, as in "choose" mode.
 */
function fillRapporteur(doc: Y.Doc, sessionId: string, groupId: string, now: number, prior: PriorReports | null): void {
  if (readRapporteurs(doc, sessionId).some((rapporteur) => rapporteur.groupId === groupId)) return
  const members = groupMembers(doc, sessionId, groupId)
  const coopIdOf = rosterCoopIdOf(readRoster(doc))
  const suggested = suggestByRotation(members, readSessions(doc), readAllRapporteurs(doc), prior, new Set(), coopIdOf)
  if (suggested) rapporteursMap(doc).set(groupKey(sessionId, groupId), rapporteurEntry(sessionId, groupId, suggested, now))
}

function requireSession(doc: Y.Doc, sessionId: string): BreakoutSession {
  const session = readSessionById(doc, sessionId)
  if (!session) throw new Error(`No breakout session ${sessionId}.`)
  return session
}

/** Removes the group's rapporteur entry when it names `participantId`. */
function dropRapporteurIf(doc: Y.Doc, sessionId: string, groupId: string, participantId: string): void {
  const key = groupKey(sessionId, groupId)
  const current = rapporteursMap(doc).get(key)
  if (typeof current === 'object' && current !== null && (current as Record<string, unknown>).participantId === participantId) {
    rapporteursMap(doc).delete(key)
  }
}

/**
 * Puts `person` in `groupId` (adding or moving them). Someone who was their old group's
 * rapporteur stops being it; a group without one gets one by rotation. Throws when the session or the group does not exist.
 */
export function assignMember(
  doc: Y.Doc,
  sessionId: string,
  person: BreakoutPerson,
  groupId: string,
  assignedBy: AssignedBy,
  now: number,
  prior: PriorReports | null = null,
): BreakoutMember {
  const session = requireSession(doc, sessionId)
  if (!session.groups.some((group) => group.id === groupId)) throw new Error(`No group ${groupId} in this session.`)
  const before = memberOf(doc, sessionId, person.id)
  if (before && before.groupId !== groupId) dropRapporteurIf(doc, sessionId, before.groupId, person.id)
  const member = memberEntry(sessionId, person, groupId, assignedBy, now)
  membersMap(doc).set(memberKey(sessionId, person.id), member)
  fillRapporteur(doc, sessionId, groupId, now, prior)
  return member
}

/** Takes a participant out of the session (and out of being their group's rapporteur). */
export function removeMember(doc: Y.Doc, sessionId: string, participantId: string): void {
  const before = memberOf(doc, sessionId, participantId)
  if (before) dropRapporteurIf(doc, sessionId, before.groupId, participantId)
  membersMap(doc).delete(memberKey(sessionId, participantId))
}

/** Makes `member` the group's rapporteur, or leaves the group without one (null). */
export function setRapporteur(doc: Y.Doc, sessionId: string, groupId: string, member: BreakoutMember | null, now: number): void {
  const key = groupKey(sessionId, groupId)
  if (member === null) rapporteursMap(doc).delete(key)
  else rapporteursMap(doc).set(key, rapporteurEntry(sessionId, groupId, member, now))
}

/** Changes the session's timer, e.g. `updateTimer(doc, id, (t) => pauseTimer(t, now))`. */
export function updateTimer(doc: Y.Doc, sessionId: string, change: (timer: BreakoutTimer) => BreakoutTimer): void {
  const session = requireSession(doc, sessionId)
  sessionsMap(doc).set(sessionId, { ...session, timer: change(session.timer) })
}

/** Shows `text` to every group (trimmed, cut to the limit); empty text clears the message. */
export function broadcastMessage(doc: Y.Doc, sessionId: string, text: string, from: string, now: number): void {
  const session = requireSession(doc, sessionId)
  const trimmed = text.trim().slice(0, BREAKOUT_LIMITS.message).trim()
  const sender = from.trim().slice(0, MAX_FROM_LENGTH) || 'Facilitator'
  const message = trimmed === '' ? null : { text: trimmed, at: now, from: sender }
  sessionsMap(doc).set(sessionId, { ...session, message })
}

/**
 * A group calls the facilitator over. An open call is left as it is: only facilitators may
 * change a call once made (the server enforces it), and the first call's time is what matters.
 */
export function callFacilitator(doc: Y.Doc, sessionId: string, groupId: string, from: string, now: number): void {
  const key = groupKey(sessionId, groupId)
  if (callsMap(doc).has(key)) return
  callsMap(doc).set(key, { sessionId, groupId, from: from.trim().slice(0, MAX_FROM_LENGTH) || 'A member', at: now })
}

/** The facilitator answers (clears) a group's call. */
export function answerCall(doc: Y.Doc, sessionId: string, groupId: string): void {
  callsMap(doc).delete(groupKey(sessionId, groupId))
}

/**
 * Ends a session: status ended, timer stopped, message and calls cleared, and every group area
 * frozen: the frame and every shape inside it locked (the server keeps participants off locked
 * shapes).
 */
export function endSession(doc: Y.Doc, sessionId: string, now: number): BreakoutSession {
  const session = requireSession(doc, sessionId)
  const ended: BreakoutSession = { ...session, status: 'ended', endedAt: now, timer: stopTimer(session.timer, now), message: null }
  sessionsMap(doc).set(sessionId, ended)
  for (const group of session.groups) answerCall(doc, sessionId, group.id)
  freezeAreas(doc, session)
  return ended
}

function freezeAreas(doc: Y.Doc, session: BreakoutSession): void {
  const records = recordsById(doc)
  const areaIds = session.groups.map((group) => group.areaId)
  for (const record of records.values()) {
    if (record.typeName !== 'shape' || record.isLocked === true) continue
    const isArea = areaIds.includes(record.id) && isGroupAreaRecord(record)
    if (isArea || areaIds.some((areaId) => isInsideArea(records, record.id, areaId))) {
      recordsMap(doc).set(record.id, { ...record, isLocked: true })
    }
  }
}

/** The members of a session's group. */
export function groupMembers(doc: Y.Doc, sessionId: string, groupId: string): BreakoutMember[] {
  return readMembers(doc, sessionId).filter((member) => member.groupId === groupId)
}
