import { describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from './config'

/** The error readConfig throws for `env`, checked to be a ConfigError. */
function refusal(env: NodeJS.ProcessEnv): string {
  try {
    readConfig(env)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return error instanceof Error ? error.message : String(error)
  }
  throw new Error(`readConfig accepted ${JSON.stringify(env)}`)
}

describe('a bad setting', () => {
  it('is refused with a ConfigError that names the variable, what is wrong and the value', () => {
    expect(refusal({ PORT: 'abc' })).toBe('PORT must be a non-negative integer, got "abc"')
    expect(refusal({ PORT: '70000' })).toBe('PORT must be at most 65535, got "70000"')
    expect(refusal({ PUBLIC_URL: 'board.example.coop' })).toBe(
      'PUBLIC_URL must be an http(s) address like https://board.example.coop, got "board.example.coop"',
    )
    expect(refusal({ PUBLIC_URL: 'ftp://board.example.coop' })).toMatch(/^PUBLIC_URL must be an http\(s\) address/)
    expect(refusal({ HOST: 'http://0.0.0.0' })).toBe(
      'HOST must be an IP address or a host name to listen on, like 127.0.0.1 or 0.0.0.0; got "http://0.0.0.0"',
    )
    expect(refusal({ LOG_LEVEL: 'verbose' })).toBe('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent; got "verbose"')
    expect(refusal({ ALLOWED_HOSTS: 'board.lan:8080' })).toMatch(/^ALLOWED_HOSTS /)
    expect(refusal({ FRAME_ANCESTORS: "'self'; script-src *" })).toMatch(/^FRAME_ANCESTORS /)
    expect(refusal({ PRESENCE_MAX_CLIENT_IDS: '0' })).toMatch(/^PRESENCE_MAX_CLIENT_IDS must be at least 1/)
    expect(refusal({ MAX_FRAME_BYTES: '1024', RATE_LIMIT_BYTE_BURST: '10' })).toMatch(/^RATE_LIMIT_BYTE_BURST \(10\) must be at least/)
    expect(refusal({ REDIS_URL: 'redis://cache:6379' })).toMatch(/^REDIS_URL needs DATABASE_URL/)
  })

  it('never repeats a database URL, which may hold a password', () => {
    const message = refusal({ DATABASE_URL: 'postgres//plenary:Zażółć-秘密@db:5432/plenary' })
    expect(message).toBe('DATABASE_URL must be a URL like postgres://host:port/…')
    expect(refusal({ DATABASE_URL: 'mysql://plenary:hunter2@db/plenary' })).not.toContain('hunter2')
  })

  it('accepts what a deployer writes: IPv6 and names for HOST, any case for LOG_LEVEL, the whole port range', () => {
    expect(readConfig({ HOST: '::' }).host).toBe('::')
    expect(readConfig({ HOST: 'plenary-1.internal' }).host).toBe('plenary-1.internal')
    expect(readConfig({ LOG_LEVEL: 'DEBUG' }).logLevel).toBe('debug')
    expect(readConfig({ PORT: '65535' }).port).toBe(65535)
    expect(readConfig({ PORT: '0' }).port).toBe(0)
    expect(readConfig({ PUBLIC_URL: 'https://asamblea.coop.example/b/' }).publicUrl).toBe('https://asamblea.coop.example')
  })
})
