/** The live count by stance: four chips, each with its mark, name and number. */
import type { StanceCounts as Counts } from '../../../shared/decisions/tally'
import { STANCE_KINDS } from '../../../shared/decisions/types'
import { useTranslation } from 'react-i18next'
import { STANCE_MARKS, stanceLabel } from './decisionsView'

/** Props of {@link StanceCounts}. */
export interface StanceCountsProps {
  counts: Counts
  /** Smaller chips, for the card overlay. */
  compact?: boolean
}

/** Counts of consent, concern, stand aside and block; zeros are shown too, dimmed. */
export function StanceCounts({ counts, compact }: StanceCountsProps) {
  const { t } = useTranslation()
  return (
    <ul className={`stance-counts${compact ? ' stance-counts--compact' : ''}`} aria-label={t('decisions.proposal.stancesByCoop')}>
      {STANCE_KINDS.map((kind) => (
        <li
          key={kind}
          className={`stance-chip stance-chip--${kind}${counts[kind] === 0 ? ' stance-chip--zero' : ''}`}
          data-testid={`count-${kind}`}
        >
          <span className="stance-mark" aria-hidden="true">
            {STANCE_MARKS[kind]}
          </span>
          <span className="stance-chip__label">{stanceLabel(t, kind)}</span>
          <span className="stance-chip__count">{counts[kind]}</span>
        </li>
      ))}
    </ul>
  )
}
