/**
 * A participant as tldraw sees it (a `user` record) and as another browser sends it (an
 * unvalidated awareness field). One place, so presence, attribution and the people list agree.
 */
import { createUserId, UserRecordType, type TLUser, type TLUserId } from 'tldraw'
import { z } from 'zod'
import { MAX_COOP_LENGTH, MAX_NAME_LENGTH, participantLabel, type Participant } from '../../shared/participant'

/** Longest participant id accepted from another browser; ids are UUID-sized in practice. */
const MAX_PARTICIPANT_ID_LENGTH = 128

/**
 * Validator for a participant received from another browser. Unknown keys are stripped, so a
 * parsed value is exactly a {@link Participant}.
 */
export const participantSchema = z.object({
  id: z.string().min(1).max(MAX_PARTICIPANT_ID_LENGTH),
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  coop: z.string().max(MAX_COOP_LENGTH),
  // Hex only: the colour is put into CSS by tldraw's cursors, so nothing else gets through.
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
})

/** The participant in `value`, or null when it is not a valid one. Never throws. */
export function parseParticipant(value: unknown): Participant | null {
  const result = participantSchema.safeParse(value)
  return result.success ? result.data : null
}

/** The tldraw user id of a participant, as used by presence, attribution and following. */
export function participantUserId(participant: Participant): TLUserId {
  return createUserId(participant.id)
}

/**
 * The tldraw `user` record for a participant. Its name is the "Name · Coop" label, so
 * cursor tags and attribution show both without any tldraw customisation.
 */
export function participantToUser(participant: Participant): TLUser {
  return UserRecordType.create({
    id: participantUserId(participant),
    name: participantLabel(participant),
    color: participant.color,
  })
}
