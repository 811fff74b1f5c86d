import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../app'
import { fakeClientDir, startTestServer } from '../testing/testServer'

describe('serving the built client', () => {
  let server: RunningServer
  const clientDir = fakeClientDir()
  beforeAll(async () => {
    server = await startTestServer({ clientDir, tldrawLicenseKey: '</script><b>key' })
  })
  afterAll(() => server.close())

  it('injects the licence key so it can never close the script tag', async () => {
    const html = await (await fetch(`${server.origin}/b/anything`)).text()
    expect(html).toContain('window.__PLENARY_CONFIG__={"tldrawLicenseKey":"\\u003c/script>\\u003cb>key"}')
    expect(html).not.toContain('</script><b>')
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
