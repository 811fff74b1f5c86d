/**
 * A delegate's stance for their coop: the coop's current stance, an optional reason and four
 * stance buttons; pressing one takes that stance (with the reason) for the whole coop.
 */
import { useId, useState } from 'react'
import { DECISION_LIMITS, STANCE_KINDS, type Stance, type StanceKind } from '../../../shared/decisions/types'
import { STANCE_LABELS } from './decisionsView'

/** Props of {@link StancePicker}. */
export interface StancePickerProps {
  coopName: string
  /** The coop's stance now, whoever of it took it. */
  current: Stance | null
  /** This browser's participant id, to say "you" rather than a name. */
  youId: string
  onTake: (stance: StanceKind, reason: string) => string | null
}

/** Stance buttons and a reason field. */
export function StancePicker({ coopName, current, youId, onTake }: StancePickerProps) {
  const reasonId = useId()
  const [reason, setReason] = useState(current?.reason ?? '')
  const [problem, setProblem] = useState<string | null>(null)
  const who = current ? (current.participantId === youId ? 'you' : current.name) : null

  return (
    <div className="stance-picker" data-testid="stance-picker">
      <p className="stance-picker__current" data-testid="own-stance">
        {current ? (
          <>
            {coopName}: <strong className={`stance-text stance-text--${current.stance}`}>
              <span aria-hidden="true">{STANCE_LABELS[current.stance].mark} </span>
              {STANCE_LABELS[current.stance].label}
            </strong>{' '}
            <span className="stance-picker__who">(by {who})</span>
          </>
        ) : (
          <>{coopName} has not taken a stance yet.</>
        )}
      </p>
      <label className="stance-picker__label" htmlFor={reasonId}>
        Reason <span className="field__optional">(optional)</span>
      </label>
      <textarea
        id={reasonId}
        className="input stance-picker__reason"
        rows={2}
        maxLength={DECISION_LIMITS.reason}
        value={reason}
        placeholder="Why, in a sentence"
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="stance-picker__buttons" role="group" aria-label={`Stance of ${coopName}`}>
        {STANCE_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className={`stance-button stance-button--${kind}`}
            aria-pressed={current?.stance === kind}
            onClick={() => setProblem(onTake(kind, reason))}
          >
            <span className="stance-mark" aria-hidden="true">{STANCE_LABELS[kind].mark}</span>
            {STANCE_LABELS[kind].label}
          </button>
        ))}
      </div>
      {problem && <p className="field__error" role="alert">{problem}</p>}
    </div>
  )
}
