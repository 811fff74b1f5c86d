import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../app'
import { createBoard } from '../testing/syncClient'
import { fakeClientDir, startTestServer } from '../testing/testServer'

describe('serving the built client', () => {
  let server: RunningServer
  const clientDir = fakeClientDir()
  beforeAll(async () => {
    server = await startTestServer({ clientDir, tldrawLicenseKey: '</script><b>key' })
  })
  afterAll(() => server.close())

  it('injects the runtime config as a JSON block whose content can never close the element', async () => {
    const html = await (await fetch(`${server.origin}/b/anything`)).text()
    expect(html).toContain(
      '<script type="application/json" id="plenary-config">{"tldrawLicenseKey":"\\u003c/script>\\u003cb>key"}</script></head>',
    )
    expect(html).not.toContain('</script><b>')
  })

  it('sends the home page and board pages with a CSP that allows only this server, and no referrer', async () => {
    for (const path of ['/', '/b/x']) {
      const response = await fetch(`${server.origin}${path}`)
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("default-src 'self'")
      expect(csp).toContain("script-src 'self';")
      expect(csp).toContain(`connect-src 'self' blob: ${server.origin.replace('http:', 'ws:')};`)
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).toContain("object-src 'none'")
      expect(csp).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/)
      expect(response.headers.get('referrer-policy')).toBe('no-referrer')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })

  it('marks every response nosniff: assets, API answers, errors', async () => {
    const board = await createBoard(server.origin)
    const responses = await Promise.all([
      fetch(`${server.origin}/assets/app.js`),
      fetch(`${server.origin}/api/time`),
      fetch(`${server.origin}/api/boards/${board.id}`),
      fetch(`${server.origin}/nope.js`),
    ])
    expect(responses.map((response) => response.status)).toEqual([200, 200, 401, 404])
    for (const response of responses) expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('answers 404 for a file removed while running (a rebuild), and stays up', async () => {
    expect((await fetch(`${server.origin}/assets/app.js`)).status).toBe(200)
    rmSync(join(clientDir, 'assets', 'app.js'))
    expect((await fetch(`${server.origin}/assets/app.js`)).status).toBe(404)
    expect((await fetch(`${server.origin}/healthz`)).status).toBe(200)
  })

  it('does not serve files outside the client folder', async () => {
    const response = await fetch(`${server.origin}/..%2f..%2fetc%2fpasswd`)
    expect(response.status).toBe(404)
  })
})

describe('pages behind a public URL, framed by a community website', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startTestServer({ publicUrl: 'https://board.example.coop', frameAncestors: 'https://coops.example' })
  })
  afterAll(() => server.close())

  it('lets the page open its socket on the public origin and be framed by the configured site only', async () => {
    const response = await fetch(`${server.origin}/b/x`, { headers: { host: 'board.example.coop' } })
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("connect-src 'self' blob: wss://board.example.coop;")
    expect(csp).toContain('frame-ancestors https://coops.example')
  })
})
