/**
 * How much one update and one board may hold. The defaults are sized for a 300-person assembly
 * with up to ~10,000 notes (a note is ~640 B of JSON), with room to spare for honest use.
 */

/** Limits the policy enforces; every change beyond one is refused (compensated), never fatal. */
export interface PolicyLimits {
  /** Most entries (records and named-map entries) one update may change; the rest are refused. */
  maxChangedRecordsPerUpdate: number
  /** Largest record or named-map entry, in bytes of its JSON (UTF-8). */
  maxRecordBytes: number
  /** Most records the `records` map may hold. */
  maxRecords: number
  /** Largest total, in bytes of JSON, of every record and named-map entry on the board. */
  maxBoardBytes: number
  /** Longest map key or top-level type name, in characters; a longer one refuses the whole update. */
  maxKeyLength: number
}

/**
 * Defaults: a select-all move of a 2,000-note corner still goes through in one update; 64 KiB
 * fits a note with several pages of text; 20,000 records is twice the largest board we plan
 * for; 64 MiB is ~10× such a board's JSON and bounds a room's memory; record ids are ~30
 * characters, so 256 leaves room for any id scheme.
 */
export const DEFAULT_POLICY_LIMITS: Readonly<PolicyLimits> = Object.freeze({
  maxChangedRecordsPerUpdate: 2_000,
  maxRecordBytes: 64 * 1024,
  maxRecords: 20_000,
  maxBoardBytes: 64 * 1024 * 1024,
  maxKeyLength: 256,
})

/** The defaults with `overrides` applied; throws on a limit that is not a positive integer. */
export function resolveLimits(overrides: Partial<PolicyLimits> = {}): PolicyLimits {
  const limits: PolicyLimits = { ...DEFAULT_POLICY_LIMITS, ...overrides }
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`policy limit ${name} must be a positive integer`)
  }
  return limits
}
