import { describe, expect, it } from 'vitest'
import { captureLogs, LogLevel } from '../testing/logCapture'
import { createHostRefusalLog } from './hostRefusalLog'

describe('createHostRefusalLog', () => {
  const setup = (maxHosts?: number) => {
    const { logger, lines } = captureLogs()
    let time = 1_000_000
    const log = createHostRefusalLog(logger, { intervalMs: 60_000, maxHosts, now: () => time })
    const levels = (host: string) => lines.filter((line) => line.host === host).map((line) => line.level)
    return { log, lines, levels, advance: (ms: number) => (time += ms) }
  }

  it('warns once per host name per minute and logs the other refusals at debug', () => {
    const { log, levels, advance } = setup()
    for (let i = 0; i < 50; i++) log('scanner.example', 'request')
    log('wiki.łódź.example:8080', 'upgrade')
    expect(levels('scanner.example')).toEqual([LogLevel.warn, ...Array<number>(49).fill(LogLevel.debug)])
    expect(levels('wiki.łódź.example:8080')).toEqual([LogLevel.warn])
    advance(59_999)
    log('SCANNER.example', 'request')
    expect(levels('SCANNER.example')).toEqual([LogLevel.debug])
    advance(1)
    log('scanner.example', 'upgrade')
    expect(levels('scanner.example').at(-1)).toBe(LogLevel.warn)
  })

  it('says what was refused', () => {
    const { log, lines } = setup()
    log('a.example', 'request')
    log('b.example', 'upgrade')
    log(undefined, 'request')
    expect(lines.map((line) => line.msg)).toEqual([
      'refused a request for a host name not allowed',
      'refused an upgrade for a host name not allowed',
      'refused a request for a host name not allowed',
    ])
  })

  it('remembers a bounded number of names: a scan of many names forgets the oldest', () => {
    const { log, levels } = setup(3)
    for (const host of ['a.example', 'b.example', 'c.example', 'd.example']) log(host, 'request')
    // a.example was forgotten to make room for d.example; b.example is still remembered.
    log('b.example', 'request')
    log('a.example', 'request')
    expect(levels('b.example')).toEqual([LogLevel.warn, LogLevel.debug])
    expect(levels('a.example')).toEqual([LogLevel.warn, LogLevel.warn])
  })
})
