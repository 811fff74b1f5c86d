/**
 * Which two coops an arrow joins, and which relation label it carries: the one answer to
 * "is this arrow a relation between coops?", shared by the board's label picker
 * (client/features/relations) and the community's relations (shared/community/relations.ts,
 * helper B2: use {@link coopArrows} and {@link relationLabelOf} there rather than answering it
 * again).
 *
 * An arrow joins two coops when both of its ends are bound (tldraw arrow bindings: `fromId`
 * the arrow, `toId` the shape, `props.terminal` 'start' or 'end') to a coop's corner or to a
 * shape inside one, at any depth, and the two coops differ. A corner is a frame whose
 * `meta.coopId` names a coop of the roster (shared/corners/cornerRecord.ts: the meta, not the
 * roster's `cornerId` hint, ties a corner to its coop). Records are plain JSON as the board
 * document holds them; the tldraw store's records have the same shape. Pure.
 */
import type { RecordLookup } from '../feature'
import { findUpFrom } from '../areas/areas'
import { cornerCoopId } from '../corners/cornerRecord'
import { richTextToPlainText } from '../export/richText'
import { matchKey } from '../text/fold'
import { asObject } from '../values'

/** The shapes an arrow's two ends are bound to (null: that end is free). */
export interface ArrowEnds {
  start: string | null
  end: string | null
}

/** The two coops an arrow joins: `source` at its start, `target` at its end. */
export interface CoopPair {
  source: string
  target: string
}

/** An arrow that joins two coops, with its label as plain text (trimmed; '' when it has none). */
export interface CoopArrow extends CoopPair {
  arrowId: string
  label: string
}

/** The arrow id, end and bound shape of a tldraw arrow binding record, or null for any other value. */
function arrowBindingOf(value: unknown): { arrowId: string; terminal: 'start' | 'end'; shapeId: string } | null {
  const record = asObject(value)
  if (!record || record.typeName !== 'binding' || record.type !== 'arrow') return null
  const { fromId, toId } = record
  const terminal = asObject(record.props)?.terminal
  if (typeof fromId !== 'string' || typeof toId !== 'string' || (terminal !== 'start' && terminal !== 'end')) return null
  return { arrowId: fromId, terminal, shapeId: toId }
}

/** The ends of every bound arrow among `records` (any records: bindings are picked out), by arrow id. */
export function arrowEndsIn(records: Iterable<unknown>): Map<string, ArrowEnds> {
  const ends = new Map<string, ArrowEnds>()
  for (const record of records) {
    const binding = arrowBindingOf(record)
    if (!binding) continue
    const current = ends.get(binding.arrowId) ?? { start: null, end: null }
    // A corrupt board could bind one end twice: the smaller shape id wins, so every reader agrees.
    const before = current[binding.terminal]
    if (before === null || binding.shapeId < before) current[binding.terminal] = binding.shapeId
    ends.set(binding.arrowId, current)
  }
  return ends
}

/**
 * The coop whose corner holds `shapeId` (the corner itself, or a shape inside it at any
 * depth), or null when it lies in no corner of a coop in `rosterIds`.
 */
export function coopOfShape(records: RecordLookup, rosterIds: ReadonlySet<string>, shapeId: string): string | null {
  const isCorner = (shape: Record<string, unknown>): boolean => {
    const coopId = cornerCoopId(shape)
    return coopId !== null && rosterIds.has(coopId)
  }
  const cornerId = findUpFrom(records, shapeId, isCorner)
  return cornerId === null ? null : cornerCoopId(records.get(cornerId))
}

/** The two different coops an arrow with these ends joins, or null (an end free or outside corners, or one coop at both ends). */
export function joinedCoops(records: RecordLookup, rosterIds: ReadonlySet<string>, ends: ArrowEnds): CoopPair | null {
  if (ends.start === null || ends.end === null) return null
  const source = coopOfShape(records, rosterIds, ends.start)
  const target = coopOfShape(records, rosterIds, ends.end)
  return source !== null && target !== null && source !== target ? { source, target } : null
}

/** An arrow record's label as plain text, trimmed; '' for a record that is not an arrow or has no label. */
export function arrowLabelText(record: unknown): string {
  const shape = asObject(record)
  if (!shape || shape.typeName !== 'shape' || shape.type !== 'arrow') return ''
  return richTextToPlainText(asObject(shape.props)?.richText).trim()
}

/** The label among `labels` that `text` names (folded: case, accents, spacing and punctuation), or null. */
export function relationLabelOf(text: string, labels: readonly string[]): string | null {
  const key = matchKey(text)
  if (key === '') return null
  return labels.find((label) => matchKey(label) === key) ?? null
}

/**
 * Every arrow of a board that joins two coops of `rosterIds`, with its label, in the order
 * of `records.forEach` (the board's records: `recordsMap(doc)`, or a Map of plain records).
 */
export function coopArrows(
  records: RecordLookup & { forEach: (visit: (value: unknown, id: string) => void) => void },
  rosterIds: ReadonlySet<string>,
): CoopArrow[] {
  const bindings: unknown[] = []
  records.forEach((value) => {
    if (asObject(value)?.typeName === 'binding') bindings.push(value)
  })
  const found: CoopArrow[] = []
  for (const [arrowId, ends] of arrowEndsIn(bindings)) {
    const arrow = records.get(arrowId)
    if (asObject(arrow)?.type !== 'arrow') continue
    const pair = joinedCoops(records, rosterIds, ends)
    if (pair) found.push({ arrowId, ...pair, label: arrowLabelText(arrow) })
  }
  return found
}
