/**
 * "Import .tldr…" (facilitators): choose a tldraw file, see what it holds and what will be left
 * out and why (pictures that load from elsewhere, embeds, link cards), add it as a new page
 * (the default: nothing on the board moves) or onto the current page. Images held in the file
 * are stored on the board first, with progress; when anything was left out the dialog stays
 * open with the list. A broken, foreign or oversized file is refused and nothing is written.
 */
import { useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor } from 'tldraw'
import { previewLeftOut } from '../../../shared/boardFiles/tldrAssets'
import type { TldrImportMode } from '../../../shared/boardFiles/tldrImport'
import { useModalDialog } from '../../ui/useModalDialog'
import type { FeatureDoc } from '../../sync/featureDoc'
import { leftOutLines } from './importReport'
import { importTldr, readTldrFile, uploadTldrImages, type ParsedTldr } from './tldrImport'
import type { ImageUploader } from './tldrUploads'
import { ModalHeader } from '../../ui/ModalHeader'

/** Props of {@link ImportTldrDialog}. */
export interface ImportTldrDialogProps {
  editor: Editor
  features: FeatureDoc
  /** The board imported into; images already in its asset store are kept as they are. */
  boardId: string
  /** Stores one image in the board's asset store. */
  upload: ImageUploader
  /** Called after a successful import with a sentence saying what was added. */
  onImported: (message: string) => void
  onClose: () => void
}

/** The import dialog. */
export function ImportTldrDialog({ editor, features, boardId, upload, onImported, onClose }: ImportTldrDialogProps) {
  const { t } = useTranslation()
  const fileRef = useRef<HTMLInputElement>(null)
  const ids = { title: useId(), file: useId(), hint: useId(), leftOut: useId() }
  const [parsed, setParsed] = useState<ParsedTldr | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [reading, setReading] = useState(false)
  const [mode, setMode] = useState<TldrImportMode>('newPage')
  const [uploading, setUploading] = useState<{ done: number; total: number } | null>(null)
  // After an import that left something out: what was said, and the list of why.
  const [report, setReport] = useState<{ message: string; lines: string[] } | null>(null)
  // Once something was imported, closing the dialog in any way reports it in the panel.
  // While images are being stored the import cannot be called off half way.
  const close = report ? () => onImported(report.message) : uploading ? () => undefined : onClose
  const { dialogRef, onCancel } = useModalDialog({ focus: fileRef, onEscape: close })
  const preview = useMemo(() => (parsed ? previewLeftOut(parsed.records, boardId) : null), [parsed, boardId])
  const previewLines = preview ? leftOutLines(preview.leftOut, t) : []

  async function onFile(file: File | undefined) {
    setParsed(null)
    setError(null)
    setReport(null)
    if (!file) return
    setReading(true)
    const result = await readTldrFile(file, editor)
    setReading(false)
    if (result.ok) setParsed(result.value)
    else setError(result.message)
  }

  async function onImport() {
    if (!parsed || uploading) return
    setError(null)
    try {
      if (!features.canWrite) throw new Error(t('snapshots.restore.readOnly'))
      const total = preview?.uploads ?? 0
      if (total > 0) setUploading({ done: 0, total })
      const uploads = await uploadTldrImages(parsed, boardId, upload, (done) => setUploading({ done, total }))
      setUploading(null)
      const plan = importTldr(editor, features, parsed, mode, { boardId, uploads })
      const values = {
        shapes: t('snapshots.import.shapes', { count: plan.shapes }),
        name: parsed.fileName,
        skipped: t('snapshots.import.items', { count: plan.skipped }),
      }
      const key = mode === 'newPage' ? 'snapshots.import.doneNewPage' : 'snapshots.import.doneCurrentPage'
      const message = t(plan.skipped > 0 ? `${key}Skipped` : key, values)
      if (mode === 'newPage') showPage(editor, plan.pageId)
      if (plan.skipped > 0) {
        setParsed(null)
        setReport({ message, lines: leftOutLines(plan.leftOut, t) })
      } else onImported(message)
    } catch (problem) {
      setUploading(null)
      setError(problem instanceof Error ? problem.message : t('snapshots.import.failed'))
    }
  }

  return (
    <dialog ref={dialogRef} className="modal tldr-import" aria-labelledby={ids.title} onCancel={onCancel} data-testid="import-tldr-dialog">
      <div className="modal__inner">
        <ModalHeader titleId={ids.title} titleClassName="tldr-import__title" onClose={close}>
          {t('snapshots.import.title')}
        </ModalHeader>
        <div className="field">
          <label className="field__label" htmlFor={ids.file}>
            {t('snapshots.import.file')}
          </label>
          <input
            ref={fileRef}
            id={ids.file}
            className="input tldr-import__file"
            type="file"
            accept=".tldr,application/vnd.tldraw+json,application/json"
            aria-describedby={ids.hint}
            data-testid="import-tldr-file"
            onChange={(event) => void onFile(event.target.files?.[0])}
          />
          <p className="field__hint" id={ids.hint}>
            {t('snapshots.import.hint')}
          </p>
        </div>
        {reading && (
          <p className="tldr-import__status" role="status">
            {t('snapshots.import.reading')}
          </p>
        )}
        {error && (
          <p className="field__error" role="alert" data-testid="import-tldr-error">
            {error}
          </p>
        )}
        {parsed && (
          <p className="tldr-import__summary" role="status" data-testid="import-tldr-summary">
            {t('snapshots.import.summary', {
              name: parsed.fileName,
              shapes: t('snapshots.import.shapes', { count: parsed.shapes }),
              pages: t('snapshots.import.pages', { count: parsed.pages }),
            })}
            {preview && preview.uploads > 0 && <> {t('snapshots.import.uploads', { count: preview.uploads })}</>}
          </p>
        )}
        {report && (
          <p className="tldr-import__summary" role="status" data-testid="import-tldr-done">
            {report.message}
          </p>
        )}
        {(report ? report.lines : previewLines).length > 0 && (
          <section className="tldr-import__left-out" aria-labelledby={ids.leftOut} data-testid="import-tldr-left-out">
            <h3 className="field__label" id={ids.leftOut}>
              {t('snapshots.import.leftOutTitle')}
            </h3>
            <ul>
              {(report ? report.lines : previewLines).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
        )}
        {uploading && (
          <p className="tldr-import__status" role="status" data-testid="import-tldr-uploading">
            <span className="spinner spinner--small" aria-hidden="true" /> {t('snapshots.import.uploading', uploading)}
          </p>
        )}
        <fieldset className="tldr-import__modes" hidden={report !== null}>
          <legend className="field__label">{t('snapshots.import.where')}</legend>
          <label className="tldr-import__mode">
            <input type="radio" name="tldr-import-mode" checked={mode === 'newPage'} onChange={() => setMode('newPage')} />
            <span>
              <strong>{t('snapshots.import.newPage')}</strong>
              <span className="tldr-import__mode-hint">{t('snapshots.import.newPageHint')}</span>
            </span>
          </label>
          <label className="tldr-import__mode">
            <input type="radio" name="tldr-import-mode" checked={mode === 'currentPage'} onChange={() => setMode('currentPage')} />
            <span>
              <strong>{t('snapshots.import.currentPage')}</strong>
              <span className="tldr-import__mode-hint">{t('snapshots.import.currentPageHint')}</span>
            </span>
          </label>
        </fieldset>
        <div className="tldr-import__actions">
          {report ? (
            <button type="button" className="button button--primary" data-testid="import-tldr-close" onClick={close}>
              {t('snapshots.import.close')}
            </button>
          ) : (
            <>
              <button type="button" className="button button--quiet" disabled={uploading !== null} onClick={onClose}>
                {t('snapshots.import.cancel')}
              </button>
              <button
                type="button"
                className="button button--primary"
                data-testid="import-tldr-submit"
                disabled={!parsed || uploading !== null}
                onClick={() => void onImport()}
              >
                {t('snapshots.import.import')}
              </button>
            </>
          )}
        </div>
      </div>
    </dialog>
  )
}

/** Switches to the imported page once the binding has put it into the editor's store. */
function showPage(editor: Editor, pageId: string): void {
  let tries = 0
  const attempt = () => {
    const page = editor.getPages().find((p) => p.id === pageId)
    if (page) {
      editor.setCurrentPage(page.id)
      editor.zoomToFit({ animation: { duration: 0 } })
    } else if (tries++ < 60) requestAnimationFrame(attempt)
  }
  attempt()
}
