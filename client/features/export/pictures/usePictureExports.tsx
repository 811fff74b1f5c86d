/**
 * The Pictures entries of the Export menu ("Picture…" and "PDF of corners and group areas")
 * and the dialog the open one shows. The areas are read from the editor when a dialog opens,
 * so the list is the board as it is then.
 */
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor } from 'tldraw'
import type { ExportAction } from '../../boardFeature'
import { pdfAreas, pictureAreas, type PictureArea } from './areas'
import { PdfDialog } from './PdfDialog'
import { PictureDialog } from './PictureDialog'

type Open = { kind: 'picture'; areas: PictureArea[]; selectionCount: number } | { kind: 'pdf'; areas: PictureArea[] } | null

/** The menu entries and the open dialog (or null) for picture exports of `editor`'s board. */
export function usePictureExports(editor: Editor | null, boardTitle: string): { actions: ExportAction[]; dialog: ReactNode } {
  const { t, i18n } = useTranslation()
  const [open, setOpen] = useState<Open>(null)
  const areasNow = (target: Editor) => pictureAreas(target.getCurrentPageShapes(), t, i18n.language)
  const actions: ExportAction[] = [
    {
      id: 'picture',
      group: 'picture',
      label: t('pictures.menu.picture'),
      description: t('pictures.menu.pictureDescription'),
      run: () => {
        if (editor) setOpen({ kind: 'picture', areas: areasNow(editor), selectionCount: editor.getSelectedShapeIds().length })
      },
    },
    {
      id: 'pdf',
      group: 'picture',
      label: t('pictures.menu.pdf'),
      description: t('pictures.menu.pdfDescription'),
      run: () => {
        if (editor) setOpen({ kind: 'pdf', areas: pdfAreas(areasNow(editor)) })
      },
    },
  ]
  const close = () => setOpen(null)
  let dialog: ReactNode = null
  if (editor && open?.kind === 'picture') {
    dialog = (
      <PictureDialog editor={editor} boardTitle={boardTitle} areas={open.areas} selectionCount={open.selectionCount} onClose={close} />
    )
  } else if (editor && open?.kind === 'pdf') {
    dialog = <PdfDialog editor={editor} boardTitle={boardTitle} areas={open.areas} onClose={close} />
  }
  return { actions, dialog }
}
