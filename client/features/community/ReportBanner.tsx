/**
 * The working groups' report over the canvas, for everyone: which group reports (1 of 3) and who
 * presents; facilitators also pass the floor and finish from it, on a phone too.
 */
import { Trans, useTranslation } from 'react-i18next'
import { participantLabel } from '../../../shared/participant'
import type { FloorView } from './communityBoard'

/** Props of {@link ReportBanner}. */
export interface ReportBannerProps {
  floor: FloorView
  /** Gives the floor to the next group; null for people who may not, or after the last group. */
  onNext: (() => void) | null
  /** Ends the report; null for people who may not. */
  onFinish: (() => void) | null
}

const strong = { strong: <strong /> }

/** A pill in the notices area. */
export function ReportBanner({ floor, onNext, onFinish }: ReportBannerProps) {
  const { t } = useTranslation()
  const values = { group: floor.group.name, number: floor.number, count: floor.count }
  return (
    <div className="notice notice--stage wg-banner" data-testid="wg-report-banner" role="status" aria-label={t('community.banner.label')}>
      <span className="stage__live" aria-hidden="true" />
      <span className="wg-banner__text">
        {floor.presenter ? (
          <Trans
            i18nKey="community.banner.presenting"
            values={{ ...values, name: participantLabel(floor.presenter) }}
            components={strong}
          />
        ) : (
          <Trans i18nKey="community.banner.waiting" values={values} components={strong} />
        )}
      </span>
      {onNext && (
        <button type="button" className="notice__action" onClick={onNext} data-testid="wg-banner-next">
          {t('community.banner.next')}
        </button>
      )}
      {onFinish && (
        <button type="button" className="notice__action" onClick={onFinish} data-testid="wg-banner-finish">
          {t('community.banner.finish')}
        </button>
      )}
    </div>
  )
}
