/**
 * Who may write the entries of a named map, and what that means for each role. Kept apart from
 * shared/namedMaps.ts, which gathers every feature's maps: a feature's definition names its
 * writers from here without importing the list of features it is part of.
 */
import { Role } from './protocol'

/** Who may write the entries of a named map. */
export const MapWriters = {
  /** Facilitators and participants (viewers never write). */
  everyone: 'everyone',
  /** Facilitators only. */
  facilitators: 'facilitators',
  /** Nobody but the server itself. */
  server: 'server',
  /**
   * Facilitators and participants add entries (keys that did not exist); only facilitators
   * change or delete an entry once it is there. For shared lists that everyone may join but
   * nobody may rewrite for others, like the coop roster.
   */
  everyoneAddsFacilitatorsEdit: 'everyoneAddsFacilitatorsEdit',
} as const
export type MapWriters = (typeof MapWriters)[keyof typeof MapWriters]

/** True when `role` may write entries of a map whose writers are `writers` (for some maps, only new ones). */
export function mayWriteMap(writers: MapWriters, role: Role): boolean {
  switch (writers) {
    case MapWriters.everyone:
    case MapWriters.everyoneAddsFacilitatorsEdit:
      return role === Role.facilitator || role === Role.participant
    case MapWriters.facilitators:
      return role === Role.facilitator
    case MapWriters.server:
      return false
  }
}

/** True when `role` may change or delete an entry that already exists in a map whose writers are `writers`. */
export function mayEditEntries(writers: MapWriters, role: Role): boolean {
  return writers === MapWriters.everyoneAddsFacilitatorsEdit ? role === Role.facilitator : mayWriteMap(writers, role)
}
