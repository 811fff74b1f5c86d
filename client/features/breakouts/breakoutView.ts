/**
 * What the breakout panels and bar show, computed from plain data: the latest session, who is
 * in which group, the overview cards, the group picker, the form's plan. Pure, so the
 * components stay thin and this is tested without a DOM.
 */
import type { TFunction } from 'i18next'
import { hasRoom } from '../../../shared/breakouts/assign'
import {
  BREAKOUT_LIMITS,
  type AssignmentMode,
  type BreakoutCall,
  type BreakoutGroup,
  type BreakoutMember,
  type BreakoutPerson,
  type BreakoutSession,
  type Rapporteur,
} from '../../../shared/breakouts/types'
import { Role } from '../../../shared/protocol'

/** Everything the breakouts UI reads from the document. */
export interface BreakoutsData {
  /** The running session, or else the one that started last; null on a board that never had one. */
  session: BreakoutSession | null
  /** Members of {@link session}. */
  members: BreakoutMember[]
  /** Rapporteurs of {@link session}. */
  rapporteurs: Rapporteur[]
  /** Open calls of {@link session}. */
  calls: BreakoutCall[]
}

/** No session: what a board that never had breakouts reads as. */
export const NO_BREAKOUTS: BreakoutsData = { session: null, members: [], rapporteurs: [], calls: [] }

/** The member entry of `participantId` in `session`, or null. */
export function membershipOf(data: BreakoutsData, participantId: string): BreakoutMember | null {
  const session = data.session
  if (!session) return null
  return data.members.find((m) => m.sessionId === session.id && m.participantId === participantId) ?? null
}

/** The group `groupId` of the session, or null. */
export function groupOf(session: BreakoutSession | null, groupId: string | null | undefined): BreakoutGroup | null {
  return session?.groups.find((g) => g.id === groupId) ?? null
}

/** The members of one group, sorted by name. */
export function membersOf(data: BreakoutsData, groupId: string): BreakoutMember[] {
  return data.members
    .filter((m) => m.groupId === groupId)
    .sort((a, b) => a.name.localeCompare(b.name) || a.participantId.localeCompare(b.participantId))
}

/** The rapporteur of one group, or null. */
export function rapporteurOf(data: BreakoutsData, groupId: string): Rapporteur | null {
  return data.rapporteurs.find((r) => r.groupId === groupId) ?? null
}

/** "Ana · Sur", or the name alone without a coop. */
export function personLabel(person: { name: string; coop: string }): string {
  return person.coop ? `${person.name} · ${person.coop}` : person.name
}

/** The people a new session would put in groups: peers present with the participant role. */
export function presentParticipants(peers: readonly { id: string; name: string; coop: string; role: Role | null }[]): BreakoutPerson[] {
  return peers.filter((peer) => peer.role === Role.participant).map(({ id, name, coop }) => ({ id, name, coop }))
}

/** True when this browser's participant must add itself: a session runs that places latecomers, and they are in no group. */
export function needsLateJoin(data: BreakoutsData, self: { id: string; role: Role }): boolean {
  const session = data.session
  if (!session || session.status !== 'running' || self.role !== Role.participant) return false
  if (session.assignment === 'choose') return false
  return membershipOf(data, self.id) === null
}

/** One group in the facilitator's overview. */
export interface GroupCard {
  group: BreakoutGroup
  members: { member: BreakoutMember; present: boolean }[]
  present: number
  notes: number
  rapporteur: Rapporteur | null
  call: BreakoutCall | null
}

/** The overview cards, in the session's group order. */
export function groupCards(data: BreakoutsData, noteCounts: ReadonlyMap<string, number>, presentIds: ReadonlySet<string>): GroupCard[] {
  const session = data.session
  if (!session) return []
  return session.groups.map((group) => {
    const members = membersOf(data, group.id).map((member) => ({ member, present: presentIds.has(member.participantId) }))
    return {
      group,
      members,
      present: members.filter((m) => m.present).length,
      notes: noteCounts.get(group.id) ?? 0,
      rapporteur: rapporteurOf(data, group.id),
      call: data.calls.find((c) => c.groupId === group.id) ?? null,
    }
  })
}

/** One choice in the group picker of `choose` mode. */
export interface GroupChoice {
  group: BreakoutGroup
  size: number
  full: boolean
}

/** The groups a participant may pick from, with their sizes and whether the cap is reached. */
export function groupChoices(data: BreakoutsData, participantId: string): GroupChoice[] {
  const session = data.session
  if (!session) return []
  return session.groups.map((group) => ({
    group,
    size: data.members.filter((m) => m.groupId === group.id).length,
    full: !hasRoom(session, data.members, group.id, participantId),
  }))
}

/** What the facilitator filled in on the new-session form. */
export interface SessionForm {
  groupsBy: 'count' | 'topics'
  count: string
  topics: string
  minutes: string
  assignment: AssignmentMode
  spreadCoops: boolean
  cap: string
}

/** A valid form, ready for startSession (the caller adds people, page, clock and randomness). */
export interface SessionFormPlan {
  /** Topic names, or null to let the session number the groups. */
  topics: string[] | null
  groupCount: number
  durationMs: number
  assignment: AssignmentMode
  spreadCoops: boolean
  cap: number | null
}

/** The form as a facilitator first sees it: three numbered groups for 15 minutes, random. */
export const DEFAULT_SESSION_FORM: SessionForm = {
  groupsBy: 'count',
  count: '3',
  topics: '',
  minutes: '15',
  assignment: 'random',
  spreadCoops: true,
  cap: '',
}

function wholeNumber(text: string): number | null {
  const trimmed = text.trim()
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null
}

/** The form's plan, or the first problem to show next to it, in `t`'s language. */
export function planFromForm(form: SessionForm, t: TFunction): { plan: SessionFormPlan } | { problem: string } {
  let topics: string[] | null = null
  let groupCount: number
  if (form.groupsBy === 'topics') {
    topics = form.topics
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
    if (topics.length < 2) return { problem: t('breakouts.problem.twoTopics') }
    const long = topics.find((topic) => topic.length > BREAKOUT_LIMITS.groupName)
    if (long) return { problem: t('breakouts.problem.topicTooLong', { max: BREAKOUT_LIMITS.groupName }) }
    if (new Set(topics.map((t) => t.toLowerCase())).size !== topics.length) return { problem: t('breakouts.problem.topicsDifferent') }
    groupCount = topics.length
  } else {
    const count = wholeNumber(form.count)
    if (count === null || count < 2) return { problem: t('breakouts.problem.twoGroups') }
    groupCount = count
  }
  if (groupCount > BREAKOUT_LIMITS.groups) return { problem: t('breakouts.problem.maxGroups', { max: BREAKOUT_LIMITS.groups }) }
  const minutes = wholeNumber(form.minutes)
  const maxMinutes = BREAKOUT_LIMITS.durationMs / 60_000
  if (minutes === null || minutes < 1 || minutes > maxMinutes) return { problem: t('breakouts.problem.duration', { max: maxMinutes }) }
  let cap: number | null = null
  if (form.assignment === 'choose' && form.cap.trim() !== '') {
    cap = wholeNumber(form.cap)
    if (cap === null || cap < 1 || cap > BREAKOUT_LIMITS.cap) return { problem: t('breakouts.problem.cap', { max: BREAKOUT_LIMITS.cap }) }
  }
  return {
    plan: {
      topics,
      groupCount,
      durationMs: minutes * 60_000,
      assignment: form.assignment,
      spreadCoops: form.assignment !== 'choose' && form.spreadCoops,
      cap,
    },
  }
}
