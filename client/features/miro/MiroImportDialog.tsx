/**
 * "Import from Miro…" (facilitators): choose the JSON of Miro's REST API items (all the page
 * files at once, in any order, or a zip of them; connectors too), see what would be imported,
 * what not and why, and what looks missing from the export, then import it
 * onto the current page in one transaction; the camera then shows the imported content.
 * A file that cannot be imported gets its reason and changes nothing.
 */
import { useId, useRef, useState } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import type { Editor } from 'tldraw'
import { importMiroIntoDoc, readRecords } from '../../../shared/miro/applyImport'
import type { MiroImportPlan, MiroImportResult } from '../../../shared/miro/importMiro'
import { useModalDialog } from '../../ui/useModalDialog'
import type { FeatureDoc } from '../../sync/featureDoc'
import { showImport } from './importCamera'
import type { MiroWarning } from '../../../shared/miro/pages'
import type { MiroFileProblem } from './miroFile'
import { choiceCounter, prepareMiroImport, problemFileName } from './prepareImport'
import { failureText, importedSummary, skippedGroups, warningText } from './miroPreview'
import { lostLines, miroImportWords } from './importWords'
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
  | { status: 'reading'; names: string[] }
  | { status: 'problem'; names: string[]; problem: MiroFileProblem }
  | { status: 'ready'; names: string[]; value: unknown; plan: MiroImportPlan; warnings: MiroWarning[] }

/** The chosen files' names as the dialog lists them: the first few, then "…". */
function shownNames(names: readonly string[]): string {
  return names.length > 4 ? `${names.slice(0, 3).join(', ')}, …` : names.join(', ')
}

/** The Miro import dialog. */
export function MiroImportDialog({ editor, features, onClose }: MiroImportDialogProps) {
  const { t } = useTranslation()
  const fileRef = useRef<HTMLInputElement>(null)
  const { dialogRef, onCancel } = useModalDialog({ focus: fileRef, onEscape: onClose })
  const ids = { title: useId(), file: useId(), preview: useId() }
  const [state, setState] = useState<State>({ status: 'empty' })
  // A slower earlier read must not replace a newer choice's preview.
  const choices = useRef(choiceCounter())

  async function onFiles(files: File[]) {
    if (files.length === 0) return
    const isLatest = choices.current.begin()
    const names = files.map((file) => file.name)
    setState({ status: 'reading', names })
    const prepared = await prepareMiroImport(files, () => ({
      pageId: editor.getCurrentPageId(),
      records: features.read(readRecords),
      words: miroImportWords(t),
    }))
    if (!isLatest()) return
    setState(
      prepared.ok
        ? { status: 'ready', names, value: prepared.value, plan: prepared.plan, warnings: prepared.warnings }
        : { status: 'problem', names, problem: prepared.problem },
    )
  }

  function runImport() {
    if (state.status !== 'ready') return
    const pageId = editor.getCurrentPageId()
    // Planned again inside the transaction, against the document as it is at that moment.
    const outcome: { result: MiroImportResult | null } = { result: null }
    features.write((doc) => {
      outcome.result = importMiroIntoDoc(doc, state.value, pageId, miroImportWords(t))
    })
    const done = outcome.result
    if (!done || !done.ok) {
      setState({ status: 'problem', names: state.names, problem: done && !done.ok ? done : { code: 'viewOnly' } })
      return
    }
    showImport(editor, done.plan)
    onClose()
  }

  const plan = state.status === 'ready' ? state.plan : null
  const problemFile = state.status === 'problem' ? problemFileName(state.problem, state.names) : null
  const warnings = state.status === 'ready' ? state.warnings : []
  const total = plan ? Object.values(plan.report.imported).reduce((sum, n) => sum + n, 0) : 0
  const groups = plan ? skippedGroups(plan.report, t) : []
  const lost = plan ? lostLines(plan.report, t) : []
  const skippedCount = plan ? plan.report.skipped.length : 0

  return (
    <dialog
      ref={dialogRef}
      className="modal import-dialog miro-import"
      aria-labelledby={ids.title}
      data-testid="miro-import-dialog"
      onCancel={onCancel}
    >
      <form
        className="modal__inner"
        onSubmit={(event) => {
          event.preventDefault()
          runImport()
        }}
      >
        <ModalHeader titleId={ids.title} titleClassName="import-dialog__title" onClose={onClose}>
          {t('miro.dialog.title')}
        </ModalHeader>
        <p className="import-dialog__intro">{t('miro.dialog.intro')}</p>

        <div className="field">
          <div className="field__label-row">
            <span className="field__label">{t('miro.dialog.fileLabel')}</span>
            <FileButton
              id={ids.file}
              accept=".json,application/json,.zip,application/zip"
              testId="miro-import-file"
              inputRef={fileRef}
              onFiles={(files) => void onFiles(files)}
            >
              {t('miro.dialog.chooseFile')}
            </FileButton>
          </div>
          <p className="field__hint">
            <Trans i18nKey="miro.dialog.hint" components={{ code: <code /> }} />
          </p>
          {state.status !== 'empty' && (
            <p className="import-dialog__file-name" data-testid="miro-import-files">
              {t('miro.dialog.fromFiles', { count: state.names.length, names: shownNames(state.names) })}
            </p>
          )}
        </div>

        <section className="import-preview" aria-labelledby={ids.preview}>
          <h3 className="import-preview__title" id={ids.preview}>
            {t('miro.dialog.preview')}
          </h3>
          {state.status === 'empty' && <p className="import-preview__hint">{t('miro.dialog.chooseToPreview')}</p>}
          {state.status === 'reading' && (
            <p className="import-preview__hint" role="status">
              <span className="spinner spinner--small" aria-hidden="true" /> {t('miro.dialog.reading')}
            </p>
          )}
          {state.status === 'problem' && (
            <p className="import-preview__summary import-preview__summary--problem" role="alert" data-testid="miro-import-error">
              {problemFile === null
                ? t('miro.dialog.problem', { error: failureText(state.problem, t) })
                : t('miro.dialog.problemIn', { error: failureText(state.problem, t), file: problemFile })}
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
              {warnings.length > 0 && (
                <ul
                  className="import-preview__problem-list miro-import__warnings"
                  aria-label={t('miro.dialog.warnings')}
                  data-testid="miro-import-warnings"
                >
                  {warnings.map((warning) => (
                    <li key={`${warning.code}:${String(warning.params?.file ?? '')}`}>{warningText(warning, t)}</li>
                  ))}
                </ul>
              )}
              {groups.length > 0 && (
                <ul
                  className="import-preview__problem-list miro-import__skipped"
                  aria-label={t('miro.dialog.notImported')}
                  data-testid="miro-import-skipped"
                >
                  {groups.map((group) => (
                    <li key={group.reason}>
                      <span className="miro-import__count">{t('miro.dialog.groupCount', { count: group.count })}</span> {group.reason}
                      <span className="miro-import__examples">
                        {' '}
                        {t(group.count > group.examples.length ? 'miro.dialog.examplesMore' : 'miro.dialog.examples', {
                          examples: group.examples.join(', '),
                        })}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              {lost.length > 0 && (
                <>
                  <p className="import-preview__hint miro-import__lost-title">{t('miro.lost.title')}</p>
                  <ul
                    className="import-preview__problem-list miro-import__lost"
                    aria-label={t('miro.lost.title')}
                    data-testid="miro-import-lost"
                  >
                    {lost.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </>
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
