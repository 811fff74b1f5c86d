/**
 * Validated readers of the values stored in the breakout maps: each narrows an `unknown` to its
 * type, or null. They check shape only (types, enums); limits and consistency are the server's
 * value rules (rules.ts).
 */
import type {
  AssignedBy,
  AssignmentMode,
  BreakoutCall,
  BreakoutGroup,
  BreakoutMember,
  BreakoutMessage,
  BreakoutSession,
  BreakoutTimer,
  Rapporteur,
  ReportBack,
} from './types'

type Fields = Record<string, unknown>

function asObject(value: unknown): Fields | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : null
}

function isString(value: unknown): value is string {
  return typeof value === 'string'
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

function isTimeOrNull(value: unknown): value is number | null {
  return value === null || isTime(value)
}

const ASSIGNMENT_MODES: readonly string[] = ['random', 'choose', 'manual'] satisfies AssignmentMode[]
const ASSIGNED_BY: readonly string[] = ['random', 'choice', 'facilitator', 'late'] satisfies AssignedBy[]

function readGroup(value: unknown): BreakoutGroup | null {
  const v = asObject(value)
  if (!v || !isString(v.id) || !isString(v.name) || !isString(v.areaId)) return null
  return { id: v.id, name: v.name, areaId: v.areaId }
}

/** Narrows a stored timer, or null. */
export function readTimer(value: unknown): BreakoutTimer | null {
  const v = asObject(value)
  if (!v || !isTime(v.durationMs) || !isTimeOrNull(v.endsAt) || !isTimeOrNull(v.pausedRemainingMs)) return null
  if (v.endsAt === null && v.pausedRemainingMs === null) return null
  return { durationMs: v.durationMs, endsAt: v.endsAt, pausedRemainingMs: v.pausedRemainingMs }
}

function readMessage(value: unknown): BreakoutMessage | null {
  const v = asObject(value)
  if (!v || !isString(v.text) || !isTime(v.at) || !isString(v.from)) return null
  return { text: v.text, at: v.at, from: v.from }
}

function readReportBack(value: unknown): ReportBack | null {
  const v = asObject(value)
  if (!v || !Array.isArray(v.order) || !v.order.every(isString)) return null
  const current = v.current
  if (current !== null && !(typeof current === 'number' && Number.isInteger(current))) return null
  return { order: [...(v.order as string[])], current }
}

/** Narrows a stored session, or null. */
export function readSession(value: unknown): BreakoutSession | null {
  const v = asObject(value)
  if (!v || !isString(v.id) || !isString(v.pageId)) return null
  if (v.status !== 'running' && v.status !== 'ended') return null
  if (!isString(v.assignment) || !ASSIGNMENT_MODES.includes(v.assignment)) return null
  if (typeof v.spreadCoops !== 'boolean') return null
  if (v.cap !== null && !(typeof v.cap === 'number' && Number.isInteger(v.cap))) return null
  if (!Array.isArray(v.groups)) return null
  const groups = v.groups.map(readGroup)
  if (groups.some((group) => group === null)) return null
  const timer = readTimer(v.timer)
  if (!timer) return null
  const message = v.message === null ? null : readMessage(v.message)
  if (v.message !== null && !message) return null
  const reportBack = v.reportBack === null ? null : readReportBack(v.reportBack)
  if (v.reportBack !== null && !reportBack) return null
  if (!isTime(v.startedAt) || !isTimeOrNull(v.endedAt)) return null
  return {
    id: v.id,
    status: v.status,
    assignment: v.assignment as AssignmentMode,
    spreadCoops: v.spreadCoops,
    cap: v.cap as number | null,
    groups: groups as BreakoutGroup[],
    timer,
    message,
    pageId: v.pageId,
    startedAt: v.startedAt,
    endedAt: v.endedAt,
    reportBack,
  }
}

/** Narrows a stored member, or null. */
export function readMember(value: unknown): BreakoutMember | null {
  const v = asObject(value)
  if (!v) return null
  const { sessionId, participantId, groupId, name, coop, assignedBy, at } = v
  if (!isString(sessionId) || !isString(participantId) || !isString(groupId) || !isString(name) || !isString(coop)) return null
  if (!isString(assignedBy) || !ASSIGNED_BY.includes(assignedBy) || !isTime(at)) return null
  return { sessionId, participantId, groupId, name, coop, assignedBy: assignedBy as AssignedBy, at }
}

/** Narrows a stored rapporteur, or null. */
export function readRapporteur(value: unknown): Rapporteur | null {
  const v = asObject(value)
  if (!v) return null
  const { sessionId, groupId, participantId, name, coop, at } = v
  if (!isString(sessionId) || !isString(groupId) || !isString(participantId) || !isString(name) || !isString(coop) || !isTime(at)) return null
  return { sessionId, groupId, participantId, name, coop, at }
}

/** Narrows a stored call, or null. */
export function readCall(value: unknown): BreakoutCall | null {
  const v = asObject(value)
  if (!v) return null
  const { sessionId, groupId, from, at } = v
  if (!isString(sessionId) || !isString(groupId) || !isString(from) || !isTime(at)) return null
  return { sessionId, groupId, from, at }
}
