/**
 * The stage over the canvas: "Following Ana · Sur" while the assembly follows a presenter (with
 * "Release everyone" for facilitators), "You are presenting" for the presenter, and, after a
 * summons, where the summoner is with "Go to presenter".
 */
import type { StageFollow } from '../../../shared/stage'
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

function followText(follow: StageFollow): string {
  return follow.reason === 'report' ? ' — report-back' : ''
}

/** A pill in the notices area; nothing when there is nothing to say. */
export function StageBanner({ mode, onRelease, onGoToPresenter, onHideSummons }: StageBannerProps) {
  if (mode.kind === 'presenting') {
    return (
      <div className="notice notice--stage" data-testid="stage-banner" role="status">
        <span className="stage__live" aria-hidden="true" />
        <span>
          <strong>You are presenting</strong>
          {followText(mode.follow)} · everyone follows your view
        </span>
        {onRelease && (
          <button type="button" className="notice__action" onClick={onRelease}>
            Stop presenting
          </button>
        )}
      </div>
    )
  }
  if (mode.kind === 'following') {
    const { follow } = mode
    return (
      <div className="notice notice--stage" data-testid="stage-banner" role="status">
        <span className="stage__live" aria-hidden="true" />
        {mode.waiting ? (
          <span>
            Waiting for <strong>{follow.presenterLabel}</strong>’s view{followText(follow)}
          </span>
        ) : (
          <span>
            Following <strong>{follow.presenterLabel}</strong>
            {followText(follow)}
          </span>
        )}
        {onRelease && (
          <button type="button" className="notice__action" onClick={onRelease}>
            Release everyone
          </button>
        )}
      </div>
    )
  }
  return (
    <div className="notice notice--stage" data-testid="stage-banner" role="status">
      <span>
        <strong>{mode.presenter.presenterLabel}</strong> brought everyone here
      </span>
      <button type="button" className="notice__action" onClick={onGoToPresenter}>
        Go to presenter
      </button>
      <button type="button" className="notice__action" aria-label="Hide the presenter’s view" onClick={onHideSummons}>
        Hide
      </button>
    </div>
  )
}
