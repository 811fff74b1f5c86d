import { resolve } from 'node:path'
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

describe('asset store configuration', () => {
  it('defaults to 10 MiB per upload and 200 MiB per board, and reads MAX_ASSET_BYTES and MAX_BOARD_ASSET_BYTES', () => {
    expect(readConfig({})).toMatchObject({ maxAssetBytes: 10 * 1024 * 1024, maxBoardAssetBytes: 200 * 1024 * 1024 })
    expect(readConfig({ MAX_ASSET_BYTES: '2048', MAX_BOARD_ASSET_BYTES: '4096' })).toMatchObject({
      maxAssetBytes: 2048,
      maxBoardAssetBytes: 4096,
    })
    expect(() => readConfig({ MAX_ASSET_BYTES: '-1' })).toThrow(/MAX_ASSET_BYTES must be a non-negative integer/)
  })
})

describe('presence caps configuration', () => {
  it('defaults to 4 client ids per connection, 8 states per frame and 64 KiB per state, and reads PRESENCE_MAX_*', () => {
    expect(readConfig({}).presenceLimits).toEqual({ maxClientIds: 4, maxStatesPerFrame: 8, maxStateBytes: 64 * 1024 })
    const config = readConfig({ PRESENCE_MAX_CLIENT_IDS: '2', PRESENCE_MAX_STATES_PER_FRAME: '3', PRESENCE_MAX_STATE_BYTES: '4096' })
    expect(config.presenceLimits).toEqual({ maxClientIds: 2, maxStatesPerFrame: 3, maxStateBytes: 4096 })
  })

  it('refuses a cap of 0, which would close every browser', () => {
    expect(() => readConfig({ PRESENCE_MAX_CLIENT_IDS: '0' })).toThrow(/PRESENCE_MAX_CLIENT_IDS must be at least 1/)
    expect(() => readConfig({ PRESENCE_MAX_STATE_BYTES: 'lots' })).toThrow(/PRESENCE_MAX_STATE_BYTES must be a non-negative integer/)
  })
})

describe('HTTP limits, hosts and framing', () => {
  it('has defaults that leave honest use alone: 20 boards at once and 60 an hour, 120 other writes', () => {
    expect(readConfig({})).toMatchObject({
      httpRateLimit: { boardsPerHour: 60, boardBurst: 20, writesPerMinute: 120, writeBurst: 120 },
      trustProxy: 0,
      allowedHosts: [],
      frameAncestors: "'none'",
    })
  })

  it('reads the rate limits, TRUST_PROXY and ALLOWED_HOSTS', () => {
    const config = readConfig({
      RATE_LIMIT_BOARDS_PER_HOUR: '5',
      RATE_LIMIT_BOARD_BURST: '2',
      RATE_LIMIT_WRITES_PER_MINUTE: '0',
      RATE_LIMIT_WRITE_BURST: '9',
      TRUST_PROXY: '1',
      ALLOWED_HOSTS: ' Board.LAN , plenary.example.coop.,',
    })
    expect(config).toMatchObject({
      httpRateLimit: { boardsPerHour: 5, boardBurst: 2, writesPerMinute: 0, writeBurst: 9 },
      trustProxy: 1,
      allowedHosts: ['board.lan', 'plenary.example.coop'],
    })
    expect(() => readConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY must be a non-negative integer/)
    expect(() => readConfig({ ALLOWED_HOSTS: 'https://board.lan' })).toThrow(/ALLOWED_HOSTS takes host names/)
    expect(() => readConfig({ ALLOWED_HOSTS: 'board.lan:8080' })).toThrow(/ALLOWED_HOSTS takes host names/)
  })

  it('takes FRAME_ANCESTORS as a list of origins, and refuses anything that could end the directive', () => {
    expect(readConfig({ FRAME_ANCESTORS: 'https://coops.example  https://*.coops.example' }).frameAncestors).toBe(
      'https://coops.example https://*.coops.example',
    )
    expect(readConfig({ FRAME_ANCESTORS: "'self'" }).frameAncestors).toBe("'self'")
    expect(readConfig({ FRAME_ANCESTORS: "'none'" }).frameAncestors).toBe("'none'")
    for (const bad of ['https://a.example; script-src *', "'none' https://a.example", "'unsafe-inline'", 'https://a.example/path,']) {
      expect(() => readConfig({ FRAME_ANCESTORS: bad }), bad).toThrow(/FRAME_ANCESTORS takes/)
    }
  })
})

describe('where the built client is found', () => {
  it('uses the folder the composition root gives (next to the compiled server) unless CLIENT_DIR says otherwise', () => {
    const nextToServer = '/opt/plenary-0.1.0/client'
    expect(readConfig({}, { clientDir: nextToServer }).clientDir).toBe(nextToServer)
    expect(readConfig({ CLIENT_DIR: '/srv/plenary/client' }, { clientDir: nextToServer }).clientDir).toBe('/srv/plenary/client')
    expect(readConfig({ CLIENT_DIR: 'build/client' }, { clientDir: nextToServer }).clientDir).toBe(resolve('build/client'))
  })
})
