/**
 * Whether participants may add coops to the board's roster (and make their corners): a board
 * setting, on unless a facilitator turned it off, so a mistyped name cannot become a new coop
 * with its own corner on a board whose roster is complete. Facilitators may always add coops.
 * Stored under `participantsAddCoops` in the facilitator-only settings map (shared/meeting).
 */
import type * as Y from 'yjs'
import type { EntryChangeInput, Problem, RecordChangeInput } from '../feature'
import { SETTINGS_MAP, SettingsKey } from '../meeting/meeting'
import { Role } from '../protocol'
import { cornerCoopId } from './cornerRecord'
import { ROSTER_MAP } from './roster'

const NEW_COOPS_OFF = 'the facilitator has turned off new coops from participants'

/** True unless a facilitator turned new coops from participants off (the default is on). */
export function participantsMayAddCoops(doc: Y.Doc): boolean {
  return doc.getMap<unknown>(SETTINGS_MAP).get(SettingsKey.participantsAddCoops) !== false
}

/** Turns new coops from participants on or off; on is stored as the absence of the key. */
export function setParticipantsMayAddCoops(doc: Y.Doc, allowed: boolean): void {
  const settings = doc.getMap<unknown>(SETTINGS_MAP)
  if (allowed) settings.delete(SettingsKey.participantsAddCoops)
  else settings.set(SettingsKey.participantsAddCoops, false)
}

/**
 * True when the update under review (the document's open transaction) wrote `key` of `map`.
 * Rules run in the order the review takes entries in, with the rest of the update already in
 * the document; a value the sender wrote in the same update is their claim, not yet the board's.
 */
function writtenInReview(doc: Y.Doc, map: Y.Map<unknown>, key: string): boolean {
  const transaction = doc._transaction
  if (!transaction) return false
  // By content, not identity: a root type the update created before any code asked for it as
  // a map is replaced by a Y.Map sharing the same `_map` (see server/policy/docChanges.ts).
  for (const [type, keys] of transaction.changed) if (type._map === map._map && keys.has(key)) return true
  return false
}

/** Whether new coops from participants are off, as the board held it before the update under review. */
function closedToParticipants(doc: Y.Doc): boolean {
  const settings = doc.getMap<unknown>(SETTINGS_MAP)
  // A participant's own write to the settings is refused, whatever order it is reviewed in.
  return !participantsMayAddCoops(doc) || writtenInReview(doc, settings, SettingsKey.participantsAddCoops)
}

/** The roster's change rule: a participant's new entry is refused while new coops are off. */
export function newCoopEntryProblem({ doc, role, before, after }: EntryChangeInput): string | null {
  if (role === Role.facilitator || before.present || !after.present || !closedToParticipants(doc)) return null
  return NEW_COOPS_OFF
}

/**
 * A participant's new corner while new coops are off: allowed only for a coop that was on the
 * roster before this update (one whose corner went missing), so no corner appears for a coop
 * the roster lacks, whichever of the two the review takes first. Null when allowed, or when
 * the rule runs without a document (in clients).
 */
export function newCornerProblem({ role, before, after, doc }: RecordChangeInput): Problem | null {
  if (role === Role.facilitator || before.present || !after.present || !doc) return null
  const coopId = cornerCoopId(after.value)
  if (coopId === null || !closedToParticipants(doc)) return null
  const roster = doc.getMap<unknown>(ROSTER_MAP)
  if (roster.has(coopId) && !writtenInReview(doc, roster, coopId)) return null
  return { reason: 'facilitator_only', detail: NEW_COOPS_OFF }
}
