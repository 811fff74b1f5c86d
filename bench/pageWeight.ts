/**
 * What a browser downloads to open a board (docs/DEPLOY.md, issue 19): creates a board through
 * the API of a running server, opens its facilitator link in Chromium with an empty cache
 * (cold), waits until the canvas is shown and the network is idle, then reloads in the same
 * browser context (warm) and waits again. Bytes are what Chromium reports as received over
 * the network for each HTTP request (CDP `Network.loadingFinished`: headers and body, as sent,
 * so compressed where it was compressed); answers from the browser's cache count zero. The
 * sync socket is left out: it carries the board, the same before and after.
 *
 *   npx tsx bench/pageWeight.ts --origin http://127.0.0.1:8091 [--runs 3] [--verbose: list every request]
 */
import { chromium, type CDPSession, type Page } from '@playwright/test'
import { parseArgs } from 'node:util'
import playwrightConfig from '../playwright.config'
import { createBoard } from '../server/testing/syncClient'

const { values } = parseArgs({
  options: { origin: { type: 'string' }, runs: { type: 'string', default: '3' }, verbose: { type: 'boolean', default: false } },
})
if (!values.origin) throw new Error('Usage: npx tsx bench/pageWeight.ts --origin http://127.0.0.1:<port> [--runs 3] [--verbose]')
const origin = values.origin
const runs = Number(values.runs)

/** One HTTP request as the browser saw it. */
interface Seen {
  url: string
  status: number
  encoding: string
  bytes: number
  cached: boolean
}

/** Totals of one page load. */
interface Load {
  requests: number
  /** Requests that reached the server (not answered by the cache). */
  network: number
  /** Of those, answered 304. */
  notModified: number
  bytes: number
  /** Bytes per content coding of the answers (br, gzip, none). */
  byEncoding: Record<string, number>
}

/** Records every request of `page`; each call of the function returned takes what was seen since the last. */
async function record(page: Page): Promise<() => Seen[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  const seen = new Map<string, Seen>()
  // Chromium tells of a cache hit before the response itself.
  const fromCache = new Set<string>()
  cdp.on('Network.requestServedFromCache', ({ requestId }) => fromCache.add(requestId))
  // A revalidated answer is reported as the cached 200; the status on the wire (304) comes here.
  const wireStatus = new Map<string, number>()
  cdp.on('Network.responseReceivedExtraInfo', ({ requestId, statusCode }) => wireStatus.set(requestId, statusCode))
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const headers = Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [name.toLowerCase(), value]))
    seen.set(requestId, {
      url: response.url,
      status: response.status,
      encoding: headers['content-encoding'] ?? 'none',
      bytes: 0,
      cached: fromCache.has(requestId) || response.fromDiskCache === true || response.fromServiceWorker === true,
    })
  })
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const entry = seen.get(requestId)
    if (entry) entry.bytes = entry.cached ? 0 : encodedDataLength
  })
  return () => {
    const taken = [...seen.entries()]
      .filter(([, entry]) => entry.url.startsWith('http'))
      .map(([requestId, entry]) => ({ ...entry, status: wireStatus.get(requestId) ?? entry.status }))
    seen.clear()
    fromCache.clear()
    wireStatus.clear()
    if (values.verbose)
      for (const entry of taken) console.log(`  ${entry.status} ${entry.cached ? 'cache' : entry.encoding} ${entry.bytes} ${entry.url}`)
    return taken
  }
}

function totals(seen: Seen[]): Load {
  const network = seen.filter((entry) => !entry.cached)
  const byEncoding: Record<string, number> = {}
  for (const entry of network) byEncoding[entry.encoding] = (byEncoding[entry.encoding] ?? 0) + entry.bytes
  return {
    requests: seen.length,
    network: network.length,
    notModified: network.filter((entry) => entry.status === 304).length,
    bytes: network.reduce((sum, entry) => sum + entry.bytes, 0),
    byEncoding,
  }
}

/** Joins when asked (a reload remembers the name) and waits for the board, its fonts and an idle network. */
async function boardShown(page: Page): Promise<void> {
  const joinButton = page.getByRole('button', { name: 'Join board' })
  const canvas = page.locator('.tl-canvas')
  await joinButton.or(canvas).first().waitFor({ state: 'visible', timeout: 60_000 })
  if (await joinButton.isVisible()) {
    const name = page.getByLabel('Your name')
    if (!(await name.inputValue())) {
      await name.fill('Łucja Wołoszyn')
      await page.getByLabel('Your cooperative').fill('Spółdzielnia Mieszkaniowa „Zgoda”')
    }
    await joinButton.click()
  }
  await canvas.waitFor({ state: 'visible', timeout: 60_000 })
  // The canvas asks for tldraw's fonts as it draws; an idle network alone may come first.
  await page.evaluate(async () => {
    await document.fonts.ready
  })
  await page.waitForLoadState('networkidle', { timeout: 60_000 })
}

async function measureOnce(): Promise<{ cold: Load; warm: Load }> {
  const board = await createBoard(origin, 'Asamblea general · Spółdzielnia · 協同組合')
  const browser = await chromium.launch(playwrightConfig.use?.launchOptions)
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
    const page = await context.newPage()
    const take = await record(page)
    await page.goto(board.links.facilitator)
    await boardShown(page)
    const cold = totals(take())
    await page.reload()
    await boardShown(page)
    const warm = totals(take())
    return { cold, warm }
  } finally {
    await browser.close()
  }
}

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

const loads: { cold: Load; warm: Load }[] = []
for (let run = 0; run < runs; run += 1) loads.push(await measureOnce())
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
for (const kind of ['cold', 'warm'] as const) {
  const last = loads[loads.length - 1]?.[kind]
  const bytes = median(loads.map((load) => load[kind].bytes))
  console.log(
    `${kind}: ${kib(bytes)} (${bytes} bytes, median of ${runs}); requests ${last?.requests}, over the network ${last?.network}, ` +
      `304 ${last?.notModified}; by coding ${JSON.stringify(last?.byEncoding)}`,
  )
}
