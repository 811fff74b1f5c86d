/**
 * What the server accepts in the breakout maps, pure so clients can check first. Value rules
 * say what a stored value must be; change rules say what a participant may change (facilitators
 * may write anything the value rules accept). Declared for the server in ./feature.ts.
 */
import type * as Y from 'yjs'
import type { Slot } from '../feature'
import { MAX_COOP_LENGTH, MAX_NAME_LENGTH } from '../participant'
import { MAX_PRESENTER_LABEL } from '../stage/stage'
import { groupSizes, hasRoom } from './assign'
import { areaIdFor } from './areas'
import { readCall, readMember, readRapporteur, readSession } from './read'
import { readMembers, readSessionById } from './readDoc'
import { BREAKOUT_LIMITS, groupKey, memberKey, type BreakoutMember, type BreakoutSession } from './types'

/** Longest "Name · Coop" stored as the sender of a message or a call. */
export const MAX_FROM_LENGTH = MAX_PRESENTER_LABEL

/** Session and group ids: short and URL-safe, so keys (`session/participant`) and area ids parse. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/
/** Participant ids, as presence carries them (the server takes up to 200 characters). */
const MAX_PARTICIPANT_ID = 200
const MAX_PAGE_ID = 200

function isId(value: string): boolean {
  return ID_PATTERN.test(value)
}

function isParticipantId(value: string): boolean {
  return value.length > 0 && value.length <= MAX_PARTICIPANT_ID
}

function nameProblem(name: string, coop: string): string | null {
  if (name.trim() === '' || name.length > MAX_NAME_LENGTH) return `name must be 1 to ${MAX_NAME_LENGTH} characters`
  if (coop.length > MAX_COOP_LENGTH) return `coop must be at most ${MAX_COOP_LENGTH} characters`
  return null
}

function nonNegativeTime(value: number | null): boolean {
  return value === null || value >= 0
}

function timerProblem(session: BreakoutSession): string | null {
  const { durationMs, endsAt, pausedRemainingMs } = session.timer
  if (durationMs <= 0 || durationMs > BREAKOUT_LIMITS.durationMs) return 'timer duration out of range'
  if (pausedRemainingMs !== null && (pausedRemainingMs < 0 || pausedRemainingMs > BREAKOUT_LIMITS.durationMs))
    return 'paused time out of range'
  if (endsAt !== null && pausedRemainingMs !== null) return 'a timer is either running or paused'
  if (endsAt !== null && endsAt < 0) return 'timer end out of range'
  return null
}

function groupsProblem(session: BreakoutSession): string | null {
  const { groups } = session
  if (groups.length < 1 || groups.length > BREAKOUT_LIMITS.groups) return `a session has 1 to ${BREAKOUT_LIMITS.groups} groups`
  const ids = new Set<string>()
  for (const group of groups) {
    if (!isId(group.id)) return 'group ids are 1 to 40 letters, digits, - or _'
    if (ids.has(group.id)) return `group id ${group.id} is used twice`
    ids.add(group.id)
    if (group.name.trim() === '' || group.name.length > BREAKOUT_LIMITS.groupName)
      return `group names are 1 to ${BREAKOUT_LIMITS.groupName} characters`
    if (group.areaId !== areaIdFor(session.id, group.id)) return `group ${group.id} has the wrong area id`
  }
  return null
}

function reportBackProblem(session: BreakoutSession): string | null {
  const reportBack = session.reportBack
  if (!reportBack) return null
  const ids = new Set(session.groups.map((group) => group.id))
  if (new Set(reportBack.order).size !== reportBack.order.length || !reportBack.order.every((id) => ids.has(id))) {
    return 'report-back order must list groups of the session once'
  }
  if (reportBack.current !== null && (reportBack.current < 0 || reportBack.current >= reportBack.order.length))
    return 'report-back turn out of range'
  return null
}

/** Why `value` may not be stored under `key` in the sessions map, or null. */
export function sessionProblem(key: string, value: unknown): string | null {
  const session = readSession(value)
  if (!session) return 'not a breakout session'
  if (key !== session.id || !isId(session.id)) return 'a session is stored under its id (1 to 40 letters, digits, - or _)'
  if (!session.pageId.startsWith('page:') || session.pageId.length > MAX_PAGE_ID) return 'not a page id'
  if (session.cap !== null && (session.cap < 1 || session.cap > BREAKOUT_LIMITS.cap)) return `cap must be 1 to ${BREAKOUT_LIMITS.cap}`
  if (session.startedAt < 0 || !nonNegativeTime(session.endedAt)) return 'times out of range'
  if ((session.status === 'ended') !== (session.endedAt !== null)) return 'an ended session, and only one, has endedAt'
  if (typeof session.archivedAt === 'number' && (session.status !== 'ended' || session.archivedAt < 0))
    return 'only an ended session is archived'
  const message = session.message
  if (message && (message.text.trim() === '' || message.text.length > BREAKOUT_LIMITS.message))
    return `messages are 1 to ${BREAKOUT_LIMITS.message} characters`
  if (message && (message.from.length > MAX_FROM_LENGTH || message.at < 0)) return 'message sender or time out of range'
  return groupsProblem(session) ?? timerProblem(session) ?? reportBackProblem(session)
}

/** Why `value` may not be stored under `key` in the members map, or null. */
export function memberProblem(key: string, value: unknown): string | null {
  const member = readMember(value)
  if (!member) return 'not a breakout member'
  if (!isId(member.sessionId) || !isId(member.groupId) || !isParticipantId(member.participantId))
    return 'bad session, group or participant id'
  if (key !== memberKey(member.sessionId, member.participantId)) return 'a member is stored under session/participant'
  if (member.at < 0) return 'time out of range'
  return nameProblem(member.name, member.coop)
}

/** Why `value` may not be stored under `key` in the rapporteurs map, or null. */
export function rapporteurProblem(key: string, value: unknown): string | null {
  const rapporteur = readRapporteur(value)
  if (!rapporteur) return 'not a rapporteur'
  if (!isId(rapporteur.sessionId) || !isId(rapporteur.groupId) || !isParticipantId(rapporteur.participantId))
    return 'bad session, group or participant id'
  if (key !== groupKey(rapporteur.sessionId, rapporteur.groupId)) return 'a rapporteur is stored under session/group'
  if (rapporteur.at < 0) return 'time out of range'
  return nameProblem(rapporteur.name, rapporteur.coop)
}

/** Why `value` may not be stored under `key` in the calls map, or null. */
export function callProblem(key: string, value: unknown): string | null {
  const call = readCall(value)
  if (!call) return 'not a call'
  if (!isId(call.sessionId) || !isId(call.groupId)) return 'bad session or group id'
  if (key !== groupKey(call.sessionId, call.groupId)) return 'a call is stored under session/group'
  if (call.from.trim() === '' || call.from.length > MAX_FROM_LENGTH) return `a call is from 1 to ${MAX_FROM_LENGTH} characters`
  if (call.at < 0) return 'time out of range'
  return null
}

/** A stored entry before or after a change, as the server's review sees it. */
export type EntrySlot = Slot

/**
 * One change of an entry, as the server reviews it (structurally an EntryChangeInput of
 * shared/feature.ts, with any role). `doc` already holds the change.
 */
export interface BreakoutChange {
  doc: Y.Doc
  key: string
  before: EntrySlot
  after: EntrySlot
  role: string
  writer: { participantIds: ReadonlySet<string> }
}

/** The session named by `sessionId` if it is running, else why not. */
function runningSession(doc: Y.Doc, sessionId: string): BreakoutSession | string {
  const session = readSessionById(doc, sessionId)
  if (!session) return 'no such breakout session'
  if (session.status !== 'running') return 'the breakout session has ended'
  return session
}

function isWriterIn(change: BreakoutChange, members: readonly BreakoutMember[]): boolean {
  return members.some((member) => change.writer.participantIds.has(member.participantId))
}

/** The session/participant or session/group a key names (for deletions, which carry no value). */
function keySession(key: string): string {
  return key.slice(0, Math.max(0, key.indexOf('/')))
}

/**
 * What a participant may do in the members map: in `choose` mode, add or move their own entry
 * into a group with room; otherwise only add their own entry when they have none (a late
 * joiner), into one of the smallest groups. Never delete, never write someone else's entry.
 */
export function memberChangeProblem(change: BreakoutChange): string | null {
  if (change.role === 'facilitator') return null
  if (!change.after.present) return 'only facilitators take people out of groups'
  const member = readMember(change.after.value)
  if (!member) return 'not a breakout member'
  if (!change.writer.participantIds.has(member.participantId)) return 'participants place only themselves in a group'
  const session = runningSession(change.doc, member.sessionId)
  if (typeof session === 'string') return session
  if (!session.groups.some((group) => group.id === member.groupId)) return 'no such group in the session'
  const others = readMembers(change.doc, session.id).filter((m) => m.participantId !== member.participantId)
  if (session.assignment === 'choose') {
    const before = change.before.present ? readMember(change.before.value) : null
    const staying = before !== null && before.groupId === member.groupId
    return staying || hasRoom(session, others, member.groupId) ? null : 'that group is full'
  }
  if (change.before.present) return 'only facilitators move people between groups'
  if (member.assignedBy !== 'late') return 'a participant joins a group as a late joiner'
  // placeLateJoiner always picks one of the smallest groups; any of them is accepted, so two
  // late joiners placed at the same moment from slightly different views are not refused.
  const sizes = groupSizes(
    session.groups.map((group) => group.id),
    others,
  )
  const smallest = Math.min(...sizes.values())
  return sizes.get(member.groupId) === smallest ? null : 'late joiners go to one of the smallest groups'
}

/**
 * What a participant may do in the rapporteurs map: while the session runs, a member of a group
 * names (or clears) its rapporteur, who must be a member of that group. A rapporteur may always
 * step down (their entry goes when they move to another group).
 */
export function rapporteurChangeProblem(change: BreakoutChange): string | null {
  if (change.role === 'facilitator') return null
  const after = change.after.present ? readRapporteur(change.after.value) : null
  const before = change.before.present ? readRapporteur(change.before.value) : null
  if (!change.after.present && before && change.writer.participantIds.has(before.participantId)) return null
  const sessionId = after?.sessionId ?? before?.sessionId ?? keySession(change.key)
  const groupId = after?.groupId ?? before?.groupId ?? change.key.slice(sessionId.length + 1)
  const session = runningSession(change.doc, sessionId)
  if (typeof session === 'string') return session
  const members = readMembers(change.doc, session.id).filter((member) => member.groupId === groupId)
  if (!isWriterIn(change, members)) return 'only members of a group choose its rapporteur'
  if (after && !members.some((member) => member.participantId === after.participantId))
    return 'the rapporteur must be a member of the group'
  return null
}

/** What a participant may do in the calls map: while the session runs, call from their own group. */
export function callChangeProblem(change: BreakoutChange): string | null {
  if (change.role === 'facilitator') return null
  if (!change.after.present) return 'only facilitators answer calls'
  const call = readCall(change.after.value)
  if (!call) return 'not a call'
  const session = runningSession(change.doc, call.sessionId)
  if (typeof session === 'string') return session
  const members = readMembers(change.doc, session.id).filter((member) => member.groupId === call.groupId)
  return isWriterIn(change, members) ? null : 'only members of a group call the facilitator to it'
}
