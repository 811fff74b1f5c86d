/**
 * Whose cursors a person sees during a breakout: a member sees their own group and the
 * facilitators, so an assembly of 300 does not draw 300 cursors in every browser. Facilitators,
 * viewers and people not (yet) in a group see everyone. Pure: the sync layer applies it.
 */
import type { BreakoutMember, BreakoutSession } from '../../../shared/breakouts/types'
import { Role } from '../../../shared/protocol'
import type { ShowPresence } from '../../sync/presence'

/** Who this browser is, for {@link breakoutPresenceFilter}. */
export interface PresenceViewer {
  id: string
  role: Role
}

/**
 * The participant ids whose presence `viewer` sees besides facilitators, or null for everyone.
 * Sorted, so two calls over the same groups compare equal (see {@link presenceFilterKey}).
 */
export function visibleGroupMembers(
  session: BreakoutSession | null,
  members: readonly BreakoutMember[],
  viewer: PresenceViewer,
): string[] | null {
  if (!session || session.status !== 'running' || viewer.role !== Role.participant) return null
  const own = members.find((m) => m.sessionId === session.id && m.participantId === viewer.id)
  if (!own) return null
  return members
    .filter((m) => m.sessionId === session.id && m.groupId === own.groupId)
    .map((m) => m.participantId)
    .sort()
}

/** A stable key for a {@link visibleGroupMembers} result: a new key means a new predicate. */
export function presenceFilterKey(visible: readonly string[] | null): string {
  return visible === null ? '' : visible.join('\n')
}

/** The predicate for {@link visibleGroupMembers}' result: facilitators and those members. */
export function showOnly(visible: readonly string[] | null): ShowPresence | null {
  if (visible === null) return null
  const ids = new Set(visible)
  return (who) => who.role === Role.facilitator || ids.has(who.id)
}

/** {@link showOnly} of {@link visibleGroupMembers}, in one call. */
export function breakoutPresenceFilter(
  session: BreakoutSession | null,
  members: readonly BreakoutMember[],
  viewer: PresenceViewer,
): ShowPresence | null {
  return showOnly(visibleGroupMembers(session, members, viewer))
}
