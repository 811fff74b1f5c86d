import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, pageSecurityHeaders, syncSource } from './securityHeaders'

/** The directives of a policy as a map. */
function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split('; ').map((directive) => {
      const [name = '', ...values] = directive.split(' ')
      return [name, values.join(' ')]
    }),
  )
}

describe("the pages' Content-Security-Policy", () => {
  const policy = directives(contentSecurityPolicy({ pageOrigin: 'http://localhost:8080', frameAncestors: "'none'" }))

  it('allows nothing from another host: scripts, styles, fonts, requests, frames, plugins', () => {
    expect(policy.get('default-src')).toBe("'self'")
    expect(policy.get('script-src')).toBe("'self'")
    expect(policy.get('connect-src')).toBe("'self' blob: ws://localhost:8080")
    expect(policy.get('frame-src')).toBe("'none'")
    expect(policy.get('object-src')).toBe("'none'")
    expect(policy.get('base-uri')).toBe("'none'")
    expect(policy.get('form-action')).toBe("'self'")
    expect(policy.get('frame-ancestors')).toBe("'none'")
    for (const value of policy.values()) expect(value).not.toMatch(/https?:|\*|'unsafe-eval'/)
  })

  it('allows data: and blob: pictures and data: fonts (pasted images, exports), inline styles, and no inline script', () => {
    expect(policy.get('img-src')).toBe("'self' data: blob:")
    expect(policy.get('font-src')).toBe("'self' data:")
    expect(policy.get('style-src')).toBe("'self' 'unsafe-inline'")
    expect(policy.get('script-src')).not.toContain('unsafe-inline')
  })

  it('uses the configured frame ancestors', () => {
    const framed = directives(contentSecurityPolicy({ pageOrigin: 'https://b.example', frameAncestors: 'https://coops.example' }))
    expect(framed.get('frame-ancestors')).toBe('https://coops.example')
  })

  it('adds no-referrer and nosniff to the policy', () => {
    const headers = pageSecurityHeaders({ pageOrigin: 'http://127.0.0.1:1', frameAncestors: "'none'" })
    expect(headers).toMatchObject({ 'referrer-policy': 'no-referrer', 'x-content-type-options': 'nosniff' })
    expect(headers['content-security-policy']).toContain("default-src 'self'")
  })
})

describe('syncSource', () => {
  it('is ws: for an http page and wss: for https, with the port', () => {
    expect(syncSource('http://localhost:8080')).toBe('ws://localhost:8080')
    expect(syncSource('https://board.example.coop')).toBe('wss://board.example.coop')
    expect(syncSource('http://192.168.1.20:8080')).toBe('ws://192.168.1.20:8080')
  })

  it('is null where CSP cannot name the host (IPv6 literals) or the origin is not a URL', () => {
    expect(syncSource('http://[::1]:8080')).toBeNull()
    expect(syncSource('http://a b')).toBeNull()
  })
})
