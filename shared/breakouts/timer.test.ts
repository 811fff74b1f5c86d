import { describe, expect, it } from 'vitest'
import { addTime, formatRemaining, isPaused, pauseTimer, remainingMs, resumeTimer, startTimer, stopTimer } from './timer'
import { BREAKOUT_LIMITS } from './types'

const MIN = 60_000

describe('the breakout timer', () => {
  it('counts down from the start and never below zero', () => {
    const timer = startTimer(10 * MIN, 1_000)
    expect(timer).toEqual({ durationMs: 10 * MIN, endsAt: 1_000 + 10 * MIN, pausedRemainingMs: null })
    expect(remainingMs(timer, 1_000)).toBe(10 * MIN)
    expect(remainingMs(timer, 1_000 + 4 * MIN)).toBe(6 * MIN)
    expect(remainingMs(timer, 1_000 + 11 * MIN)).toBe(0)
    expect(isPaused(timer)).toBe(false)
  })

  it('holds still while paused and goes on from there when resumed', () => {
    const paused = pauseTimer(startTimer(10 * MIN, 0), 3 * MIN)
    expect(isPaused(paused)).toBe(true)
    expect(remainingMs(paused, 3 * MIN)).toBe(7 * MIN)
    expect(remainingMs(paused, 60 * MIN)).toBe(7 * MIN)
    expect(pauseTimer(paused, 50 * MIN)).toBe(paused)
    const resumed = resumeTimer(paused, 20 * MIN)
    expect(isPaused(resumed)).toBe(false)
    expect(remainingMs(resumed, 22 * MIN)).toBe(5 * MIN)
    expect(resumeTimer(resumed, 30 * MIN)).toBe(resumed)
  })

  it('adds time running or paused, and restarts from now when it had run out', () => {
    const running = addTime(startTimer(10 * MIN, 0), 5 * MIN, 2 * MIN)
    expect(remainingMs(running, 2 * MIN)).toBe(13 * MIN)
    expect(running.durationMs).toBe(15 * MIN)
    const paused = addTime(pauseTimer(startTimer(10 * MIN, 0), 4 * MIN), 2 * MIN, 9 * MIN)
    expect(isPaused(paused)).toBe(true)
    expect(remainingMs(paused, 99 * MIN)).toBe(8 * MIN)
    expect(remainingMs(resumeTimer(paused, 100 * MIN), 101 * MIN)).toBe(7 * MIN)
    const restarted = addTime(startTimer(10 * MIN, 0), 3 * MIN, 30 * MIN)
    expect(restarted.endsAt).toBe(33 * MIN)
  })

  it('takes time off without going below zero, and stays within the longest duration', () => {
    expect(remainingMs(addTime(startTimer(10 * MIN, 0), -15 * MIN, 0), 0)).toBe(0)
    const long = addTime(startTimer(BREAKOUT_LIMITS.durationMs, 0), 60 * MIN, 0)
    expect(long.durationMs).toBe(BREAKOUT_LIMITS.durationMs)
    expect(remainingMs(long, 0)).toBe(BREAKOUT_LIMITS.durationMs)
  })

  it('stops at the end keeping what was left', () => {
    const stopped = stopTimer(startTimer(10 * MIN, 0), 4 * MIN)
    expect(stopped).toEqual({ durationMs: 10 * MIN, endsAt: null, pausedRemainingMs: 6 * MIN })
    expect(stopTimer(startTimer(MIN, 0), 5 * MIN).pausedRemainingMs).toBe(0)
  })
})

describe('formatRemaining', () => {
  it.each([
    [0, '0:00'],
    [-5_000, '0:00'],
    [1, '0:01'],
    [999, '0:01'],
    [1_000, '0:01'],
    [1_001, '0:02'],
    [59_999, '1:00'],
    [60_000, '1:00'],
    [12 * MIN + 5_000, '12:05'],
    [60 * MIN, '1:00:00'],
    [60 * MIN - 1, '1:00:00'],
    [59 * MIN + 59_000, '59:59'],
    [62 * MIN + 3_000, '1:02:03'],
    [Number.NaN, '0:00'],
  ])('shows %d ms as %s', (ms, text) => {
    expect(formatRemaining(ms)).toBe(text)
  })
})
