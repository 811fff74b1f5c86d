/**
 * "Import from Miro…" (facilitators): choose the JSON of Miro's REST API items (one or more
 * pages, connectors too), see what would be imported and what not and why, then import it
 * onto the current page in one transaction; the camera then shows the imported content.
 * A file that cannot be imported gets its reason and changes nothing.
 */
import { useId, useRef, useState } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { Box, type Editor } from 'tldraw'
import { importMiroIntoDoc, readRecords } from '../../../shared/miro/applyImport'
import { planMiroImport, type MiroImportPlan, type MiroImportResult } from '../../../shared/miro/importMiro'
import { useModalDialog } from '../../ui/useModalDialog'
import type { FeatureDoc } from '../../sync/featureDoc'
import { readMiroFile, type MiroFileProblem } from './miroFile'
import { failureText, importedSummary, skippedGroups } from './miroPreview'
import { ModalHeader } from '../../ui/ModalHeader'
import { FileButton } from '../../ui/FileButton'
import '../corners/importDialog.css'
import './miroImport.css'

/** Props of {@link MiroImportDialog}. */
export interface MiroImportDialogProps {
  editor: Editor
  features: FeatureDoc
  onClose: () => void
}

type State =
  | { status: 'empty' }
  | { status: 'reading'; fileName: string }
  | { status: 'problem'; fileName: string; problem: MiroFileProblem }
  | { status: 'ready'; fileName: string; value: unknown; plan: MiroImportPlan }

/** The Miro import dialog. */
export function MiroImportDialog({ editor, features, onClose }: MiroImportDialogProps) {
  const { t } = useTranslation()
  const fileRef = useRef<HTMLInputElement>(null)
  const { dialogRef, onCancel } = useModalDialog({ focus: fileRef, onEscape: onClose })
  const ids = { title: useId(), file: useId(), preview: useId() }
  const [state, setState] = useState<State>({ status: 'empty' })

  async function onFile(file: File | undefined) {
    if (!file) return
    setState({ status: 'reading', fileName: file.name })
    const read = await readMiroFile(file)
    if (!read.ok) return setState({ status: 'problem', fileName: file.name, problem: read })
    // A preview against the board as it is now; the import plans again against the document.
    const planned = planMiroImport(read.value, { pageId: editor.getCurrentPageId(), records: features.read(readRecords) })
    if (!planned.ok) return setState({ status: 'problem', fileName: file.name, problem: planned })
    setState({ status: 'ready', fileName: file.name, value: read.value, plan: planned.plan })
  }

  function runImport() {
    if (state.status !== 'ready') return
    const pageId = editor.getCurrentPageId()
    // Planned again inside the transaction, against the document as it is at that moment.
    const outcome: { result: MiroImportResult | null } = { result: null }
    features.write((doc) => {
      outcome.result = importMiroIntoDoc(doc, state.value, pageId)
    })
    const done = outcome.result
    if (!done || !done.ok) {
      setState({ status: 'problem', fileName: state.fileName, problem: done && !done.ok ? done : { code: 'viewOnly' } })
      return
    }
    const bounds = done.plan.bounds
    if (bounds) editor.zoomToBounds(new Box(bounds.x, bounds.y, bounds.w, bounds.h), { inset: 64, animation: { duration: 400 } })
    onClose()
  }

  const plan = state.status === 'ready' ? state.plan : null
  const total = plan ? Object.values(plan.report.imported).reduce((sum, n) => sum + n, 0) : 0
  const groups = plan ? skippedGroups(plan.report, t) : []
  const skippedCount = plan ? plan.report.skipped.length : 0

  return (
    <dialog ref={dialogRef} className="modal import-dialog" aria-labelledby={ids.title} data-testid="miro-import-dialog" onCancel={onCancel}>
      <form
        className="modal__inner"
        onSubmit={(event) => {
          event.preventDefault()
          runImport()
        }}
      >
        <ModalHeader titleId={ids.title} titleClassName="import-dialog__title" onClose={onClose}>{t('miro.dialog.title')}</ModalHeader>
        <p className="import-dialog__intro">
          {t('miro.dialog.intro')}
        </p>

        <div className="field">
          <div className="field__label-row">
            <span className="field__label">{t('miro.dialog.fileLabel')}</span>
            <FileButton id={ids.file} accept=".json,application/json" testId="miro-import-file" inputRef={fileRef} onFile={(file) => void onFile(file)}>
              {t('miro.dialog.chooseFile')}
            </FileButton>
          </div>
          <p className="field__hint">
            <Trans i18nKey="miro.dialog.hint" components={{ code: <code /> }} />
          </p>
          {state.status !== 'empty' && <p className="import-dialog__file-name">{t('miro.dialog.fromFile', { name: state.fileName })}</p>}
        </div>

        <section className="import-preview" aria-labelledby={ids.preview}>
          <h3 className="import-preview__title" id={ids.preview}>{t('miro.dialog.preview')}</h3>
          {state.status === 'empty' && <p className="import-preview__hint">{t('miro.dialog.chooseToPreview')}</p>}
          {state.status === 'reading' && (
            <p className="import-preview__hint" role="status">
              <span className="spinner spinner--small" aria-hidden="true" /> {t('miro.dialog.reading')}
            </p>
          )}
          {state.status === 'problem' && (
            <p className="import-preview__summary import-preview__summary--problem" role="alert" data-testid="miro-import-error">
              {t('miro.dialog.problem', { error: failureText(state.problem, t) })}
            </p>
          )}
          {plan && (
            <>
              <p className="import-preview__summary" role="status" data-testid="miro-import-summary">
                {total > 0
                  ? skippedCount > 0
                    ? t('miro.dialog.readySkipped', { summary: importedSummary(plan.report, t), count: skippedCount })
                    : t('miro.dialog.ready', { summary: importedSummary(plan.report, t) })
                  : skippedCount > 0
                    ? t('miro.dialog.nothingSkipped', { count: skippedCount })
                    : t('miro.dialog.nothing')}
              </p>
              {groups.length > 0 && (
                <ul className="import-preview__problem-list miro-import__skipped" aria-label={t('miro.dialog.notImported')} data-testid="miro-import-skipped">
                  {groups.map((group) => (
                    <li key={group.reason}>
                      <span className="miro-import__count">{t('miro.dialog.groupCount', { count: group.count })}</span> {group.reason}
                      <span className="miro-import__examples">
                        {' '}
                        {t(group.count > group.examples.length ? 'miro.dialog.examplesMore' : 'miro.dialog.examples', { examples: group.examples.join(', ') })}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </section>

        <div className="import-dialog__actions">
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('miro.dialog.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={!plan || total === 0} data-testid="miro-import-submit">
            {plan && total > 0 ? t('miro.dialog.importCount', { count: total }) : t('miro.dialog.import')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
