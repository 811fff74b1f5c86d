/**
 * The review of one applied update, inside its transaction: find every entry it changed, decide
 * what the sender's role may change, and write compensations for the rest. Order matters:
 * structure first (unknown top-level types, list content), then `meta` (the records are read
 * under the schema label it ends up with), then records and named-map entries, whose size
 * limits are checked last against the board's totals.
 */
import type * as Y from 'yjs'
import { DOC_META_MAP, DocMetaKey, docMetaMap, RECORDS_MAP, recordsMap } from '../../shared/boardDoc'
import type { FeatureSet } from '../../shared/featureSet'
import { jsonEqual } from '../../shared/jsonEqual'
import { BOARD_FEATURE_SET } from '../../shared/namedMaps'
import { Role } from '../../shared/protocol'
import { remoteContentProblem } from './assetRules'
import type { BoardTally } from './boardTally'
import { clearList, clearType, restoreEntry } from './compensate'
import { changedRoots, slotBefore, slotNow, TransactionDeletions, type RootChange, type Slot } from './docChanges'
import { isPlainJson, jsonByteSize } from './json'
import type { PolicyLimits } from './limits'
import { metaEntryProblem } from './metaRules'
import { namedMapChangeProblem, namedMapValueProblem, namedMapWriteProblem, type NamedMaps } from './namedMapRules'
import type { ReadPlan, RecordSchema } from './recordSchema'
import { dropOrphanParts, groupRecordChanges, isRecordMap, type EntryChange, type RecordChange } from './recordChanges'
import { recordRoleProblem } from './roleRules'
import { ANONYMOUS_WRITER, refusalKey, type Problem, type Refusal, type RefusalReason, type WriterIdentity } from './types'

/** What a review needs besides the document: the features, the schema, the limits, the board's totals and its id. */
export interface ReviewContext {
  /** The named maps, record rules and hooks of the board's features. */
  features: FeatureSet
  schema: RecordSchema
  limits: PolicyLimits
  tally: BoardTally
  /** The board the document is, whose asset paths an image may use (null or absent: none). */
  boardId?: string | null
}

/** What the review judges: a whole record's change, or one named-map entry's. */
type Change = RecordChange | EntryChange

/** True for the top-level maps of a board: records and their parts, meta and Plenary's named maps. */
function isKnownRoot(maps: NamedMaps, name: string): boolean {
  return isRecordMap(name) || name === DOC_META_MAP || maps.has(name)
}

function isNoOp(before: Slot, after: Slot): boolean {
  return before.present ? after.present && before.value === after.value : !after.present
}

/** The raw entries a change consists of: a record's base and parts, or the entry itself. */
function entriesOf(change: Change): readonly EntryChange[] {
  return 'entries' in change ? change.entries : [change]
}

/** Puts back everything `change` changed. */
function restoreChange(doc: Y.Doc, change: Change): void {
  for (const entry of entriesOf(change)) restoreEntry(doc.getMap(entry.map), entry.key, entry.before)
}

function slotBytes(slot: Slot): number {
  return slot.present ? (jsonByteSize(slot.value) ?? 0) : 0
}

/** Reviews the open `transaction` for a client of `role`; returns what it refused. */
export function reviewTransaction(
  context: ReviewContext,
  doc: Y.Doc,
  transaction: Y.Transaction,
  role: Role,
  writer: WriterIdentity = ANONYMOUS_WRITER,
): Refusal[] {
  const roots = changedRoots(doc, transaction)
  if (roots.size === 0) return []
  // Read before any compensation, while it still describes the board before this update.
  const totals = context.tally.totalsOf(doc)
  const deletions = new TransactionDeletions(transaction)
  const refusals: Refusal[] = []

  const entries: EntryChange[] = []
  const recordEntries: EntryChange[] = []
  let metaChange: RootChange | undefined
  for (const change of roots.values()) {
    if (!isKnownRoot(context.features.maps, change.name)) {
      if (clearType(change.type, transaction) > 0) {
        refusals.push({ reason: 'unknown_root', key: refusalKey(change.name), detail: 'not a top-level type of a Plenary board' })
      }
      continue
    }
    if (change.listChanged && clearList(change.type, transaction) > 0) {
      refusals.push({ reason: 'invalid_structure', key: refusalKey(change.name), detail: 'list content in a map' })
    }
    if (change.name === DOC_META_MAP) {
      metaChange = change
      continue
    }
    for (const key of change.keys) {
      const before = slotBefore(change.type, key, transaction, deletions)
      const after = slotNow(change.type, key)
      if (!isNoOp(before, after)) (isRecordMap(change.name) ? recordEntries : entries).push({ map: change.name, key, before, after })
    }
  }
  const changes: Change[] = [...wholeRecordChanges(doc, recordEntries, refusals), ...entries]

  if (metaChange) reviewMeta(context, doc, metaChange, transaction, deletions, role, refusals)
  // Records are judged in the form the document will say they are in once this update is done.
  const plan = context.schema.readPlan(docMetaMap(doc).get(DocMetaKey.schema))

  const { maxChangedRecordsPerUpdate } = context.limits
  const excess = changes.splice(maxChangedRecordsPerUpdate)
  refuseAll(doc, excess, 'update_too_large', `more than ${maxChangedRecordsPerUpdate} changed entries in one update`, refusals)

  const accepted: Change[] = []
  for (const change of changes) {
    const problem = entryProblem(context, doc, change, role, writer, plan)
    if (!problem) {
      accepted.push(change)
      continue
    }
    restoreChange(doc, change)
    refusals.push({ reason: problem.reason, key: refusalKey(change.key), detail: problem.detail })
  }
  enforceBoardLimits(context.limits, doc, totals, accepted, refusals)
  // Last, on the records as the other rules left them: the features' hooks (what stays in an
  // anonymous area names no one).
  const recordChanges = accepted.filter((change) => change.map === RECORDS_MAP)
  if (recordChanges.length > 0) {
    for (const feature of context.features.features) refusals.push(...(feature.afterRecordsReviewed?.(doc, recordChanges) ?? []))
  }
  if (refusals.length > 0) markServerWrites(transaction)
  return refusals
}

/**
 * The fallback when a review fails unexpectedly: refuse the whole transaction (every changed
 * entry back to its value before, every unknown or list content removed), so a bug in the
 * policy closes the board to that update rather than opening it.
 */
export function refuseTransaction(
  doc: Y.Doc,
  transaction: Y.Transaction,
  error: unknown,
  maps: NamedMaps = BOARD_FEATURE_SET.maps,
): Refusal[] {
  const deletions = new TransactionDeletions(transaction)
  for (const change of changedRoots(doc, transaction).values()) {
    if (!isKnownRoot(maps, change.name)) {
      clearType(change.type, transaction)
      continue
    }
    clearList(change.type, transaction)
    const map = doc.getMap(change.name)
    for (const key of change.keys) {
      const before = slotBefore(change.type, key, transaction, deletions)
      if (!isNoOp(before, slotNow(change.type, key))) restoreEntry(map, key, before)
    }
  }
  markServerWrites(transaction)
  const detail = error instanceof Error ? error.message : String(error)
  return [{ reason: 'review_failed', detail: `the whole update was refused: ${detail}` }]
}

/**
 * Marks a transaction that now holds the server's own compensating writes as local. Yjs marks
 * a transaction that applies an update as remote, and when a remote transaction advances the
 * document's own client id it assumes another peer uses that id: it prints a warning and gives
 * the document a new client id, which would add a state-vector entry per refused update.
 * `local` has no other effect on a server document: it only drives the UndoManager and the
 * index caches of Y.Array and Y.Text, neither of which the server creates.
 */
function markServerWrites(transaction: Y.Transaction): void {
  transaction.local = true
}

function reviewMeta(
  context: ReviewContext,
  doc: Y.Doc,
  change: RootChange,
  transaction: Y.Transaction,
  deletions: TransactionDeletions,
  role: Role,
  refusals: Refusal[],
): void {
  for (const key of change.keys) {
    const before = slotBefore(change.type, key, transaction, deletions)
    const after = slotNow(change.type, key)
    if (isNoOp(before, after)) continue
    const problem = role === Role.viewer ? 'viewers change nothing' : metaEntryProblem(key, after, context.schema)
    if (problem === null) continue
    restoreEntry(docMetaMap(doc), key, before)
    refusals.push({ reason: role === Role.viewer ? 'viewer_update' : 'invalid_meta', key: refusalKey(key), detail: problem })
  }
}

function entryProblem(
  context: ReviewContext,
  doc: Y.Doc,
  entry: Change,
  role: Role,
  writer: WriterIdentity,
  plan: ReadPlan,
): Problem | null {
  if (role === Role.viewer) return { reason: 'viewer_update', detail: 'viewers change nothing' }
  const { after } = entry
  const { maps, recordRules } = context.features
  if (!('entries' in entry)) {
    const writeProblem = namedMapWriteProblem(entry.map, role, entry.before, after, maps)
    if (writeProblem) return writeProblem
    if (after.present) {
      if (!isPlainJson(after.value)) return { reason: 'invalid_structure', detail: 'not plain JSON' }
      const valueProblem = sizeProblem(context.limits, after.value) ?? namedMapValueProblem(entry.map, entry.key, after.value, maps)
      if (valueProblem) return valueProblem
    }
    return namedMapChangeProblem(entry.map, { doc, key: entry.key, before: entry.before, after, role, writer }, maps)
  }
  const structure = partsProblem(entry)
  if (structure) return structure
  const roleProblem = recordRoleProblem(role, entry.before, after, recordsMap(doc), recordRules, doc)
  if (roleProblem || !after.present) return roleProblem
  const tooLarge = sizeProblem(context.limits, after.value)
  if (tooLarge) return tooLarge
  const verdict = context.schema.check(entry.key, after.value, plan)
  return verdict.ok ? remoteContentProblem(verdict.record, context.boardId ?? null) : { reason: verdict.reason, detail: verdict.detail }
}

/** Every part written is a plain JSON object (a reader ignores anything else); the base is judged as a record. */
function partsProblem(change: RecordChange): Problem | null {
  for (const entry of change.entries) {
    if (!entry.after.present || entry.map === RECORDS_MAP) continue
    if (!isPlainJson(entry.after.value)) return { reason: 'invalid_structure', detail: 'not plain JSON' }
    const value = entry.after.value
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { reason: 'invalid_record', detail: `${entry.map} holds an object of the record's fields` }
    }
  }
  return null
}

/**
 * The record changes among `entries` (base and part maps), whole. Parts left stale by a whole
 * write or a deletion, and parts of no record, are dropped here and reported in `refusals`.
 * A record whose parts were rewritten with the same values is no change.
 */
function wholeRecordChanges(doc: Y.Doc, entries: readonly EntryChange[], refusals: Refusal[]): RecordChange[] {
  if (entries.length === 0) return []
  const changes = groupRecordChanges(doc, entries, refusals)
  dropOrphanParts(doc, changes, refusals)
  return changes.filter((change) => {
    if (partsProblem(change)) return true
    if (!change.before.present) return change.after.present
    return !(change.after.present && jsonEqual(change.before.value, change.after.value))
  })
}

function sizeProblem(limits: PolicyLimits, value: unknown): Problem | null {
  const bytes = jsonByteSize(value)
  if (bytes === null) return { reason: 'invalid_record', detail: 'not JSON' }
  return bytes > limits.maxRecordBytes
    ? { reason: 'record_too_large', detail: `${bytes} bytes of JSON, over ${limits.maxRecordBytes}` }
    : null
}

/**
 * Refuses the growth that would take the board over its totals. Changes that free room
 * (deletions, smaller records) are counted first, so an update that deletes some notes and
 * adds others is judged on its net effect.
 */
function enforceBoardLimits(
  limits: PolicyLimits,
  doc: Y.Doc,
  totals: Readonly<{ records: number; bytes: number }>,
  accepted: Change[],
  refusals: Refusal[],
): void {
  const sized = accepted.map((entry) => ({
    entry,
    records: entry.map === RECORDS_MAP ? Number(entry.after.present) - Number(entry.before.present) : 0,
    bytes: entriesOf(entry).reduce((sum, raw) => sum + slotBytes(raw.after) - slotBytes(raw.before), 0),
  }))
  const growsLast = [...sized.filter((s) => s.records <= 0 && s.bytes <= 0), ...sized.filter((s) => s.records > 0 || s.bytes > 0)]
  let records = totals.records
  let bytes = totals.bytes
  const overCount: Change[] = []
  const overBytes: Change[] = []
  for (const change of growsLast) {
    if (change.records > 0 && records + change.records > limits.maxRecords) overCount.push(change.entry)
    else if (change.bytes > 0 && bytes + change.bytes > limits.maxBoardBytes) overBytes.push(change.entry)
    else {
      records += change.records
      bytes += change.bytes
    }
  }
  refuseAll(doc, overCount, 'too_many_records', `the board holds at most ${limits.maxRecords} records`, refusals)
  refuseAll(doc, overBytes, 'board_too_large', `the board holds at most ${limits.maxBoardBytes} bytes`, refusals)
}

/** Compensates every entry and reports them as one refusal (a large paste is one event, not thousands). */
function refuseAll(doc: Y.Doc, entries: Change[], reason: RefusalReason, detail: string, refusals: Refusal[]): void {
  const first = entries[0]
  if (!first) return
  for (const entry of entries) restoreChange(doc, entry)
  refusals.push({ reason, key: refusalKey(first.key), detail: `${entries.length} change(s) refused: ${detail}` })
}
