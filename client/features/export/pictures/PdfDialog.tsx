/**
 * "PDF of corners and group areas": one page per coop corner and per breakout group area,
 * leaving out the empty ones unless the person unticks that, made one page at a time with
 * "Page 7 of 34" and a Cancel button, then downloaded under the board's name. Nothing is
 * downloaded when cancelled.
 */
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor } from 'tldraw'
import { useModalDialog } from '../../../ui/useModalDialog'
import { saveFile } from '../../corners/saveFile'
import { pdfPages, type PictureArea } from './areas'
import { pictureFileName } from './fileNames'
import { ExportCancelled, exportAreasPdf, type PdfProgress } from './pdfExport'
import { ModalHeader } from '../../../ui/ModalHeader'
import './pictures.css'

/** Props of {@link PdfDialog}. */
export interface PdfDialogProps {
  editor: Editor
  boardTitle: string
  /** The corners and group areas, in page order, empty ones included. */
  areas: readonly PictureArea[]
  onClose: () => void
}

type State = { status: 'idle' } | { status: 'working'; progress: PdfProgress } | { status: 'error'; message: string }

/** The PDF export dialog. */
export function PdfDialog({ editor, boardTitle, areas, onClose }: PdfDialogProps) {
  const { t } = useTranslation()
  const startRef = useRef<HTMLButtonElement>(null)
  const { dialogRef, onCancel } = useModalDialog({ focus: startRef, onEscape: () => cancelAndClose() })
  const titleId = useId()
  const [state, setState] = useState<State>({ status: 'idle' })
  const controllerRef = useRef<AbortController | null>(null)
  const [leaveOutEmpty, setLeaveOutEmpty] = useState(true)
  // Stop working when the dialog goes away for any reason.
  useEffect(() => () => controllerRef.current?.abort(), [])

  const pages = pdfPages(areas, leaveOutEmpty)
  const emptyCount = areas.filter((area) => area.empty).length
  const corners = pages.filter((area) => area.kind === 'corner').length
  const groups = pages.filter((area) => area.kind === 'group').length

  function cancelAndClose() {
    controllerRef.current?.abort()
    onClose()
  }

  async function start() {
    const controller = new AbortController()
    controllerRef.current = controller
    setState({ status: 'working', progress: { done: 0, total: pages.length } })
    try {
      const blob = await exportAreasPdf(
        editor,
        pages,
        boardTitle,
        (progress) => setState({ status: 'working', progress }),
        controller.signal,
        t,
      )
      saveFile(blob, pictureFileName(boardTitle, { kind: 'pdf' }, 'pdf'))
      onClose()
    } catch (error) {
      if (error instanceof ExportCancelled) return
      setState({ status: 'error', message: t('pictures.pdf.failed') })
    }
  }

  const working = state.status === 'working'
  const current = working ? Math.min(state.progress.done + 1, state.progress.total) : 0
  return (
    <dialog ref={dialogRef} className="modal picture-dialog" aria-labelledby={titleId} data-testid="pdf-dialog" onCancel={onCancel}>
      <div className="modal__inner">
        <ModalHeader titleId={titleId} titleClassName="picture-dialog__title" onClose={cancelAndClose}>
          {t('pictures.pdf.title')}
        </ModalHeader>
        {areas.length === 0 ? (
          <p className="picture-dialog__intro" data-testid="pdf-empty">
            {t('pictures.pdf.empty')}
          </p>
        ) : pages.length === 0 ? (
          <p className="picture-dialog__intro" data-testid="pdf-all-empty">
            {t('pictures.pdf.allEmpty')}
          </p>
        ) : (
          <p className="picture-dialog__intro" data-testid="pdf-summary">
            {t(groups > 0 ? 'pictures.pdf.summaryGroups' : 'pictures.pdf.summary', {
              pages: t('pictures.pdf.pages', { count: pages.length }),
              corners: t('pictures.pdf.corners', { count: corners }),
              groups: t('pictures.pdf.groups', { count: groups }),
            })}
          </p>
        )}
        {areas.length > 0 && (
          <label className="picture-dialog__choice">
            <input
              type="checkbox"
              checked={leaveOutEmpty}
              disabled={working}
              data-testid="pdf-leave-out-empty"
              onChange={(event) => setLeaveOutEmpty(event.target.checked)}
            />
            <span>
              {t('pictures.pdf.leaveOutEmpty')}
              {emptyCount > 0 && <span className="picture-dialog__muted"> {t('pictures.pdf.emptyCount', { count: emptyCount })}</span>}
            </span>
          </label>
        )}
        {working && (
          <div className="picture-dialog__progress">
            <p data-testid="pdf-progress" role="status" aria-live="polite">
              {state.progress.done >= state.progress.total
                ? t('pictures.pdf.assembling')
                : t('pictures.pdf.page', { current, total: state.progress.total })}
            </p>
            <progress max={state.progress.total} value={state.progress.done} aria-label={t('pictures.pdf.pagesMade')} />
          </div>
        )}
        {state.status === 'error' && (
          <p className="field__error" role="alert">
            {state.message}
          </p>
        )}
        <div className="picture-dialog__actions">
          <button type="button" className="button button--quiet" onClick={cancelAndClose} data-testid="pdf-cancel">
            {t('pictures.pdf.cancel')}
          </button>
          <button
            ref={startRef}
            type="button"
            className="button button--primary"
            disabled={working || pages.length === 0}
            data-testid="pdf-download"
            onClick={() => void start()}
          >
            {working ? t('pictures.pdf.making') : t('pictures.pdf.download')}
          </button>
        </div>
      </div>
    </dialog>
  )
}
