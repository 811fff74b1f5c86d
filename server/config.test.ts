import { describe, expect, it } from 'vitest'
import { readConfig } from './config'

describe('scale-out configuration', () => {
  it('keeps the embedded SQLite store and no fan-out when nothing is set', () => {
    const config = readConfig({})
    expect(config.databaseUrl).toBeNull()
    expect(config.redisUrl).toBeNull()
    expect(config.nodeId).toMatch(/^node-[0-9a-f]{8}$/)
  })

  it('reads DATABASE_URL, REDIS_URL and NODE_ID', () => {
    const config = readConfig({ DATABASE_URL: 'postgres://u:p@db:5432/plenary', REDIS_URL: 'redis://cache:6379', NODE_ID: 'n1' })
    expect(config).toMatchObject({ databaseUrl: 'postgres://u:p@db:5432/plenary', redisUrl: 'redis://cache:6379', nodeId: 'n1' })
  })

  it('refuses Redis without a shared database, and URLs of the wrong kind, with a clear message', () => {
    expect(() => readConfig({ REDIS_URL: 'redis://cache:6379' })).toThrow(/REDIS_URL needs DATABASE_URL/)
    expect(() => readConfig({ DATABASE_URL: 'mysql://db/plenary' })).toThrow(/DATABASE_URL must start with postgres:\/\//)
    expect(() => readConfig({ DATABASE_URL: 'postgres://db/p', REDIS_URL: 'not a url' })).toThrow(/REDIS_URL must be a URL/)
  })
})
