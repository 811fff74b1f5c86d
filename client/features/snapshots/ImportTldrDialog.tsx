/**
 * "Import .tldr…" (facilitators): choose a tldraw file, see what it holds, add it as a new page
 * (the default: nothing on the board moves) or onto the current page. A broken, foreign or
 * oversized file is refused with a message and nothing is written.
 */
import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor } from 'tldraw'
import type { TldrImportMode } from '../../../shared/boardFiles/tldrImport'
import { useModalDialog } from '../../app/useModalDialog'
import type { FeatureDoc } from '../../sync/featureDoc'
import { importTldr, readTldrFile, type ParsedTldr } from './tldrImport'
import { ModalHeader } from '../../app/ModalHeader'

/** Props of {@link ImportTldrDialog}. */
export interface ImportTldrDialogProps {
  editor: Editor
  features: FeatureDoc
  /** Called after a successful import with a sentence saying what was added. */
  onImported: (message: string) => void
  onClose: () => void
}

/** The import dialog. */
export function ImportTldrDialog({ editor, features, onImported, onClose }: ImportTldrDialogProps) {
  const { t } = useTranslation()
  const fileRef = useRef<HTMLInputElement>(null)
  const { dialogRef, onCancel } = useModalDialog({ focus: fileRef, onEscape: onClose })
  const ids = { title: useId(), file: useId(), hint: useId() }
  const [parsed, setParsed] = useState<ParsedTldr | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [reading, setReading] = useState(false)
  const [mode, setMode] = useState<TldrImportMode>('newPage')

  async function onFile(file: File | undefined) {
    setParsed(null)
    setError(null)
    if (!file) return
    setReading(true)
    const result = await readTldrFile(file, editor)
    setReading(false)
    if (result.ok) setParsed(result.value)
    else setError(result.message)
  }

  function onImport() {
    if (!parsed) return
    try {
      const plan = importTldr(editor, features, parsed, mode)
      const values = {
        shapes: t('snapshots.import.shapes', { count: plan.shapes }),
        name: parsed.fileName,
        skipped: t('snapshots.import.items', { count: plan.skipped }),
      }
      const key = mode === 'newPage' ? 'snapshots.import.doneNewPage' : 'snapshots.import.doneCurrentPage'
      onImported(t(plan.skipped > 0 ? `${key}Skipped` : key, values))
      if (mode === 'newPage') showPage(editor, plan.pageId)
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : t('snapshots.import.failed'))
    }
  }

  return (
    <dialog ref={dialogRef} className="modal tldr-import" aria-labelledby={ids.title} onCancel={onCancel} data-testid="import-tldr-dialog">
      <div className="modal__inner">
        <ModalHeader titleId={ids.title} titleClassName="tldr-import__title" onClose={onClose}>{t('snapshots.import.title')}</ModalHeader>
        <div className="field">
          <label className="field__label" htmlFor={ids.file}>{t('snapshots.import.file')}</label>
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
        {reading && <p className="tldr-import__status" role="status">{t('snapshots.import.reading')}</p>}
        {error && <p className="field__error" role="alert" data-testid="import-tldr-error">{error}</p>}
        {parsed && (
          <p className="tldr-import__summary" role="status" data-testid="import-tldr-summary">
            {t('snapshots.import.summary', {
              name: parsed.fileName,
              shapes: t('snapshots.import.shapes', { count: parsed.shapes }),
              pages: t('snapshots.import.pages', { count: parsed.pages }),
            })}
          </p>
        )}
        <fieldset className="tldr-import__modes">
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
          <button type="button" className="button button--quiet" onClick={onClose}>{t('snapshots.import.cancel')}</button>
          <button type="button" className="button button--primary" data-testid="import-tldr-submit" disabled={!parsed} onClick={onImport}>
            {t('snapshots.import.import')}
          </button>
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
