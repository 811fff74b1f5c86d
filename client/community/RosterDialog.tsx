/**
 * The coordinator's "Import member list" for the whole community: paste or upload a roster, check
 * it against the community (a dry run on the server, by the board import's rules), then import
 * the valid rows. Rows' problems are shown in the reader's language, as on a board.
 */
import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ROSTER_PROBLEM_CODES } from '../../shared/corners/rosterProblems'
import type { RosterError } from '../../shared/corners/parseRoster'
import { apiErrorText } from '../lib/apiErrorText'
import { useModalDialog } from '../ui/useModalDialog'
import { ModalHeader } from '../ui/ModalHeader'
import { problemText, summaryText } from '../features/corners/importPreview'
import { readRosterFile, rosterFileProblemText } from '../features/corners/rosterFile'
import { MemberListField } from '../features/corners/MemberListField'
import { postRoster, type RosterAnswer, type RosterPreview, type RosterProblemAnswer } from './communityApi'
import '../features/corners/importDialog.css'

/** Props of {@link RosterDialog}. */
export interface RosterDialogProps {
  communityId: string
  token: string
  /** After an import: what it did, in words. */
  onImported: (summary: string) => void
  onClose: () => void
}

const CODES: ReadonlySet<string> = new Set(ROSTER_PROBLEM_CODES)

/** A problem as the server sent it, with its code kept only when this client knows it. */
function asRosterError({ code, ...rest }: RosterProblemAnswer): RosterError {
  return code !== undefined && CODES.has(code) ? { ...rest, code: code as RosterError['code'] } : rest
}

function summaryOf(preview: RosterPreview) {
  return { ...preview.summary, corners: 0 }
}

/** The import dialog. */
export function RosterDialog({ communityId, token, onImported, onClose }: RosterDialogProps) {
  const { t } = useTranslation()
  const textRef = useRef<HTMLTextAreaElement>(null)
  const { dialogRef, onCancel } = useModalDialog({ focus: textRef, onEscape: onClose })
  const ids = { title: useId(), text: useId(), hint: useId(), file: useId(), preview: useId() }
  const [text, setText] = useState('')
  const [answer, setAnswer] = useState<RosterAnswer | null>(null)
  const [busy, setBusy] = useState<'check' | 'apply' | null>(null)
  const [fileError, setFileError] = useState<string | null>(null)

  const changeText = (next: string) => {
    setText(next)
    setAnswer(null)
  }

  async function onFile(file: File | undefined) {
    setFileError(null)
    if (!file) return
    const result = await readRosterFile(file)
    if (result.ok) changeText(result.text)
    else setFileError(rosterFileProblemText(t, result))
  }

  async function send(apply: boolean) {
    setBusy(apply ? 'apply' : 'check')
    const result = await postRoster(communityId, token, text, apply)
    setBusy(null)
    if (apply && result.kind === 'preview') return onImported(summaryText(t, summaryOf(result.preview)))
    setAnswer(result)
  }

  const preview = answer?.kind === 'preview' ? answer.preview : null
  const validRows = preview?.summary.validRows ?? 0
  const canApply = preview !== null && preview.coops.length > 0 && busy === null
  return (
    <dialog
      ref={dialogRef}
      className="modal import-dialog"
      aria-labelledby={ids.title}
      data-testid="community-roster-dialog"
      onCancel={onCancel}
    >
      <div className="modal__inner">
        <ModalHeader titleId={ids.title} titleClassName="import-dialog__title" onClose={onClose}>
          {t('communityPage.import.title')}
        </ModalHeader>
        <p className="import-dialog__intro">{t('communityPage.import.intro')}</p>
        <MemberListField
          ids={ids}
          accept=".csv,.txt,.json,text/csv,text/plain,application/json"
          text={text}
          textRef={textRef}
          onChange={changeText}
          onFile={(file) => void onFile(file)}
          fileError={fileError}
        />
        <section className="import-preview" aria-labelledby={ids.preview}>
          <h3 className="import-preview__title" id={ids.preview}>
            {t('coops.import.preview')}
          </h3>
          <AnswerView answer={answer} />
        </section>
        <div className="import-dialog__actions">
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('coops.import.cancel')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={text.trim() === '' || busy !== null}
            data-testid="import-roster-check"
            onClick={() => void send(false)}
          >
            {busy === 'check' ? t('communityPage.import.checking') : t('communityPage.import.check')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!canApply}
            data-testid="import-roster-submit"
            onClick={() => void send(true)}
          >
            {busy === 'apply'
              ? t('communityPage.import.applying')
              : preview && preview.summary.skippedRows > 0
                ? t('communityPage.import.applyValid', { count: validRows })
                : t('communityPage.import.apply', { count: preview?.coops.length ?? 0 })}
          </button>
        </div>
      </div>
    </dialog>
  )
}

/** What the check found: the plan, the rows skipped and why, or why nothing can be imported. */
function AnswerView({ answer }: { answer: RosterAnswer | null }) {
  const { t } = useTranslation()
  if (answer === null) return <p className="import-preview__hint">{t('communityPage.import.checkFirst')}</p>
  if (answer.kind === 'error')
    return (
      <p className="field__error" role="alert">
        {apiErrorText(answer.error, t)}
      </p>
    )
  const problems = (answer.kind === 'problems' ? answer.problems : answer.preview.problems).map(asRosterError)
  const warnings = answer.kind === 'preview' ? answer.preview.warnings.map(asRosterError) : []
  return (
    <div className="import-preview__ready">
      {answer.kind === 'problems' ? (
        <p className="import-preview__summary import-preview__summary--problem" role="status">
          {t('coops.import.problems', { count: problems.length })}
        </p>
      ) : (
        <p className="import-preview__summary" role="status" data-testid="import-summary">
          {summaryText(t, summaryOf(answer.preview))}
        </p>
      )}
      {answer.kind === 'preview' && answer.preview.summary.skippedRows > 0 && (
        <p className="import-preview__summary import-preview__summary--problem">
          {t('coops.import.skipped', { count: answer.preview.summary.skippedRows })}
        </p>
      )}
      {problems.length > 0 && (
        <ul className="import-preview__problem-list" data-testid="import-problem-list">
          {problems.map((problem, index) => (
            <li key={index}>{problemText(t, problem)}</li>
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <ul className="import-preview__problem-list" data-testid="import-warning-list">
          {warnings.map((problem, index) => (
            <li key={index}>{problemText(t, problem)}</li>
          ))}
        </ul>
      )}
      {answer.kind === 'preview' && answer.preview.coops.length > 0 && (
        <ul className="import-preview__coops" aria-label={t('coops.import.coopsToImport')}>
          {answer.preview.coops.map((coop) => (
            <li key={coop.id} className="import-preview__coop" data-testid="import-preview-coop">
              <span className="import-preview__coop-name">{coop.name}</span>
              <span className={`tag import-preview__tag import-preview__tag--${coop.status}`}>
                {t(coop.status === 'new' ? 'coops.import.statusNew' : 'coops.import.statusUpdated')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
