/**
 * The Content-Security-Policy in a real browser: a facilitator uses a whole board under it
 * (notes, a dropped picture, every side panel, the share dialog, a roster import, a snapshot
 * opened, PNG, SVG and PDF pictures of the board), and the browser reports not one
 * violation, nor any request to another host.
 */
import type { BrowserContext, Page } from '@playwright/test'
import { addSticky, createBoardFromHome, join, noteWithText, openShareDialog } from './board'
import { expect, newPerson, test } from './fixtures'

// Wide enough for the whole top bar (at 1280 px its last buttons overflow).
test.use({ viewport: { width: 1680, height: 900 } })

/** A 16×16 PNG, small enough to write here. */
const PICTURE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFklEQVR4nGM4EWVDEmIY1TCqYfhqAACeeF4QkI5G2gAAAABJRU5ErkJggg==',
  'base64',
)

/** Drops a PNG file on the canvas as a person dragging it from their desktop would. */
async function dropPicture(page: Page): Promise<void> {
  const dataTransfer = await page.evaluateHandle((data) => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([new Uint8Array(data)], 'picture.png', { type: 'image/png' }))
    return transfer
  }, [...PICTURE])
  const canvas = page.locator('.tl-canvas')
  const box = await canvas.boundingBox()
  const at = { clientX: (box?.x ?? 0) + (box?.width ?? 0) / 2, clientY: (box?.y ?? 0) + (box?.height ?? 0) / 2 }
  await canvas.dispatchEvent('dragover', { dataTransfer, ...at })
  await canvas.dispatchEvent('drop', { dataTransfer, ...at })
}

/** Collects every CSP violation the browser reports in `context`, from events and console. */
async function recordViolations(context: BrowserContext, page: Page): Promise<string[]> {
  const violations: string[] = []
  await context.exposeBinding('__plenaryCspViolation', (_source, text: string) => {
    violations.push(text)
  })
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __plenaryCspViolation: (text: string) => void }).__plenaryCspViolation
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`)
    })
  })
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`)
  })
  return violations
}

test('a board session under the CSP: zero violations, nothing from another host', async ({ browser, server }) => {
  const ana = await newPerson(browser, server.origin)
  const { page } = ana
  const violations = await recordViolations(ana.context, page)

  const home = await page.goto(server.origin)
  expect(home?.headers()['content-security-policy']).toContain("default-src 'self'")
  await createBoardFromHome(page, server.origin, 'Policy assembly')
  await join(page, 'Ana', 'Cooperativa Sur')
  const board = await page.reload()
  expect(board?.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')

  // A roster import (a dialog, then corners drawn on the canvas) and notes.
  await page.getByTestId('coops-button').click()
  await page.getByTestId('import-roster-button').click()
  const roster = page.getByTestId('import-roster-dialog')
  await roster.getByLabel('Member list').fill('Cooperativa Sur\nTokyo Tech Coop')
  await roster.getByTestId('import-roster-submit').click()
  await expect(roster).toBeHidden()
  await addSticky(page, 'Shared tooling budget')
  await addSticky(page, 'Housing fund')
  await expect(noteWithText(page, 'Housing fund')).toBeVisible()
  // A picture, uploaded to the board's asset store and shown from it (through a blob: URL).
  await dropPicture(page)
  await expect(page.locator('.tl-shape[data-shape-type="image"] img.tl-image')).toBeVisible()

  // Every side panel, one after the other.
  for (const panel of ['coops', 'breakouts', 'votes', 'decisions', 'snapshots']) {
    const button = page.getByTestId(`${panel}-button`)
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click()
    await expect(button).toHaveAttribute('aria-expanded', 'true')
  }

  // A snapshot saved and opened (a second, read-only tldraw editor).
  const snapshots = page.getByTestId('snapshots-panel')
  await snapshots.getByTestId('snapshot-name').fill('Before the vote')
  await snapshots.getByTestId('snapshot-save').click()
  await snapshots.getByRole('button', { name: 'Open “Before the vote”' }).click()
  const view = page.getByTestId('snapshot-view')
  await expect(view.locator('.tl-shape[data-shape-type="note"]')).toHaveCount(2)
  await page.keyboard.press('Escape')
  await expect(view).toBeHidden()

  await openShareDialog(page)
  await page.getByRole('dialog', { name: /Share/ }).getByRole('button', { name: 'Close' }).click()

  // Pictures: PNG and SVG of the whole board, and the PDF of the corners.
  for (const format of ['PNG', 'SVG']) {
    await page.getByRole('button', { name: 'Export', exact: true }).click()
    await page.getByTestId('export-picture').click()
    const dialog = page.getByTestId('picture-dialog')
    await dialog.getByLabel('The whole board').check()
    await dialog.getByRole('radio', { name: new RegExp(`^${format}`) }).check()
    const download = page.waitForEvent('download')
    await dialog.getByTestId('picture-download').click()
    expect((await download).suggestedFilename()).toBe(`Policy assembly.${format.toLowerCase()}`)
  }
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByTestId('export-pdf').click()
  const pdfDownload = page.waitForEvent('download')
  await page.getByTestId('pdf-dialog').getByTestId('pdf-download').click()
  expect((await pdfDownload).suggestedFilename()).toMatch(/\.pdf$/)

  expect(violations).toEqual([])
  expect(ana.foreignRequests).toEqual([])
})
