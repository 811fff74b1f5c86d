/**
 * Draws docs/img/miro-colours.png: each Miro sticky colour beside the real tldraw note it is
 * imported as, and checks the table against what Chromium renders by sampling each note's fill.
 * Prints the Markdown table for docs/MIRO.md.
 *
 *   npx tsx scripts/miro/drawColours.ts [out.png]
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import serveStatic from 'serve-static'
import { build } from 'vite'
import { hexDifference } from '../../shared/miro/colorDifference'
import { launchChromium, samplePixel } from './browser'
import { SHEET, sheetRows } from './colourSheet/layout'

const out = resolve(process.argv[2] ?? 'docs/img/miro-colours.png')
const dist = mkdtempSync(join(tmpdir(), 'miro-colours-'))

await build({
  root: resolve(import.meta.dirname, 'colourSheet'),
  base: './',
  configFile: false,
  logLevel: 'warn',
  plugins: [react()],
  build: { outDir: dist, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
})

const serve = serveStatic(dist)
const server = createServer((req, res) => {
  serve(req, res, () => res.writeHead(404).end())
})
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
const { port } = server.address() as AddressInfo

const browser = await launchChromium()
try {
  const rows = sheetRows()
  const page = await browser.newPage({ viewport: { width: 720, height: SHEET.headerHeight + rows.length * SHEET.rowHeight } })
  await page.goto(`http://127.0.0.1:${port}/index.html`)
  await page.waitForSelector('body[data-ready="true"] .tl-note__container')
  await page.waitForFunction((count) => document.querySelectorAll('.tl-note__container').length === count, rows.length)
  await page.evaluate(() => document.fonts.ready)

  const canvas = await page.locator('.tl-container').boundingBox()
  if (!canvas) throw new Error('no tldraw canvas')
  const swatches = page.locator('[data-swatch="miro"]')
  console.log('| Miro colour | Miro hex | tldraw note | tldraw fill | ΔE00 | next closest | rendered: Miro / tldraw |')
  console.log('|---|---|---|---|---|---|---|')
  let mismatches = 0
  for (const [i, row] of rows.entries()) {
    const swatch = await swatches.nth(i).boundingBox()
    if (!swatch) throw new Error(`no swatch for ${row.miro}`)
    // Low on the left of each note: clear of the label, and below the faint inner shadow
    // tldraw draws along a note's top edge (48 world units deep).
    const inside = { x: 0.08 * SHEET.swatch, y: 0.85 * SHEET.swatch }
    const miro = await samplePixel(page, swatch.x + inside.x, swatch.y + inside.y)
    const tldraw = await samplePixel(page, canvas.x + 20 + inside.x, canvas.y + i * SHEET.rowHeight + 10 + inside.y)
    const off = hexDifference(tldraw, row.tldrawHex) > 1 || hexDifference(miro, row.miroHex) > 1
    if (off) mismatches++
    console.log(
      `| ${row.miro} | \`${row.miroHex}\` | ${row.tldraw} | \`${row.tldrawHex}\` | ${row.distance.toFixed(1)} | ${row.runnerUp.color} ${row.runnerUp.distance.toFixed(1)} | \`${miro}\` / \`${tldraw}\`${off ? ' ≠' : ''} |`,
    )
  }
  await page.screenshot({ path: out, fullPage: true })
  console.log(`\n${out}`)
  if (mismatches > 0) {
    console.error(`${mismatches} rendered colour(s) differ from the table by more than ΔE 1`)
    process.exitCode = 1
  }
} finally {
  await browser.close()
  server.close()
  rmSync(dist, { recursive: true, force: true })
}
