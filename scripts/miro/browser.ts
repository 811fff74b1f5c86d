/** Chromium as the project's tests launch it, and reading one pixel of a page. */
import { chromium, type Browser, type Page } from '@playwright/test'
import { unzlibSync } from 'fflate'
import config from '../../playwright.config'

/** Debian's Chromium with the flags of playwright.config.ts (no download, no network chatter). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(config.use?.launchOptions)
}

/** The colour of one CSS pixel of the page as rendered, as #rrggbb. */
export async function samplePixel(page: Page, x: number, y: number): Promise<string> {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 }, scale: 'css' })
  return firstPixel(png)
}

/** The first pixel of a PNG: its IDAT data inflated, past the row's filter byte (any filter leaves pixel one of row one as it is). */
function firstPixel(png: Buffer): string {
  const chunks: Buffer[] = []
  let colourType = -1
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at)
    const type = png.toString('latin1', at + 4, at + 8)
    const data = png.subarray(at + 8, at + 8 + length)
    if (type === 'IHDR') colourType = data.readUInt8(9)
    if (type === 'IDAT') chunks.push(data)
    at += 12 + length
  }
  if (colourType !== 2 && colourType !== 6) throw new Error(`unexpected PNG colour type ${colourType}`)
  const pixels = unzlibSync(Buffer.concat(chunks))
  return `#${[1, 2, 3].map((i) => (pixels[i] ?? 0).toString(16).padStart(2, '0')).join('')}`
}
