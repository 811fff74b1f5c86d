import { describe, expect, it } from 'vitest'
import { findBinary } from './services'

describe('database binaries for tests', () => {
  it('fails with the Debian package to install when a binary is missing', () => {
    expect(() => findBinary('plenary-no-such-server', 'redis-server', ['/nonexistent'])).toThrow(
      /plenary-no-such-server not found .*apt-get install -y redis-server/,
    )
  })
})
