import { describe, expect, it } from 'vitest'
import { readRuntimeConfig } from './runtimeConfig'

describe('readRuntimeConfig', () => {
  it('reads a licence key', () => {
    expect(readRuntimeConfig({ tldrawLicenseKey: ' key ' })).toEqual({ tldrawLicenseKey: 'key' })
  })

  it('ignores missing, null or malformed config', () => {
    expect(readRuntimeConfig(undefined)).toEqual({})
    expect(readRuntimeConfig({ tldrawLicenseKey: null })).toEqual({})
    expect(readRuntimeConfig({ tldrawLicenseKey: 42 })).toEqual({})
    expect(readRuntimeConfig('key')).toEqual({})
  })
})
