/**
 * The arrow the picker is for: the one selected shape, an arrow not locked, whose two ends are
 * bound to two different coops' corners (shared/community/arrowCoops.ts answers that from the
 * editor's records), with the label it carries. Read inside tldraw reactions, so it follows the
 * selection, the bindings and the label as they change.
 */
import { toRichText, type Editor, type TLArrowShape, type TLRecord } from 'tldraw'
import { arrowEndsIn, arrowLabelText, joinedCoops, relationLabelOf, type CoopPair } from '../../../shared/community/arrowCoops'

/** The selected arrow between two coops, and what its label says. */
export interface SelectedRelation extends CoopPair {
  arrowId: TLArrowShape['id']
  /** Its label as plain text, trimmed ('' when it has none). */
  text: string
  /** The label on offer its text names, or null. */
  label: string | null
}

/** The selected arrow between two coops of `rosterIds`, or null. */
export function selectedRelation(editor: Editor, rosterIds: ReadonlySet<string>, labels: readonly string[]): SelectedRelation | null {
  const shape = editor.getOnlySelectedShape()
  if (!shape || !editor.isShapeOfType<TLArrowShape>(shape, 'arrow') || editor.isShapeOrAncestorLocked(shape)) return null
  const ends = arrowEndsIn(editor.getBindingsFromShape(shape, 'arrow')).get(shape.id)
  if (!ends) return null
  const pair = joinedCoops({ get: (id) => editor.store.get(id as TLRecord['id']) }, rosterIds, ends)
  if (!pair) return null
  const text = arrowLabelText(shape)
  return { arrowId: shape.id, ...pair, text, label: relationLabelOf(text, labels) }
}

/** True when two readings name the same arrow, coops and label text. */
export function sameSelectedRelation(a: SelectedRelation | null, b: SelectedRelation | null): boolean {
  return (
    a === b ||
    (a !== null &&
      b !== null &&
      a.arrowId === b.arrowId &&
      a.source === b.source &&
      a.target === b.target &&
      a.text === b.text &&
      a.label === b.label)
  )
}

/** Sets the arrow's label to `label` ('' clears it) as one undoable edit, synced like any other. */
export function labelArrow(editor: Editor, arrowId: TLArrowShape['id'], label: string): void {
  editor.markHistoryStoppingPoint('plenary relation label')
  editor.updateShape<TLArrowShape>({ id: arrowId, type: 'arrow', props: { richText: toRichText(label) } })
}
