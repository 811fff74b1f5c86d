/**
 * The line under "Your cooperative": a hint while it is empty, the roster entry once it names
 * a coop on the board (whose corner the person will start at), or, for a coop the board does
 * not have yet, "Did you mean…" with the closest roster coops, and "Create my corner" (or why
 * only the roster's coops may be chosen, when the facilitator turned new coops off).
 */
import { useTranslation } from 'react-i18next'
import type { Coop } from '../../../shared/corners/roster'
import type { CoopChoice } from './coopChoice'
import { CoopSwatch } from './CoopSwatch'
import { DidYouMean } from './DidYouMean'

/** Props of {@link CoopStatus}. */
export interface CoopStatusProps {
  /** Id of the element the field's `aria-describedby` points at. */
  hintId: string
  coop: string
  /** What the field's text is to the roster (coopChoice.ts). */
  choice: CoopChoice
  /** False when this person may only pick a coop on the roster (the hint says so from the start). */
  mayAddCoop: boolean
  /** Takes a "did you mean" suggestion. */
  onPick: (coop: Coop) => void
  createCorner: boolean
  onCreateCornerChange: (value: boolean) => void
}

/** Hint, roster match, or the choices for a coop new to the board. */
export function CoopStatus({ hintId, coop, choice, mayAddCoop, onPick, createCorner, onCreateCornerChange }: CoopStatusProps) {
  const { t } = useTranslation()
  if (choice.kind === 'blank') {
    return (
      <p className="field__hint" id={hintId}>
        {t(mayAddCoop ? 'coops.join.hint' : 'coops.join.rosterOnly')}
      </p>
    )
  }
  if (choice.kind === 'known') {
    const known = choice.coop
    return (
      <p className="coop-status coop-status--known" id={hintId} data-testid="coop-status" data-coop-id={known.id}>
        <CoopSwatch color={known.color} />
        <span>
          <strong>{known.name}</strong>
          {known.country && ` · ${known.country}`}
          <span className="coop-status__detail">{t('coops.join.startAtCorner')}</span>
        </span>
      </p>
    )
  }
  return (
    <div className="coop-status coop-status--new" data-testid="coop-status" data-coop-id="">
      <DidYouMean label={t('coops.join.didYouMean')} coops={choice.suggestions} onPick={onPick} />
      {choice.mayAdd ? (
        <>
          <label className="checkbox">
            <input type="checkbox" checked={createCorner} onChange={(event) => onCreateCornerChange(event.target.checked)} />
            <span>{t('coops.join.createCorner')}</span>
          </label>
          <p className="field__hint" id={hintId}>
            {t('coops.join.newCoop', { coop: coop.trim() })}
          </p>
        </>
      ) : (
        <p className="coop-status__only" id={hintId}>
          {t('coops.join.rosterOnly')}
        </p>
      )}
    </div>
  )
}
