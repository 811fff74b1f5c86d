/**
 * The line under "Your cooperative": a hint while it is empty, the roster entry once it names
 * a coop on the board (whose corner the person will start at), or "Create my corner" for a
 * coop the board does not have yet.
 */
import { useTranslation } from 'react-i18next'
import type { Coop } from '../../../shared/corners/roster'
import { CoopSwatch } from './CoopSwatch'

/** Props of {@link CoopStatus}. */
export interface CoopStatusProps {
  /** Id of the element the field's `aria-describedby` points at. */
  hintId: string
  coop: string
  /** The roster coop the field names, if any. */
  known: Coop | null
  createCorner: boolean
  onCreateCornerChange: (value: boolean) => void
}

/** Hint, roster match, or the "Create my corner" choice. */
export function CoopStatus({ hintId, coop, known, createCorner, onCreateCornerChange }: CoopStatusProps) {
  const { t } = useTranslation()
  if (coop.trim() === '') {
    return (
      <p className="field__hint" id={hintId}>
        {t('coops.join.hint')}
      </p>
    )
  }
  if (known) {
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
      <label className="checkbox">
        <input type="checkbox" checked={createCorner} onChange={(event) => onCreateCornerChange(event.target.checked)} />
        <span>{t('coops.join.createCorner')}</span>
      </label>
      <p className="field__hint" id={hintId}>
        {t('coops.join.newCoop', { coop: coop.trim() })}
      </p>
    </div>
  )
}
