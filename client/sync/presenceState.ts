/**
 * The awareness state each browser publishes, and the checks applied before another browser's
 * state is believed. Pure functions: no store, no awareness instance.
 */
import { InstancePresenceRecordType, type TLInstancePresence, type TLInstancePresenceID } from 'tldraw'
import { participantLabel, type Participant } from '../../shared/participant'
import { Role } from '../../shared/protocol'
import { asObject } from '../../shared/values'
import { parseParticipant, participantUserId } from './participantUser'
import type { PresentRole } from './types'

/** The awareness local state of a Plenary browser (fields `user` and `presence`). */
export interface AwarenessPresenceState {
  user: Participant
  /** Null until the editor is mounted (no pointer, camera or page yet). */
  presence: TLInstancePresence | null
}

/** The presence record id under which a remote awareness client is shown. */
export function presenceIdForClient(clientId: number): TLInstancePresenceID {
  // Keyed by awareness client, not by what the peer claims: a peer cannot overwrite another's
  // record, and a tab that goes away takes exactly its own record with it.
  return InstancePresenceRecordType.createId(`awareness-${clientId}`)
}

/** The validated participant in an awareness state, or null. Never throws. */
export function readStateUser(state: unknown): Participant | null {
  return parseParticipant(asObject(state)?.user)
}

/**
 * The role the server stamped on a relayed awareness state, or null. The server overwrites
 * whatever a client put there, so the value can be believed; anything but a role whose
 * presence is relayed is ignored. Never throws.
 */
export function readStateRole(state: unknown): PresentRole | null {
  const role = asObject(state)?.role
  return role === Role.facilitator || role === Role.participant ? role : null
}

/**
 * The presence record to show for a remote awareness state, or null when the state has no
 * presence or anything in it is invalid. The record's id is derived from `clientId`, and its
 * label and colour from the validated participant, so the cursor tag always reads
 * "Name · Coop". Never throws.
 */
export function presenceRecordFromState(clientId: number, state: unknown): TLInstancePresence | null {
  const user = readStateUser(state)
  const presence = asObject(asObject(state)?.presence)
  if (!user || !presence) return null
  // A presence claiming to be someone other than its own `user` is not believed.
  if (presence.userId !== participantUserId(user)) return null
  const candidate = {
    ...presence,
    id: presenceIdForClient(clientId),
    userName: participantLabel(user),
    color: user.color,
  }
  try {
    return InstancePresenceRecordType.validate(candidate)
  } catch {
    return null
  }
}
