import { describe, expect, it } from 'vitest'
import { RUNTIME_CONFIG_ELEMENT_ID } from '../../shared/protocol'
import { injectedConfig, readRuntimeConfig } from './runtimeConfig'

/** A document holding only the config block with `text`, as the server writes it. */
function pageWith(text: string | null): Pick<Document, 'getElementById'> {
  return {
    getElementById: (id: string) => (id === RUNTIME_CONFIG_ELEMENT_ID && text !== null ? ({ textContent: text } as HTMLElement) : null),
  }
}

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

describe('injectedConfig', () => {
  it('reads the JSON block the server injects, with "<" escaped as the server writes it', () => {
    const page = pageWith('{"tldrawLicenseKey":"\\u003c/script>key"}')
    expect(readRuntimeConfig(injectedConfig(page))).toEqual({ tldrawLicenseKey: '</script>key' })
  })

  it('is undefined without the block (the Vite dev server) or when it is not JSON', () => {
    expect(injectedConfig(pageWith(null))).toBeUndefined()
    expect(injectedConfig(pageWith('window.x = 1'))).toBeUndefined()
    expect(injectedConfig(undefined)).toBeUndefined()
  })
})
