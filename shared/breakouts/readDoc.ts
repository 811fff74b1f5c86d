/**
 * Reading the breakout maps of a board document: sessions, members, rapporteurs and calls,
 * each entry validated (one that does not read as its type is skipped), and the notes inside
 * each group's area. Re-exported by session.ts, which features import.
 */
import type * as Y from 'yjs'
import { asStoredRecord, recordsMap, type StoredRecord } from '../boardDoc'
import { isInsideArea } from './areas'
import { readCall, readMember, readRapporteur, readSession } from './read'
import {
  BREAKOUT_CALLS_MAP,
  BREAKOUT_MEMBERS_MAP,
  BREAKOUTS_MAP,
  memberKey,
  RAPPORTEURS_MAP,
  type BreakoutCall,
  type BreakoutMember,
  type BreakoutSession,
  type Rapporteur,
} from './types'

/** The sessions map. */
export function sessionsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(BREAKOUTS_MAP)
}

/** The members map. */
export function membersMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(BREAKOUT_MEMBERS_MAP)
}

/** The rapporteurs map. */
export function rapporteursMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(RAPPORTEURS_MAP)
}

/** The calls map. */
export function callsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(BREAKOUT_CALLS_MAP)
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Every session of the board, oldest first (by `startedAt`, then id). */
export function readSessions(doc: Y.Doc): BreakoutSession[] {
  const sessions: BreakoutSession[] = []
  sessionsMap(doc).forEach((value, key) => {
    const session = readSession(value)
    if (session && session.id === key) sessions.push(session)
  })
  return sessions.sort((a, b) => a.startedAt - b.startedAt || compareText(a.id, b.id))
}

/** One session by id, or null. */
export function readSessionById(doc: Y.Doc, sessionId: string): BreakoutSession | null {
  const session = readSession(sessionsMap(doc).get(sessionId))
  return session && session.id === sessionId ? session : null
}

/** The running session, else the one started last, or null on a board that never had one. */
export function currentSession(doc: Y.Doc): BreakoutSession | null {
  const sessions = readSessions(doc)
  const running = sessions.filter((session) => session.status === 'running')
  return running.at(-1) ?? sessions.at(-1) ?? null
}

/** The members of a session, by group (in the session's order) then name. */
export function readMembers(doc: Y.Doc, sessionId: string): BreakoutMember[] {
  const session = readSessionById(doc, sessionId)
  const groupOrder = new Map((session?.groups ?? []).map((group, i) => [group.id, i]))
  const members: BreakoutMember[] = []
  membersMap(doc).forEach((value, key) => {
    const member = readMember(value)
    if (member && member.sessionId === sessionId && key === memberKey(sessionId, member.participantId)) members.push(member)
  })
  const rank = (member: BreakoutMember): number => groupOrder.get(member.groupId) ?? Number.MAX_SAFE_INTEGER
  return members.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      compareText(a.groupId, b.groupId) ||
      compareText(a.name.toLowerCase(), b.name.toLowerCase()) ||
      compareText(a.participantId, b.participantId),
  )
}

/** The member entry of `participantId` in the session, or null. */
export function memberOf(doc: Y.Doc, sessionId: string, participantId: string): BreakoutMember | null {
  const member = readMember(membersMap(doc).get(memberKey(sessionId, participantId)))
  return member && member.sessionId === sessionId && member.participantId === participantId ? member : null
}

/** Every rapporteur of every session (the rotation's history). */
export function readAllRapporteurs(doc: Y.Doc): Rapporteur[] {
  const rapporteurs: Rapporteur[] = []
  rapporteursMap(doc).forEach((value, key) => {
    const rapporteur = readRapporteur(value)
    if (rapporteur && key === `${rapporteur.sessionId}/${rapporteur.groupId}`) rapporteurs.push(rapporteur)
  })
  return rapporteurs.sort((a, b) => compareText(a.sessionId, b.sessionId) || compareText(a.groupId, b.groupId))
}

/** The rapporteurs of one session. */
export function readRapporteurs(doc: Y.Doc, sessionId: string): Rapporteur[] {
  return readAllRapporteurs(doc).filter((rapporteur) => rapporteur.sessionId === sessionId)
}

/** Open calls of one session, oldest first. */
export function readCalls(doc: Y.Doc, sessionId: string): BreakoutCall[] {
  const calls: BreakoutCall[] = []
  callsMap(doc).forEach((value, key) => {
    const call = readCall(value)
    if (call && call.sessionId === sessionId && key === `${sessionId}/${call.groupId}`) calls.push(call)
  })
  return calls.sort((a, b) => a.at - b.at || compareText(a.groupId, b.groupId))
}

/** Every record of the document by id. */
export function recordsById(doc: Y.Doc): Map<string, StoredRecord> {
  const records = new Map<string, StoredRecord>()
  recordsMap(doc).forEach((value) => {
    const record = asStoredRecord(value)
    if (record) records.set(record.id, record)
  })
  return records
}

function coordinate(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0
}

/**
 * The sticky notes inside each group's area (at any depth), in reading order: top to bottom,
 * then left to right, by their position in their parent. Every group of the session has an
 * entry, possibly empty.
 */
export function groupNotes(doc: Y.Doc, session: BreakoutSession): Map<string, StoredRecord[]> {
  const records = recordsById(doc)
  const notes = new Map<string, StoredRecord[]>(session.groups.map((group) => [group.id, []]))
  for (const record of records.values()) {
    if (record.typeName !== 'shape' || record.type !== 'note') continue
    const group = session.groups.find((g) => isInsideArea(records, record.id, g.areaId))
    if (group) notes.get(group.id)?.push(record)
  }
  for (const list of notes.values()) {
    list.sort((a, b) => coordinate(a.y) - coordinate(b.y) || coordinate(a.x) - coordinate(b.x) || compareText(a.id, b.id))
  }
  return notes
}
