/**
 * Keeps a participant's editor from changing coop corners, which only facilitators may move,
 * resize, rename or delete. The server enforces this whatever a client does; the guard only
 * spares the participant a frame that moves and then jumps back when the server refuses it.
 */
import type { Editor, TLShape } from 'tldraw'
import { isCornerRecord } from '../../../shared/corners/cornerRecord'
import { isGrowthOnly } from '../../../shared/placement/growth'

/**
 * Registers the guard on `editor`; returns the unregister function. Remote changes pass: they
 * are what the server accepted. Corner frames are also kept out of the selection, so that
 * "delete" on a selected corner cannot take the notes inside it along with it.
 */
export function registerCornerGuard(editor: Editor): () => void {
  // Growing a full corner downwards ("Add sticky note") is the one change the server lets through.
  const unregisterChange = editor.sideEffects.registerBeforeChangeHandler('shape', (prev, next, source) =>
    source === 'user' && isCornerRecord(prev) && !isGrowthOnly({ present: true, value: prev }, { present: true, value: next })
      ? prev
      : next,
  )
  const unregisterDelete = editor.sideEffects.registerBeforeDeleteHandler('shape', (shape, source) =>
    source === 'user' && isCornerRecord(shape) ? false : undefined,
  )
  const unregisterSelection = editor.sideEffects.registerAfterChangeHandler('instance_page_state', (prev, next) => {
    if (prev.selectedShapeIds === next.selectedShapeIds) return
    const kept = next.selectedShapeIds.filter((id) => {
      const shape: TLShape | undefined = editor.getShape(id)
      return !shape || !isCornerRecord(shape)
    })
    if (kept.length !== next.selectedShapeIds.length) editor.setSelectedShapes(kept)
  })
  return () => {
    unregisterChange()
    unregisterDelete()
    unregisterSelection()
  }
}
