/**
 * The facilitator's "Import roster" dialog: paste a member list or choose a CSV file, see what
 * the import would do ("31 coops: 31 new", the rows skipped and why, values shortened), then
 * import the valid rows in one go.
 * A native modal dialog, so focus stays inside and Escape closes.
 */
import { useDeferredValue, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useModalDialog } from '../../ui/useModalDialog'
import type { TFunction } from 'i18next'
import {
  cornersText,
  previewImport,
  problemText,
  summaryText,
  type ImportPreview,
  type ImportProblem,
  type ImportTarget,
} from './importPreview'
import { readRosterFile, rosterFileProblemText } from './rosterFile'
import { CoopSwatch } from './CoopSwatch'
import { ModalHeader } from '../../ui/ModalHeader'
import { MemberListField } from './MemberListField'
import './importDialog.css'

/** Props of {@link ImportRosterDialog}. */
export interface ImportRosterDialogProps {
  /** The board as it is now, read when the preview is computed. */
  getTarget: () => ImportTarget
  /** Plans against the board again and writes; resolves the dialog's work. */
  onImport: (text: string) => void
  onClose: () => void
}

const EXAMPLE = `name,country,website,description,delegates
Cooperativa Sur,Argentina,https://sur.coop,Web and mobile apps,Ana; Luis
Tokyo Tech Coop,Japan,https://tokyotech.coop,Infrastructure,Bo`

/** A list of problems or warnings, each with its line. */
function ProblemList({ problems, testId }: { problems: readonly ImportProblem[]; testId: string }) {
  const { t } = useTranslation()
  return (
    <ul className="import-preview__problem-list" data-testid={testId}>
      {problems.map((problem, index) => (
        <li key={index}>{problemText(t, problem)}</li>
      ))}
    </ul>
  )
}

/** The preview section: what will happen, what is skipped and why, or why nothing can happen. */
function PreviewView({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation()
  switch (preview.kind) {
    case 'empty':
      return <p className="import-preview__hint">{t('coops.import.emptyHint')}</p>
    case 'problems':
      return (
        <div className="import-preview__problems" data-testid="import-problems">
          <p className="import-preview__summary import-preview__summary--problem" role="status">
            {t('coops.import.problems', { count: preview.problems.length })}
          </p>
          <ProblemList problems={preview.problems} testId="import-problem-list" />
        </div>
      )
    case 'ready':
      return (
        <div className="import-preview__ready">
          <p className="import-preview__summary" role="status">
            <span data-testid="import-summary">{summaryText(t, preview.plan.summary)}</span>
            {!preview.hasChanges && <span className="import-preview__nothing">{t('coops.import.nothing')}</span>}
          </p>
          {preview.plan.summary.corners > 0 && <p className="import-preview__hint">{cornersText(t, preview.plan.summary.corners)}</p>}
          {preview.skippedRows > 0 && (
            <div className="import-preview__problems" data-testid="import-skipped">
              <p className="import-preview__summary import-preview__summary--problem">
                {t('coops.import.skipped', { count: preview.skippedRows })}
              </p>
              <ProblemList problems={preview.problems} testId="import-problem-list" />
              <p className="import-preview__hint">{t('coops.import.fixHint')}</p>
            </div>
          )}
          {preview.warnings.length > 0 && (
            <div className="import-preview__warnings" data-testid="import-warnings">
              <p className="import-preview__summary">{t('coops.import.warnings')}</p>
              <ProblemList problems={preview.warnings} testId="import-warning-list" />
            </div>
          )}
          {preview.changes.length > 0 && (
            <ul className="import-preview__coops" aria-label={t('coops.import.coopsToImport')}>
              {preview.changes.map(({ coop, status }) => (
                <li key={coop.id} className="import-preview__coop" data-testid="import-preview-coop">
                  <CoopSwatch color={coop.color} />
                  <span className="import-preview__coop-name">{coop.name}</span>
                  <span className="import-preview__coop-country">
                    {[coop.country, coop.delegateCount !== undefined ? t('coops.import.delegateCount', { count: coop.delegateCount }) : '']
                      .filter((part) => part !== '')
                      .join(' · ')}
                  </span>
                  <span className={`tag import-preview__tag import-preview__tag--${status}`}>
                    {t(status === 'new' ? 'coops.import.statusNew' : 'coops.import.statusUpdated')}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )
  }
}

/** The submit button's words: how many coops are written, and that the bad rows are skipped. */
function submitLabel(t: TFunction, preview: ImportPreview): string {
  if (preview.kind !== 'ready' || preview.plan.coops.length === 0) return t('coops.import.submitNone')
  if (preview.skippedRows > 0) return t('coops.import.submitValid', { count: preview.validRows })
  return t('coops.import.submit', { count: preview.plan.coops.length })
}

/** The import dialog. */
export function ImportRosterDialog({ getTarget, onImport, onClose }: ImportRosterDialogProps) {
  const { t } = useTranslation()
  const textRef = useRef<HTMLTextAreaElement>(null)
  const { dialogRef, onCancel } = useModalDialog({ focus: textRef, onEscape: onClose })
  const ids = { title: useId(), text: useId(), hint: useId(), file: useId(), preview: useId() }
  const [text, setText] = useState('')
  const [fileName, setFileName] = useState<string | null>(null)
  const [fileError, setFileError] = useState<string | null>(null)
  const deferredText = useDeferredValue(text)
  // Planned against the board as it is while typing; planned again when importing.
  const preview = useMemo(() => previewImport(deferredText, getTarget()), [deferredText, getTarget])

  async function onFile(file: File | undefined) {
    setFileError(null)
    if (!file) return
    const result = await readRosterFile(file)
    if (!result.ok) {
      setFileName(null)
      setFileError(rosterFileProblemText(t, result))
      return
    }
    setFileName(file.name)
    setText(result.text)
  }

  const ready = preview.kind === 'ready' && preview.hasChanges && deferredText === text
  const importLabel = submitLabel(t, preview)

  return (
    <dialog
      ref={dialogRef}
      className="modal import-dialog"
      aria-labelledby={ids.title}
      data-testid="import-roster-dialog"
      onCancel={onCancel}
    >
      <form
        className="modal__inner"
        onSubmit={(event) => {
          event.preventDefault()
          if (ready) onImport(text)
        }}
      >
        <ModalHeader titleId={ids.title} titleClassName="import-dialog__title" onClose={onClose}>
          {t('coops.import.title')}
        </ModalHeader>
        <p className="import-dialog__intro">{t('coops.import.intro')}</p>

        <MemberListField
          ids={ids}
          accept=".csv,.txt,text/csv,text/plain"
          text={text}
          textRef={textRef}
          placeholder={EXAMPLE}
          onChange={(next) => {
            // No cut here: the parser refuses a text over 1 MB with a message saying so.
            setText(next)
            setFileName(null)
          }}
          onFile={(file) => void onFile(file)}
          note={fileName && <p className="import-dialog__file-name">{t('coops.import.fromFile', { file: fileName })}</p>}
          fileError={fileError}
        />

        <section className="import-preview" aria-labelledby={ids.preview}>
          <h3 className="import-preview__title" id={ids.preview}>
            {t('coops.import.preview')}
          </h3>
          <PreviewView preview={preview} />
        </section>

        <div className="import-dialog__actions">
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('coops.import.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={!ready} data-testid="import-roster-submit">
            {importLabel}
          </button>
        </div>
      </form>
    </dialog>
  )
}
