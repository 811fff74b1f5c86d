/**
 * The shape of a feature's part of the board document: the named maps it adds, the rules that
 * guard them and the records it owns, and the hooks the server's policy runs for it. A feature
 * declares one {@link DocFeature} in its own folder (`shared/<feature>/feature.ts`) and is listed
 * once in shared/features.ts; the policy (server/policy) gathers the rules from that list and
 * names no feature. The rules are pure functions over plain JSON, so clients can run them too.
 * A feature also declares its part of the meeting minutes (shared/export/parts.ts).
 */
import type * as Y from 'yjs'
import type { FeatureMinutes } from './export/parts'
import { jsonEqual } from './jsonEqual'
import type { MapWriters } from './mapWriters'
import { Role } from './protocol'

/** Why part of an update was refused; a metrics label and a log field. */
export type RefusalReason =
  | 'viewer_update'
  | 'invalid_record'
  | 'unknown_record_type'
  | 'invalid_meta'
  | 'invalid_entry'
  | 'invalid_structure'
  | 'locked_shape'
  | 'facilitator_only'
  | 'server_only'
  | 'unknown_root'
  | 'too_many_records'
  | 'record_too_large'
  | 'board_too_large'
  | 'update_too_large'
  | 'review_failed'
  | 'key_too_long'
  | 'remote_content'
  /** Parts of a record left over when it was written whole or deleted (layout 2): dropped. */
  | 'stale_part'
  /** Not refused: shapes the server moved down to make room below an area that grew. */
  | 'made_room'

/** Why one change may not be made: the refusal's reason and a short explanation. */
export interface Problem {
  reason: RefusalReason
  detail: string
}

/** One refused change. */
export interface Refusal {
  reason: RefusalReason
  /** The record (or map key) concerned, when there is one. */
  key?: string
  detail?: string
}

/** Longest client-chosen key quoted in a refusal: refusals end up in logs. */
const MAX_QUOTED_KEY = 120

/** A client-chosen key (record id, map name), shortened for a refusal. */
export function refusalKey(key: string): string {
  return key.length > MAX_QUOTED_KEY ? `${key.slice(0, MAX_QUOTED_KEY)}…` : key
}

/** A key's value at one moment: present with a value, or absent. */
export type Slot = { present: true; value: unknown } | { present: false }

/** True when a record or entry is written back as it was (a client re-sending it): no change. */
export function isResent(before: Slot, after: Slot): boolean {
  return after.present && before.present && jsonEqual(before.value, after.value)
}

/**
 * Who the sender says they are: the participant ids (`user.id`) of the awareness states its
 * connection holds. Tokens open a role, not a person, so this is a claim, not a proof; rules
 * use it to keep one connection from writing entries in someone else's name (a vote, a
 * stance) while it claims another.
 */
export interface WriterIdentity {
  participantIds: ReadonlySet<string>
  /**
   * The coop ids (coopIdFor of `user.coop`, when not blank) the same presence states claim;
   * absent: none. Per-coop rules (dot votes per coop) read it; a claim like the ids.
   */
  coopIds?: ReadonlySet<string>
}

/**
 * One change of a named-map entry, for rules that depend on more than the value: the rest of
 * the document (a vote's state, a group's cap), who writes (role and claimed participant ids)
 * and what the entry was. `after.value`, when present, has passed the map's value rule.
 */
export interface EntryChangeInput {
  doc: Y.Doc
  key: string
  before: Slot
  after: Slot
  role: Role
  writer: WriterIdentity
}

/** One of a feature's named maps: who writes it, and what its entries must be. */
export interface FeatureMap {
  writers: MapWriters
  /** Why `value` may not be stored under `key`, or null. Only plain JSON within the size limit reaches it. */
  value?(key: string, value: unknown): string | null
  /**
   * Why this change may not be made, or null. Run after the writers and value checks, on
   * additions, changes and deletions alike; the document already holds the rest of the same
   * update, so a rule reads the board as it will be.
   */
  change?(change: EntryChangeInput): string | null
}

/** Anything records can be looked up in by id: the board's records (`recordsMap(doc)`), a Map, a store adapter. */
export interface RecordLookup {
  get(id: string): unknown
}

/** One change of a record of the `records` map, as a record rule sees it. */
export interface RecordChangeInput {
  role: Role
  before: Slot
  after: Slot
  /** Where a shape's parent is looked up (a look-up that finds nothing when none is given). */
  records: RecordLookup
  /**
   * The board as the update leaves it, for rules that read a board setting or a named map
   * (the server's review gives it; absent where rules run without one).
   */
  doc?: Y.Doc
}

/**
 * Why `change.role` may not change a record from `change.before` to `change.after`, or null
 * when it may. Rules run only on records a viewer did not send, in the order of the features
 * list and of each feature's rules; the first problem refuses the change.
 */
export type RecordRule = (change: RecordChangeInput) => Problem | null

/**
 * A record rule for records a feature owns outright (those `owns` holds for): only facilitators
 * create, change or delete one, or turn a shape into one. Re-sending one unchanged passes.
 */
export function facilitatorsOnly(owns: (record: unknown) => boolean, detail: string): RecordRule {
  return ({ role, before, after }) => {
    if (role === Role.facilitator) return null
    const touches = (before.present && owns(before.value)) || (after.present && owns(after.value))
    return !touches || isResent(before, after) ? null : { reason: 'facilitator_only', detail }
  }
}

/** A record change the review accepted: its key and its value before the update. */
export interface ReviewedRecord {
  key: string
  before: Slot
}

/** A feature's part of the board document and of the server's policy. */
export interface DocFeature {
  /** A short unique name (the feature's folder). */
  id: string
  /** Its top-level maps in the board's Y.Doc, by name; a name belongs to one feature only. */
  maps?: Readonly<Record<string, FeatureMap>>
  /** Rules on the records (shapes) it owns, such as frames carrying its meta. */
  recordRules?: readonly RecordRule[]
  /**
   * Runs last in the review of a transaction, inside it, with the record changes the other
   * rules accepted: writes what the feature must change in the records as they now are, and
   * reports it as refusals (so the sender also receives the net update).
   */
  afterRecordsReviewed?(doc: Y.Doc, changes: readonly ReviewedRecord[]): Refusal[]
  /** Runs once when a room loads, after quarantine and migration, inside one transaction. */
  atLoad?(doc: Y.Doc): Refusal[]
  /** What it adds to the meeting minutes (shared/export/minutes.ts): header blocks, sections, note decorations. */
  minutes?: FeatureMinutes
}
