/**
 * tldraw's "delete" action, asking first when it would take frames holding notes someone else
 * wrote. Every way to delete (Delete and Backspace, the context menu, the quick-actions and
 * mobile toolbar buttons) runs this one action, so overriding it covers them all.
 */
import type { Editor, TLShapeId, TLUiOverrides } from 'tldraw'
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog'
import { deletionRisk, needsConfirmation, type DeletionRisk } from './deletionRisk'

/** What deleting the selection now would take, for the editor's user. */
function riskOfSelection(editor: Editor): { ids: TLShapeId[]; risk: DeletionRisk } {
  const ids = editor.getSelectedShapeIds()
  const selected = editor.getSelectedShapes()
  const removed = [...editor.getShapeAndDescendantIds(ids)].flatMap((id) => editor.getShape(id) ?? [])
  return { ids, risk: deletionRisk(selected, removed, editor.user.getId()) }
}

/** The override of tldraw's delete action. */
export const CONFIRM_DELETE_OVERRIDES: TLUiOverrides = {
  actions(editor, actions, helpers) {
    const original = actions['delete']
    if (!original) return actions
    return {
      ...actions,
      delete: {
        ...original,
        onSelect(source) {
          if (!editor.isIn('select') || editor.getSelectedShapeIds().length === 0) return original.onSelect(source)
          const { ids, risk } = riskOfSelection(editor)
          if (!needsConfirmation(risk)) return original.onSelect(source)
          helpers.addDialog({
            component: (dialog) => (
              <ConfirmDeleteDialog
                risk={risk}
                onClose={() => dialog.onClose()}
                onConfirm={() => {
                  editor.markHistoryStoppingPoint('delete')
                  editor.deleteShapes(ids)
                }}
              />
            ),
          })
        },
      },
    }
  },
}
