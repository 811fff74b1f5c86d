import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { precompressDir } from '../../scripts/vite/precompress'
import type { RunningServer } from '../app'
import { rawRequest } from '../testing/rawHttp'
import { createBoard } from '../testing/syncClient'
import { fakeClientDir, startTestServer, tempDir } from '../testing/testServer'

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
    // Beside the client folder, whatever the temp folder's depth; the targets are sent unnormalized.
    const name = `sentinel-${randomBytes(6).toString('hex')}`
    const sentinel = join(dirname(clientDir), name)
    const secret = `outside the client ${randomBytes(8).toString('hex')}`
    writeFileSync(sentinel, secret)
    try {
      for (const target of [`/..%2f${name}`, `/../${name}`, `/%2e%2e/${name}`, `/assets/..%2f..%2f${name}`]) {
        const answer = await rawRequest(server.origin, { target })
        expect(answer.status, target).toBe(404)
        expect(answer.body.toString(), target).not.toContain(secret)
      }
    } finally {
      rmSync(sentinel)
    }
  })

  it('never sends the bare index.html, however its name is spelt: only the page with its headers and config', async () => {
    for (const target of ['/%69ndex.html', '/index%2Ehtml', '/index.html/']) {
      const answer = await rawRequest(server.origin, { target })
      expect(answer.status, target).toBe(404)
      expect(answer.body.toString(), target).not.toContain('<title>Plenary</title>')
    }
    const page = await rawRequest(server.origin, { target: '/index.html' })
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(page.body.toString()).toContain('id="plenary-config"')
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

/** A client build as Vite and the precompress plugin leave it: hashed assets with .br/.gz siblings. */
async function builtClientDir(): Promise<{ dir: string; script: string; font: Buffer }> {
  const dir = tempDir('plenary-client-')
  mkdirSync(join(dir, 'assets'))
  const delegates = ['Łucja Wołoszyn', 'José Núñez', '王秀英', 'Δημήτρης Παπαδόπουλος', 'Ngozi Adébáyọ̀']
  const script = Array.from({ length: 31 }, (_, coop) => `export const coop${coop} = ${JSON.stringify({ coop, delegates })};`).join('\n')
  const font = randomBytes(2048)
  writeFileSync(join(dir, 'assets', 'BoardSession-a1b2c3.js'), script)
  writeFileSync(join(dir, 'assets', 'IBMPlexSans-Bold-x.woff2'), font)
  writeFileSync(join(dir, 'notice.txt'), 'Plenary: a meeting board for cooperative assemblies.\n'.repeat(20))
  const preloads = ['index', 'BoardPage', 'BoardSession', 'preload-helper'].map(
    (name) => `<link rel="modulepreload" href="/assets/${name}-x1y2z3.js">`,
  )
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><title>Plenary</title>${preloads.join('')}</head><body><div id="root"></div></body></html>`,
  )
  await precompressDir(dir)
  return { dir, script, font }
}

describe('compressed and cached client files', () => {
  let server: RunningServer
  let client: Awaited<ReturnType<typeof builtClientDir>>
  const browser = { 'accept-encoding': 'gzip, deflate, br, zstd' }
  beforeAll(async () => {
    client = await builtClientDir()
    server = await startTestServer({ clientDir: client.dir })
  })
  afterAll(() => server.close())

  it('sends a hashed script as brotli to a browser, with its own type and length, cached for good', async () => {
    const answer = await rawRequest(`${server.origin}/assets/BoardSession-a1b2c3.js`, { headers: browser })
    expect(answer.status).toBe(200)
    expect(answer.headers['content-encoding']).toBe('br')
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(answer.headers['content-length']).toBe(String(answer.body.byteLength))
    expect(answer.body.byteLength).toBeLessThan(Buffer.byteLength(client.script) / 3)
    expect(brotliDecompressSync(answer.body).toString()).toBe(client.script)
    expect(answer.headers.vary).toBe('Accept-Encoding')
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
  })

  it('sends gzip, or the plain bytes, to a client that refuses or does not name brotli', async () => {
    const url = `${server.origin}/assets/BoardSession-a1b2c3.js`
    const gzip = await rawRequest(url, { headers: { 'accept-encoding': 'br;q=0, gzip' } })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.body).toString()).toBe(client.script)
    const refusals: Record<string, string>[] = [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'br;q=0, gzip;q=0' }]
    for (const headers of refusals) {
      const plain = await rawRequest(url, { headers })
      expect(plain.headers['content-encoding']).toBeUndefined()
      expect(plain.body.toString()).toBe(client.script)
      expect(plain.headers['content-length']).toBe(String(Buffer.byteLength(client.script)))
      expect(plain.headers.vary).toBe('Accept-Encoding')
    }
  })

  it('answers HEAD with the heads of GET and no body', async () => {
    const url = `${server.origin}/assets/BoardSession-a1b2c3.js`
    const [get, head] = await Promise.all([rawRequest(url, { headers: browser }), rawRequest(url, { method: 'HEAD', headers: browser })])
    expect(head.status).toBe(200)
    expect(head.body.byteLength).toBe(0)
    for (const name of ['content-encoding', 'content-length', 'content-type', 'etag', 'vary', 'cache-control']) {
      expect(head.headers[name]).toBe(get.headers[name])
    }
  })

  it('sends a font as it is, with no Vary, since the build left no compressed copy of it', async () => {
    const answer = await rawRequest(`${server.origin}/assets/IBMPlexSans-Bold-x.woff2`, { headers: browser })
    expect(answer.headers['content-encoding']).toBeUndefined()
    expect(answer.headers['content-type']).toBe('font/woff2')
    expect(answer.headers.vary).toBeUndefined()
    expect(answer.body.equals(client.font)).toBe(true)
  })

  it('falls back to gzip, then to the plain file, when a compressed copy is missing', async () => {
    const file = join(client.dir, 'notice.txt')
    const url = `${server.origin}/notice.txt`
    rmSync(`${file}.br`)
    expect((await rawRequest(url, { headers: browser })).headers['content-encoding']).toBe('gzip')
    rmSync(`${file}.gz`)
    const plain = await rawRequest(url, { headers: browser })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.equals(readFileSync(file))).toBe(true)
  })

  it('does not serve the compressed copies or hidden files by their own names', async () => {
    writeFileSync(join(client.dir, '.env'), 'SECRET=1')
    for (const path of ['/assets/BoardSession-a1b2c3.js.br', '/assets/BoardSession-a1b2c3.js.gz', '/.env', '/assets/%2e%2e/.env']) {
      expect((await rawRequest(`${server.origin}${path}`, { headers: browser })).status).toBe(404)
    }
  })

  it('has files outside assets/ revalidated, and answers a matching ETag with 304', async () => {
    writeFileSync(join(client.dir, 'notice.txt'), 'Revised notice.')
    const url = `${server.origin}/notice.txt`
    const first = await rawRequest(url, { headers: browser })
    expect(first.headers['cache-control']).toBe('no-cache')
    const etag = first.headers.etag ?? ''
    expect(etag).not.toBe('')
    const again = await rawRequest(url, { headers: { ...browser, 'if-none-match': etag } })
    expect(again.status).toBe(304)
    expect(again.body.byteLength).toBe(0)
    writeFileSync(join(client.dir, 'notice.txt'), 'Revised notice, longer this time.')
    expect((await rawRequest(url, { headers: { ...browser, 'if-none-match': etag } })).status).toBe(200)
  })

  it('sends the page compressed, with the configuration in it, never cached without asking, and 304 on a warm reload', async () => {
    const first = await rawRequest(`${server.origin}/b/some-board`, { headers: browser })
    expect(first.status).toBe(200)
    expect(first.headers['content-encoding']).toBe('br')
    expect(first.headers['content-length']).toBe(String(first.body.byteLength))
    const html = brotliDecompressSync(first.body).toString()
    expect(html).toContain('<script type="application/json" id="plenary-config">')
    expect(html).toContain('/assets/BoardSession-x1y2z3.js')
    expect(first.headers['cache-control']).toBe('no-cache')
    expect(first.headers.vary).toBe('Accept-Encoding')
    const etag = first.headers.etag ?? ''
    expect(etag).toMatch(/^".+"$/)

    const reload = await rawRequest(`${server.origin}/`, { headers: { ...browser, 'if-none-match': etag } })
    expect(reload.status).toBe(304)
    expect(reload.body.byteLength).toBe(0)
    expect(reload.headers.etag).toBe(etag)
    expect(reload.headers['content-security-policy']).toContain("default-src 'self'")

    const gzip = await rawRequest(`${server.origin}/`, { headers: { 'accept-encoding': 'gzip', 'if-none-match': etag } })
    expect(gzip.status).toBe(200)
    expect(gunzipSync(gzip.body).toString()).toBe(html)
    const plain = await rawRequest(`${server.origin}/`, { method: 'HEAD' })
    expect(plain.headers['content-length']).toBe(String(Buffer.byteLength(html)))
    expect(plain.body.byteLength).toBe(0)
  })
})
