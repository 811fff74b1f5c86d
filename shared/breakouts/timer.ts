/**
 * The breakout countdown as plain data (see BreakoutTimer in types.ts): every function takes
 * the server-clock time `now` and returns a new timer, so all browsers agree on what is left.
 */
import { BREAKOUT_LIMITS, type BreakoutTimer } from './types'

/** Longest a countdown may be set to, so adding time can never grow it without bound. */
const MAX_MS = BREAKOUT_LIMITS.durationMs

/** A running countdown of `durationMs` from `now`. */
export function startTimer(durationMs: number, now: number): BreakoutTimer {
  return { durationMs, endsAt: now + durationMs, pausedRemainingMs: null }
}

/** What is left at `now`, in ms; never negative. */
export function remainingMs(timer: BreakoutTimer, now: number): number {
  const left = timer.endsAt !== null ? timer.endsAt - now : (timer.pausedRemainingMs ?? 0)
  return Number.isFinite(left) ? Math.max(0, left) : 0
}

/** True when the countdown stands still (paused, or stopped at the end of the session). */
export function isPaused(timer: BreakoutTimer): boolean {
  return timer.endsAt === null
}

/** The countdown held at what is left at `now`; a paused timer is returned as it is. */
export function pauseTimer(timer: BreakoutTimer, now: number): BreakoutTimer {
  if (isPaused(timer)) return timer
  return { durationMs: timer.durationMs, endsAt: null, pausedRemainingMs: remainingMs(timer, now) }
}

/** The countdown running again from `now` with what was left; a running timer is returned as it is. */
export function resumeTimer(timer: BreakoutTimer, now: number): BreakoutTimer {
  if (!isPaused(timer)) return timer
  return { durationMs: timer.durationMs, endsAt: now + remainingMs(timer, now), pausedRemainingMs: null }
}

/**
 * `ms` more (or less, when negative) on the countdown, running or paused. A timer that had run
 * out starts again from `now`. What is left and the duration stay within the longest duration.
 */
export function addTime(timer: BreakoutTimer, ms: number, now: number): BreakoutTimer {
  const left = Math.min(MAX_MS, Math.max(0, remainingMs(timer, now) + ms))
  const durationMs = Math.min(MAX_MS, Math.max(left, timer.durationMs + ms, 1))
  if (isPaused(timer)) return { durationMs, endsAt: null, pausedRemainingMs: left }
  return { durationMs, endsAt: now + left, pausedRemainingMs: null }
}

/** The countdown stopped for good at `now` (the session ended), keeping what was left. */
export function stopTimer(timer: BreakoutTimer, now: number): BreakoutTimer {
  return { durationMs: timer.durationMs, endsAt: null, pausedRemainingMs: remainingMs(timer, now) }
}

/**
 * `ms` as a clock: "12:05", "1:02:03" from an hour on, "0:00" at zero. Rounds up to the
 * second, so a running countdown shows 0:00 only once it has really ended.
 */
export function formatRemaining(ms: number): string {
  const total = Number.isFinite(ms) ? Math.ceil(Math.max(0, ms) / 1000) : 0
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const ss = String(seconds).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`
}
