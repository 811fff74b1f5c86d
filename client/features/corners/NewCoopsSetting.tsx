/**
 * The facilitator's switch "Participants may add new coops", in the coops panel: off, delegates
 * pick their coop from the roster and the server refuses a participant's new coop or corner
 * (shared/corners/newCoops.ts). Stored in the board's settings, so it holds for everyone.
 */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { participantsMayAddCoops, setParticipantsMayAddCoops } from '../../../shared/corners/newCoops'
import { SETTINGS_MAP } from '../../../shared/meeting/meeting'
import type { FeatureDoc } from '../../sync/featureDoc'
import { useFeatureValue } from '../../sync/useFeatureDoc'
import './newCoopsSetting.css'

const NAMES = [SETTINGS_MAP] as const

/** The switch, read from and written to the board through `features`. */
export function NewCoopsSetting({ features }: { features: FeatureDoc }) {
  const { t } = useTranslation()
  const hintId = useId()
  const allowed = useFeatureValue(features, NAMES, participantsMayAddCoops, true)
  return (
    <div className="directory__setting">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={allowed}
          aria-describedby={hintId}
          data-testid="new-coops-setting"
          onChange={(event) => {
            const next = event.target.checked
            features.write((doc) => setParticipantsMayAddCoops(doc, next))
          }}
        />
        <span>{t('coops.panel.newCoops')}</span>
      </label>
      <p className="field__hint directory__setting-hint" id={hintId}>
        {t('coops.panel.newCoopsHint')}
      </p>
    </div>
  )
}
