/**
 * The facilitator's dialog for one coop: rename it, merge it into another coop, or remove it
 * (asking what to do with its notes when it has some). Each change is undoable from the notice
 * that follows. A native modal dialog, so focus stays inside and Escape closes.
 */
import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Coop } from '../../../shared/corners/roster'
import { ModalHeader } from '../../ui/ModalHeader'
import { useModalDialog } from '../../ui/useModalDialog'
import { failureText, type CleanupAction, type CleanupFailure } from './coopCleanup'
import './manageCoop.css'

/** Props of {@link ManageCoopDialog}. */
export interface ManageCoopDialogProps {
  coop: Coop
  /** Notes in its corner now. */
  noteCount: number
  /** The other coops, as the list shows them. */
  others: readonly Coop[]
  /** Runs the clean-up; null when it was made, else why not. */
  onRun: (action: CleanupAction) => CleanupFailure | null
  onClose: () => void
}

type Step = 'choose' | 'rename' | 'merge' | 'remove'

/** The manage-a-coop dialog. */
export function ManageCoopDialog({ coop, noteCount, others, onRun, onClose }: ManageCoopDialogProps) {
  const { t } = useTranslation()
  const firstRef = useRef<HTMLButtonElement>(null)
  const { dialogRef, onCancel } = useModalDialog({ focus: firstRef, onEscape: onClose })
  const ids = { title: useId(), name: useId(), into: useId(), error: useId() }
  const [step, setStep] = useState<Step>('choose')
  const [name, setName] = useState(coop.name)
  const [intoId, setIntoId] = useState('')
  const [error, setError] = useState<string | null>(null)

  function go(next: Step) {
    setError(null)
    setStep(next)
  }

  function run(action: CleanupAction) {
    const problem = onRun(action)
    if (problem === null) onClose()
    else setError(failureText(t, problem))
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    if (step === 'rename') run({ kind: 'rename', coopId: coop.id, name })
    else if (step === 'merge' && intoId !== '') run({ kind: 'merge', coopId: coop.id, intoId })
  }

  const back = (
    <button type="button" className="button button--secondary" onClick={() => go('choose')}>
      {t('coops.cleanup.back')}
    </button>
  )

  return (
    <dialog ref={dialogRef} className="modal manage-coop" aria-labelledby={ids.title} data-testid="manage-coop-dialog" onCancel={onCancel}>
      <form className="modal__inner" onSubmit={onSubmit} aria-describedby={error ? ids.error : undefined}>
        <ModalHeader titleId={ids.title} titleClassName="manage-coop__title" onClose={onClose}>
          {coop.name}
        </ModalHeader>

        {step === 'choose' && (
          <>
            <p className="manage-coop__intro">{t('coops.cleanup.intro')}</p>
            <div className="manage-coop__choices">
              <button
                ref={firstRef}
                type="button"
                className="button button--secondary"
                data-testid="manage-coop-rename"
                onClick={() => go('rename')}
              >
                {t('coops.cleanup.rename')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                data-testid="manage-coop-merge"
                disabled={others.length === 0}
                onClick={() => go('merge')}
              >
                {t('coops.cleanup.merge')}
              </button>
              <button type="button" className="button button--secondary" data-testid="manage-coop-remove" onClick={() => go('remove')}>
                {t('coops.cleanup.remove')}
              </button>
            </div>
          </>
        )}

        {step === 'rename' && (
          <div className="field">
            <label className="field__label" htmlFor={ids.name}>
              {t('coops.cleanup.nameLabel')}
            </label>
            <input
              id={ids.name}
              className="input"
              value={name}
              maxLength={80}
              autoFocus
              data-testid="manage-coop-name"
              onChange={(event) => setName(event.target.value)}
            />
          </div>
        )}

        {step === 'merge' && (
          <div className="field">
            <label className="field__label" htmlFor={ids.into}>
              {t('coops.cleanup.mergeLabel')}
            </label>
            <select
              id={ids.into}
              className="input"
              value={intoId}
              autoFocus
              data-testid="manage-coop-into"
              onChange={(event) => setIntoId(event.target.value)}
            >
              <option value="">{t('coops.cleanup.mergePick')}</option>
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name}
                </option>
              ))}
            </select>
            <p className="field__hint">{t('coops.cleanup.mergeHint', { count: noteCount, coop: coop.name })}</p>
          </div>
        )}

        {step === 'remove' && (
          <p className="manage-coop__intro" data-testid="manage-coop-remove-question">
            {noteCount === 0
              ? t('coops.cleanup.removeEmpty', { coop: coop.name })
              : t('coops.cleanup.removeWithNotes', { coop: coop.name, count: noteCount })}
          </p>
        )}

        {error && (
          <p className="field__error" id={ids.error} role="alert">
            {error}
          </p>
        )}

        {step !== 'choose' && (
          <div className="manage-coop__actions">
            {back}
            {step === 'rename' && (
              <button type="submit" className="button button--primary" data-testid="manage-coop-submit">
                {t('coops.cleanup.renameSubmit')}
              </button>
            )}
            {step === 'merge' && (
              <button type="submit" className="button button--primary" data-testid="manage-coop-submit" disabled={intoId === ''}>
                {t('coops.cleanup.mergeSubmit')}
              </button>
            )}
            {step === 'remove' && noteCount > 0 && others.length > 0 && (
              <button type="button" className="button button--secondary" onClick={() => go('merge')}>
                {t('coops.cleanup.merge')}
              </button>
            )}
            {step === 'remove' && (
              <button
                type="button"
                className="button button--danger"
                data-testid="manage-coop-submit"
                onClick={() => run({ kind: 'remove', coopId: coop.id })}
              >
                {noteCount === 0 ? t('coops.cleanup.removeSubmit') : t('coops.cleanup.removeWithNotesSubmit', { count: noteCount })}
              </button>
            )}
          </div>
        )}
      </form>
    </dialog>
  )
}
