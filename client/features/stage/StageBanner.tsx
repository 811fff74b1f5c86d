/**
 * The stage over the canvas: "Following Ana · Sur" while the assembly follows a presenter (with
 * "Release everyone" for facilitators), "You are presenting" for the presenter, and, after a
 * summons, where the summoner is with "Go to presenter".
 */
import { Trans, useTranslation } from 'react-i18next'
import type { StageFollow } from '../../../shared/stage/stage'
import type { OutlinedPresenter } from './stageLogic'

/** What the banner shows; see {@link stageBannerMode}. */
export type StageBannerMode =
  | { kind: 'presenting'; follow: StageFollow }
  | { kind: 'following'; follow: StageFollow; waiting: boolean }
  | { kind: 'summoned'; presenter: OutlinedPresenter }

/** Props of {@link StageBanner}. */
export interface StageBannerProps {
  mode: StageBannerMode
  /** Ends the follow for everyone; null for people who may not (participants, viewers). */
  onRelease: (() => void) | null
  onGoToPresenter: () => void
  onHideSummons: () => void
}

const strong = { strong: <strong /> }

/** A pill in the notices area; nothing when there is nothing to say. */
export function StageBanner({ mode, onRelease, onGoToPresenter, onHideSummons }: StageBannerProps) {
  const { t } = useTranslation()
  if (mode.kind === 'presenting') {
    return (
      <div className="notice notice--stage" data-testid="stage-banner" role="status">
        <span className="stage__live" aria-hidden="true" />
        <span className="stage__text">
          <Trans
            i18nKey={mode.follow.reason === 'report' ? 'stage.banner.presentingReport' : 'stage.banner.presenting'}
            components={strong}
          />
        </span>
        {onRelease && (
          <button type="button" className="notice__action" onClick={onRelease}>
            {t('stage.banner.stopPresenting')}
          </button>
        )}
      </div>
    )
  }
  if (mode.kind === 'following') {
    const { follow } = mode
    const report = follow.reason === 'report'
    const key = mode.waiting
      ? report
        ? 'stage.banner.waitingReport'
        : 'stage.banner.waiting'
      : report
        ? 'stage.banner.followingReport'
        : 'stage.banner.following'
    return (
      <div className="notice notice--stage" data-testid="stage-banner" role="status">
        <span className="stage__live" aria-hidden="true" />
        <span className="stage__text">
          <Trans i18nKey={key} values={{ name: follow.presenterLabel }} components={strong} />
        </span>
        {onRelease && (
          <button type="button" className="notice__action" onClick={onRelease}>
            {t('stage.banner.release')}
          </button>
        )}
      </div>
    )
  }
  return (
    <div className="notice notice--stage" data-testid="stage-banner" role="status">
      <span className="stage__text">
        <Trans i18nKey="stage.banner.summoned" values={{ name: mode.presenter.presenterLabel }} components={strong} />
      </span>
      <button type="button" className="notice__action" onClick={onGoToPresenter}>
        {t('stage.banner.goToPresenter')}
      </button>
      <button type="button" className="notice__action" aria-label={t('stage.banner.hideLabel')} onClick={onHideSummons}>
        {t('stage.banner.hide')}
      </button>
    </div>
  )
}
