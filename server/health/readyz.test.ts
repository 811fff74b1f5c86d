import { rmSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import type { RunningServer } from '../app'
import { getReadyz, readyzUntil } from '../testing/readyz'
import { startTestServer, tempDir } from '../testing/testServer'

describe('GET /readyz on a node with SQLite', () => {
  let server: RunningServer | null = null
  afterEach(async () => {
    await server?.close()
    server = null
  })

  it('answers 200 while the store can write, and 503 naming sqlite once its data folder is gone', async () => {
    const dataDir = tempDir()
    const running = await startTestServer({ dataDir })
    server = running
    expect(await getReadyz(running.origin)).toEqual({ status: 200, body: { ready: true } })
    const head = await fetch(`${running.origin}/readyz`, { method: 'HEAD' })
    expect([head.status, (await head.arrayBuffer()).byteLength]).toEqual([200, 0])

    rmSync(dataDir, { recursive: true, force: true })
    const failing = { status: 503, body: { ready: false, reason: 'sqlite' } }
    expect(await readyzUntil(running.origin, failing)).toEqual(failing)
    // Still alive: restarting would not bring the data back, so liveness stays green.
    expect(await (await fetch(`${running.origin}/healthz`)).json()).toEqual({ ok: true })
  })
})
