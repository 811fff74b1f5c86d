import { describe, expect, it } from 'vitest'
import { captureLogs } from '../testing/logCapture'
import { createReadinessProbe, probeWithin, READY, type Readiness, type ReadinessCheck } from './readiness'

/** A check whose answer the test sets, counting how often it ran. */
function settableCheck(initial: Readiness = READY) {
  let answer = initial
  let runs = 0
  const check: ReadinessCheck = () => {
    runs++
    return Promise.resolve(answer)
  }
  return {
    check,
    set: (next: Readiness) => (answer = next),
    get runs() {
      return runs
    },
  }
}

describe('the readiness probe', () => {
  it('is not ready while starting and while stopping, whatever its checks say', async () => {
    const store = settableCheck()
    const probe = createReadinessProbe([{ part: 'sqlite', check: store.check }])
    expect(await probe.check()).toEqual({ ready: false, reason: 'starting' })
    probe.serving()
    expect(await probe.check()).toEqual({ ready: true })
    probe.stopping()
    expect(await probe.check()).toEqual({ ready: false, reason: 'stopping' })
    expect(store.runs).toBe(1)
  })

  it('answers with the first failing check, in the order given', async () => {
    const store = settableCheck({ ready: false, reason: 'postgres', cause: new Error('ECONNREFUSED 10.0.0.7:5432') })
    const fanout = settableCheck({ ready: false, reason: 'redis' })
    const probe = createReadinessProbe([
      { part: 'postgres', check: store.check },
      { part: 'redis', check: fanout.check },
    ])
    probe.serving()
    expect(await probe.check()).toMatchObject({ ready: false, reason: 'postgres' })
  })

  it('reuses an answer for a second, so a flood of probes runs the checks once', async () => {
    let time = 1_000
    const store = settableCheck()
    const probe = createReadinessProbe([{ part: 'sqlite', check: store.check }], { now: () => time, cacheMs: 1_000 })
    probe.serving()
    const flood = await Promise.all(Array.from({ length: 200 }, () => probe.check()))
    expect(flood.every((answer) => answer.ready)).toBe(true)
    expect(store.runs).toBe(1)

    store.set({ ready: false, reason: 'sqlite' })
    time += 999
    expect(await probe.check()).toEqual({ ready: true })
    time += 1
    expect(await probe.check()).toEqual({ ready: false, reason: 'sqlite' })
    expect(store.runs).toBe(2)
  })

  it('shares a check in flight with every probe that arrives meanwhile, however long it takes', async () => {
    let time = 0
    let finish: (answer: Readiness) => void = () => undefined
    let runs = 0
    const slow: ReadinessCheck = () => {
      runs++
      return new Promise((resolve) => (finish = resolve))
    }
    const probe = createReadinessProbe([{ part: 'postgres', check: slow }], { now: () => time, cacheMs: 1_000 })
    probe.serving()
    const first = probe.check()
    time += 5_000
    const second = probe.check()
    finish({ ready: false, reason: 'postgres' })
    expect(await Promise.all([first, second])).toEqual([
      { ready: false, reason: 'postgres' },
      { ready: false, reason: 'postgres' },
    ])
    expect(runs).toBe(1)
  })

  it('takes a check that throws as its part not ready, logs the cause, and checks again once the answer expires', async () => {
    let time = 0
    let broken = true
    const { logger, lines } = captureLogs()
    const throwing: ReadinessCheck = () => (broken ? Promise.reject(new Error('disk quota query failed')) : Promise.resolve(READY))
    const store = settableCheck()
    const probe = createReadinessProbe(
      [
        { part: 'redis', check: store.check },
        { part: 'sqlite', check: throwing },
      ],
      { now: () => time, cacheMs: 1_000, logger },
    )
    probe.serving()
    expect(await probe.check()).toMatchObject({ ready: false, reason: 'sqlite', cause: new Error('disk quota query failed') })
    expect(lines.find((line) => line.msg?.startsWith('not ready'))?.raw).toContain('disk quota query failed')
    broken = false
    time += 999
    expect(await probe.check()).toMatchObject({ ready: false, reason: 'sqlite' })
    time += 1
    expect(await probe.check()).toEqual({ ready: true })
  })
})

describe('a check with a time limit', () => {
  it('is ready when the probe answers in time, and names its part when it fails or hangs', async () => {
    expect(await probeWithin('redis', 1_000, () => Promise.resolve('PONG'))).toEqual({ ready: true })
    const refused = await probeWithin('postgres', 1_000, () => Promise.reject(new Error('connect ECONNREFUSED')))
    expect(refused).toMatchObject({ ready: false, reason: 'postgres', cause: new Error('connect ECONNREFUSED') })
    const hung = await probeWithin('redis', 20, () => new Promise(() => undefined))
    expect(hung).toMatchObject({ ready: false, reason: 'redis', cause: new Error('no answer within 20 ms') })
  })
})
