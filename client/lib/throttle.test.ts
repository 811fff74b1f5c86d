import { afterEach, describe, expect, it, vi } from 'vitest'
import { trailingThrottle } from './throttle'

afterEach(() => {
  vi.useRealTimers()
})

describe('trailingThrottle', () => {
  it('calls at once after a quiet spell, then once more at the end of the interval for what came meanwhile', () => {
    vi.useFakeTimers()
    const fn = vi.fn()
    const throttle = trailingThrottle(fn, 100)
    throttle.schedule()
    expect(fn).toHaveBeenCalledTimes(1)
    throttle.schedule()
    throttle.schedule()
    expect(fn).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(100)
    expect(fn).toHaveBeenCalledTimes(2)
    vi.advanceTimersByTime(1000)
    expect(fn).toHaveBeenCalledTimes(2)
  })

  it('drops the waiting call when cancelled', () => {
    vi.useFakeTimers()
    const fn = vi.fn()
    const throttle = trailingThrottle(fn, 100)
    throttle.schedule()
    throttle.schedule()
    throttle.cancel()
    vi.advanceTimersByTime(1000)
    expect(fn).toHaveBeenCalledTimes(1)
  })
})
