/**
 * Pictures of a board through the Export menu: a PNG and an SVG of the whole board, a PNG of
 * one coop corner (named after the board and the corner), and a PDF with one page per corner,
 * the empty ones included once "Leave out empty areas" is unticked (e2e/meeting-record.spec.ts
 * checks the default).
 * The files are checked (PNG signature and size, SVG text with the note's author footer, PDF
 * pages) and saved to /tmp/shots/pictures for a person to look at.
 */
import { mkdirSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import type { Download, Page } from '@playwright/test'
import { addSticky, createBoardFromHome, join, noteWithText } from './board'
import { cornerIdOf, directoryItem, expectFrameInView, openDirectory } from './corners'
import { expect, newPerson, test } from './fixtures'
import { localFileDate } from '../shared/export/fileName'

const SHOTS = '/tmp/shots/pictures'

// Wide enough for the whole top bar (at 1280 px its last buttons, Share among them, overflow).
test.use({ viewport: { width: 1680, height: 900 } })
const BOARD = 'Spring assembly'
/** How the board's title and the day begin and end every download's name (shared/export/fileName.ts). */
const name = (what: string, extension: string) => `spring-assembly-${what}-${localFileDate()}.${extension}`

async function downloadFrom(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const pending = page.waitForEvent('download')
  await click()
  const download = await pending
  const bytes = await readFile((await download.path()) ?? '')
  await writeFile(`${SHOTS}/${download.suggestedFilename()}`, bytes)
  return { download, bytes }
}

async function pictureDialog(page: Page) {
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByTestId('export-picture').click()
  const dialog = page.getByTestId('picture-dialog')
  await expect(dialog).toBeVisible()
  return dialog
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

test('the board, a corner and every corner as PNG, SVG and PDF', async ({ browser, server }) => {
  mkdirSync(SHOTS, { recursive: true })
  const ana = await newPerson(browser, server.origin)
  const { page } = ana
  await createBoardFromHome(page, server.origin, BOARD)
  await join(page, 'Ana', 'Cooperativa Sur')

  // Three coops, three corners; a note in Cooperativa Sur's corner.
  const panel = await openDirectory(page)
  await panel.getByTestId('import-roster-button').click()
  const roster = page.getByTestId('import-roster-dialog')
  await roster.getByLabel('Member list').fill('Cooperativa Sur\nTokyo Tech Coop\nKumo Kōbō')
  await roster.getByTestId('import-roster-submit').click()
  await expect(roster).toBeHidden()
  const sur = await cornerIdOf(page, 'Cooperativa Sur')
  await directoryItem(page, 'Cooperativa Sur')
    .getByRole('button', { name: /^Cooperativa Sur/ })
    .click()
  await expectFrameInView(page, sur)
  await addSticky(page, 'Shared tooling budget')
  await expect(noteWithText(page, 'Shared tooling budget')).toBeVisible()
  await page.getByRole('button', { name: 'Close coops' }).click()

  // The whole board as PNG.
  let dialog = await pictureDialog(page)
  await page.screenshot({ path: `${SHOTS}/picture-dialog.png` })
  await dialog.getByLabel('The whole board').check()
  await expect(dialog.getByTestId('picture-file-name')).toHaveText(name('board', 'png'))
  const png = await downloadFrom(page, () => dialog.getByTestId('picture-download').click())
  expect(png.download.suggestedFilename()).toBe(name('board', 'png'))
  expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  const size = pngSize(png.bytes)
  expect(size.width).toBeGreaterThan(0)
  expect(size.height).toBeGreaterThan(0)
  await expect(dialog).toBeHidden()

  // The whole board as SVG: it holds the note's text and its author footer.
  dialog = await pictureDialog(page)
  await dialog.getByLabel('The whole board').check()
  await dialog.getByRole('radio', { name: /^SVG/ }).check()
  const svg = await downloadFrom(page, () => dialog.getByTestId('picture-download').click())
  expect(svg.download.suggestedFilename()).toBe(name('board', 'svg'))
  const svgText = svg.bytes.toString('utf8')
  expect(svgText).toContain('Shared tooling budget')
  expect(svgText).toContain('Ana · Cooperativa Sur')
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    return { root: doc.documentElement.nodeName, errors: doc.getElementsByTagName('parsererror').length }
  }, svgText)
  expect(parsed).toEqual({ root: 'svg', errors: 0 })

  // One corner, picked from the list, named after the board and the corner.
  dialog = await pictureDialog(page)
  await dialog.getByLabel('One area').check()
  await dialog.getByTestId('picture-area').selectOption({ label: 'Cooperativa Sur' })
  const corner = await downloadFrom(page, () => dialog.getByTestId('picture-download').click())
  expect(corner.download.suggestedFilename()).toBe(name('corner-cooperativa-sur', 'png'))
  expect(pngSize(corner.bytes).width).toBeGreaterThan(0)

  // The PDF: one page per corner.
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByTestId('export-pdf').click()
  const pdfDialog = page.getByTestId('pdf-dialog')
  await expect(pdfDialog.getByTestId('pdf-summary')).toContainText('1 page (1 corner)')
  await pdfDialog.getByTestId('pdf-leave-out-empty').uncheck()
  await expect(pdfDialog.getByTestId('pdf-summary')).toContainText('3 pages (3 corners)')
  await page.screenshot({ path: `${SHOTS}/pdf-dialog.png` })
  const pdf = await downloadFrom(page, () => pdfDialog.getByTestId('pdf-download').click())
  expect(pdf.download.suggestedFilename()).toBe(name('areas', 'pdf'))
  const pdfText = pdf.bytes.toString('latin1')
  expect(pdfText.startsWith('%PDF-')).toBe(true)
  expect(pdfText.match(/\/Type \/Page(?!s)/g)).toHaveLength(3)
  await expect(pdfDialog).toBeHidden()

  // For a person to look at: the SVG drawn by the browser, and each PDF page's picture.
  const viewer = await browser.newPage()
  await viewer.setContent(
    `<body style="margin:0;background:#fff"><img id="svg" src="data:image/svg+xml;base64,${svg.bytes.toString('base64')}"></body>`,
  )
  await viewer.locator('#svg').screenshot({ path: `${SHOTS}/svg-rendered.png` })
  let at = 0
  let pageNumber = 0
  for (;;) {
    const start = pdfText.indexOf('/DCTDecode', at)
    if (start < 0) break
    const streamStart = pdfText.indexOf('stream\n', start) + 'stream\n'.length
    const streamEnd = pdfText.indexOf('\nendstream', streamStart)
    pageNumber++
    await writeFile(`${SHOTS}/pdf-page-${pageNumber}.jpg`, pdf.bytes.subarray(streamStart, streamEnd))
    at = streamEnd
  }
  expect(pageNumber).toBe(3)
  await viewer.close()
  expect(ana.foreignRequests).toEqual([])
})
