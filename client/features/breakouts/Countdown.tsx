/** The breakout countdown, on the server's clock: the same in every browser, whatever its own clock says. */
import { useTranslation } from 'react-i18next'
import { formatRemaining, isPaused, remainingMs } from '../../../shared/breakouts/timer'
import type { BreakoutTimer } from '../../../shared/breakouts/types'
import type { ServerClock } from '../../sync/serverClock'
import { useTicker } from './useTicker'

/** Below this the countdown turns urgent. */
const URGENT_MS = 60_000

/** Props of {@link Countdown}. */
export interface CountdownProps {
  timer: BreakoutTimer
  clock: ServerClock
  size: 'large' | 'small'
}

/** "12:05", ticking; urgent in the last minute; marked while paused. */
export function Countdown({ timer, clock, size }: CountdownProps) {
  const { t } = useTranslation()
  const paused = isPaused(timer)
  useTicker(!paused)
  const ms = remainingMs(timer, clock.now())
  const state = paused ? 'paused' : ms <= 0 ? 'over' : ms <= URGENT_MS ? 'urgent' : 'running'
  const text = formatRemaining(ms)
  return (
    <span className={`countdown countdown--${size} countdown--${state}`} data-state={state}>
      <span
        className="countdown__time"
        role="timer"
        aria-label={t(paused ? 'breakouts.timer.leftPaused' : 'breakouts.timer.left', { time: text })}
        data-testid="breakout-timer"
      >
        {text}
      </span>
      {paused && <span className="countdown__note">{t('breakouts.timer.paused')}</span>}
      {state === 'over' && <span className="countdown__note">{t('breakouts.timer.timeUp')}</span>}
    </span>
  )
}
