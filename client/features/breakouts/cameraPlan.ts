/**
 * When the breakout feature moves someone's view: once when their group is assigned (the
 * session starts, they join late, or a facilitator moves them), and once back to the plenary
 * when the session they were in ends. Never on every render, so people can look around their
 * group's area and beyond without being pulled back. Pure: the hook remembers the last phase.
 */
import type { BreakoutMember, BreakoutSession } from '../../../shared/breakouts/types'

/** Where a person stands in the breakouts, as far as the camera cares. */
export type CameraPhase =
  | { kind: 'none' }
  /** A session runs; `areaId` is their group's area, or null when they are in no group. */
  | { kind: 'running'; sessionId: string; groupId: string | null; areaId: string | null }
  | { kind: 'ended'; sessionId: string }

/** What to do with the view. */
export type CameraMove = { kind: 'group'; areaId: string } | { kind: 'plenary' } | null

/** The phase of `participantId` given the latest `session` and the members. */
export function cameraPhase(session: BreakoutSession | null, members: readonly BreakoutMember[], participantId: string): CameraPhase {
  if (!session) return { kind: 'none' }
  if (session.status === 'ended') return { kind: 'ended', sessionId: session.id }
  const member = members.find((m) => m.sessionId === session.id && m.participantId === participantId)
  const group = member ? session.groups.find((g) => g.id === member.groupId) : undefined
  return { kind: 'running', sessionId: session.id, groupId: group?.id ?? null, areaId: group?.areaId ?? null }
}

function samePhase(a: CameraPhase, b: CameraPhase): boolean {
  if (a.kind !== b.kind) return false
  if (a.kind === 'none' || b.kind === 'none') return true
  if (a.sessionId !== b.sessionId) return false
  return a.kind === 'running' && b.kind === 'running' ? a.groupId === b.groupId : true
}

/**
 * The move for going from `previous` (null: nothing seen yet in this browser) to `next`: to the
 * group's area on entering a group (also on load while it runs); to the plenary when the
 * session this browser saw running ends (not on loading a board whose session ended long ago).
 */
export function planCameraMove(previous: CameraPhase | null, next: CameraPhase): CameraMove {
  if (previous && samePhase(previous, next)) return null
  if (next.kind === 'running') return next.areaId ? { kind: 'group', areaId: next.areaId } : null
  if (next.kind === 'ended' && previous?.kind === 'running' && previous.sessionId === next.sessionId) return { kind: 'plenary' }
  return null
}
