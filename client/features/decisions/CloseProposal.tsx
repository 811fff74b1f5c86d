/**
 * The facilitator's close: Agreed, Amended or Not agreed, each confirmed in a second step (a
 * closed proposal is final), with the amended text and an optional note.
 */
import { useId, useState } from 'react'
import { DECISION_LIMITS, type ProposalOutcome } from '../../../shared/decisions/types'
import { OUTCOME_LABELS } from './decisionsView'

/** Props of {@link CloseProposal}. */
export interface CloseProposalProps {
  text: string
  onClose: (outcome: ProposalOutcome, amendedText: string, note: string) => string | null
}

const CHOICES: { outcome: ProposalOutcome; label: string }[] = [
  { outcome: 'agreed', label: 'Agreed' },
  { outcome: 'amended', label: 'Amended…' },
  { outcome: 'not_agreed', label: 'Not agreed' },
]

/** Close buttons, then the confirmation form. */
export function CloseProposal({ text, onClose }: CloseProposalProps) {
  const id = useId()
  const [outcome, setOutcome] = useState<ProposalOutcome | null>(null)
  const [amended, setAmended] = useState(text)
  const [note, setNote] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  if (outcome === null) {
    return (
      <div className="close-proposal" role="group" aria-label="Close the proposal">
        <span className="close-proposal__label">Close as</span>
        {CHOICES.map((choice) => (
          <button key={choice.outcome} type="button" className="button button--secondary close-proposal__choice" onClick={() => setOutcome(choice.outcome)}>
            {choice.label}
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
          <label className="stance-picker__label" htmlFor={`${id}-amended`}>Amended text</label>
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
        Note <span className="field__optional">(optional)</span>
      </label>
      <input id={`${id}-note`} className="input" maxLength={DECISION_LIMITS.outcomeNote} value={note} onChange={(event) => setNote(event.target.value)} />
      <p className="close-proposal__hint">A closed proposal goes into the decision log and cannot change.</p>
      <div className="close-proposal__actions">
        <button type="submit" className="button button--primary">Close as {OUTCOME_LABELS[outcome]}</button>
        <button type="button" className="button button--secondary" onClick={() => setOutcome(null)}>Cancel</button>
      </div>
      {problem && <p className="field__error" role="alert">{problem}</p>}
    </form>
  )
}
