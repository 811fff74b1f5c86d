/**
 * The facilitator's close: Agreed, Amended or Not agreed, each confirmed in a second step (a
 * closed proposal is final), with the amended text and an optional note.
 */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DECISION_LIMITS, type ProposalOutcome } from '../../../shared/decisions/types'
import { outcomeLabel, problemText } from './decisionsView'

/** Props of {@link CloseProposal}. */
export interface CloseProposalProps {
  text: string
  onClose: (outcome: ProposalOutcome, amendedText: string, note: string) => string | null
}

const CHOICES: readonly ProposalOutcome[] = ['agreed', 'amended', 'not_agreed']

/** Close buttons, then the confirmation form. */
export function CloseProposal({ text, onClose }: CloseProposalProps) {
  const { t } = useTranslation()
  const id = useId()
  const [outcome, setOutcome] = useState<ProposalOutcome | null>(null)
  const [amended, setAmended] = useState(text)
  const [note, setNote] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  if (outcome === null) {
    return (
      <div className="close-proposal" role="group" aria-label={t('decisions.close.group')}>
        <span className="close-proposal__label">{t('decisions.close.closeAs')}</span>
        {CHOICES.map((choice) => (
          <button key={choice} type="button" className="button button--secondary close-proposal__choice" onClick={() => setOutcome(choice)}>
            {t(`decisions.close.${choice}`)}
          </button>
        ))}
      </div>
    )
  }

  return (
    <form
      className="close-proposal close-proposal--confirm"
      onSubmit={(event) => {
        event.preventDefault()
        const result = onClose(outcome, amended, note)
        setProblem(result)
        if (result === null) setOutcome(null)
      }}
    >
      {outcome === 'amended' && (
        <>
          <label className="stance-picker__label" htmlFor={`${id}-amended`}>
            {t('decisions.close.amendedText')}
          </label>
          <textarea
            id={`${id}-amended`}
            className="input"
            rows={3}
            maxLength={DECISION_LIMITS.text}
            value={amended}
            autoFocus
            onChange={(event) => setAmended(event.target.value)}
          />
        </>
      )}
      <label className="stance-picker__label" htmlFor={`${id}-note`}>
        {t('decisions.close.note')} <span className="field__optional">{t('decisions.picker.optional')}</span>
      </label>
      <input
        id={`${id}-note`}
        className="input"
        maxLength={DECISION_LIMITS.outcomeNote}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <p className="close-proposal__hint">{t('decisions.close.hint')}</p>
      <div className="close-proposal__actions">
        <button type="submit" className="button button--primary">
          {t('decisions.close.submit', { outcome: outcomeLabel(t, outcome) })}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOutcome(null)}>
          {t('decisions.close.cancel')}
        </button>
      </div>
      {problem && (
        <p className="field__error" role="alert">
          {problemText(t, problem)}
        </p>
      )}
    </form>
  )
}
