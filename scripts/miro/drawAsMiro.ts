/**
 * Draws a Miro export as Miro shows it, into a PNG: the "before" picture of an import.
 *
 *   npx tsx scripts/miro/drawAsMiro.ts out.png export.json [more.json …] [--all] [--max-side 2400]
 *
 * Takes what the importer takes: one response page, an array of pages or items, or several
 * page files (items and connectors) merged in cursor order. By default the picture shows the
 * frames and what lies near them, and names the items beyond (`--all` shows everything, as
 * Miro's "zoom to fit" would). Nothing is fetched: images are grey boxes with their title.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parseMiroJson, readMiroInput } from '../../shared/miro/input'
import { mergeMiroFiles } from '../../shared/miro/pages'
import { launchChromium } from './browser'
import { boardPage } from './miroScene'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { all: { type: 'boolean', default: false }, 'max-side': { type: 'string', default: '2400' }, html: { type: 'string' } },
})
const [out, ...inputs] = positionals
if (!out || inputs.length === 0) {
  console.error('usage: npx tsx scripts/miro/drawAsMiro.ts out.png export.json [more.json …] [--all] [--max-side N] [--html page.html]')
  process.exit(2)
}

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

const files = inputs.map((path) => {
  const parsed = parseMiroJson(readFileSync(path, 'utf8'))
  if (!parsed.ok) fail(`${path}: ${parsed.error}`)
  return { name: basename(path), value: parsed.value }
})
const merged = mergeMiroFiles(files)
if (!merged.ok) fail(`${merged.file ?? 'export'}: ${merged.error}`)
for (const warning of merged.warnings) console.warn(`warning: ${warning.code} ${JSON.stringify(warning.params ?? {})}`)
const read = readMiroInput(merged.value)
if (!read.ok) fail(read.error)
for (const item of read.input.rejected) console.warn(`not drawn: ${item.type} ${item.id}: ${item.reason}`)

const maxSide = Number.parseInt(values['max-side'], 10)
const page = boardPage(read.input.items, { all: values.all, maxSide: Number.isFinite(maxSide) && maxSide > 0 ? maxSide : 2400 })
if (values.html) writeFileSync(values.html, page.html)

const browser = await launchChromium()
try {
  const tab = await browser.newPage({ viewport: { width: page.width, height: page.height } })
  await tab.setContent(page.html)
  await tab.evaluate(() => document.fonts.ready)
  // Miro sizes a sticky's text to fill the note: the largest size at which it fits.
  await tab.evaluate(() => {
    for (const box of document.querySelectorAll<HTMLElement>('.fit')) {
      const inner = box.querySelector<HTMLElement>('.fit-inner')
      if (!inner) continue
      const style = getComputedStyle(box)
      const room = box.clientHeight - Number.parseFloat(style.paddingTop) - Number.parseFloat(style.paddingBottom)
      let size = Number(box.dataset['max']) || 48
      box.style.fontSize = `${size}px`
      while (size > 4 && (inner.offsetHeight > room || inner.scrollWidth > inner.clientWidth + 1)) {
        size *= 0.92
        box.style.fontSize = `${size}px`
      }
    }
  })
  await tab.screenshot({ path: resolve(out) })
  console.log(`${resolve(out)}: ${read.input.items.length} items, ${page.width} × ${page.height}`)
} finally {
  await browser.close()
}
