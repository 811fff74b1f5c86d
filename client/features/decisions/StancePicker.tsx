/**
 * A delegate's stance for their coop: the coop's current stance, an optional reason and four
 * stance buttons; pressing one takes that stance (with the reason) for the whole coop.
 */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DECISION_LIMITS, STANCE_KINDS, type Stance, type StanceKind } from '../../../shared/decisions/types'
import { problemText, STANCE_MARKS, stanceLabel } from './decisionsView'

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
  const { t } = useTranslation()
  const reasonId = useId()
  const [reason, setReason] = useState(current?.reason ?? '')
  const [problem, setProblem] = useState<string | null>(null)
  const who = current ? (current.participantId === youId ? t('decisions.picker.you') : current.name) : null

  return (
    <div className="stance-picker" data-testid="stance-picker">
      <p className="stance-picker__current" data-testid="own-stance">
        {current ? (
          <>
            {coopName}:{' '}
            <strong className={`stance-text stance-text--${current.stance}`}>
              <span aria-hidden="true">{STANCE_MARKS[current.stance]} </span>
              {stanceLabel(t, current.stance)}
            </strong>{' '}
            <span className="stance-picker__who">{t('decisions.picker.by', { who })}</span>
          </>
        ) : (
          <>{t('decisions.picker.none', { coop: coopName })}</>
        )}
      </p>
      <label className="stance-picker__label" htmlFor={reasonId}>
        {t('decisions.picker.reason')} <span className="field__optional">{t('decisions.picker.optional')}</span>
      </label>
      <textarea
        id={reasonId}
        className="input stance-picker__reason"
        rows={2}
        maxLength={DECISION_LIMITS.reason}
        value={reason}
        placeholder={t('decisions.picker.reasonPlaceholder')}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="stance-picker__buttons" role="group" aria-label={t('decisions.picker.group', { coop: coopName })}>
        {STANCE_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className={`stance-button stance-button--${kind}`}
            aria-pressed={current?.stance === kind}
            onClick={() => setProblem(onTake(kind, reason))}
          >
            <span className="stance-mark" aria-hidden="true">
              {STANCE_MARKS[kind]}
            </span>
            {stanceLabel(t, kind)}
          </button>
        ))}
      </div>
      {problem && (
        <p className="field__error" role="alert">
          {problemText(t, problem)}
        </p>
      )}
    </div>
  )
}
