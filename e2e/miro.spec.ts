/**
 * Importing a Miro board: a facilitator imports Miro's JSON of 200 stickies in 5 frames
 * through the Export menu, sees the preview, imports, and the board holds 200 notes in 5
 * frames with the camera on them; the minutes (Markdown) carry every note's text. A file that
 * is not a Miro export is refused with its reason and changes nothing.
 */
import { stickiesInFrames, stickyText, frameTitles } from '../shared/miro/fixtures/generate'
import { boardCounts, createBoardFromHome, join, readSharedLinks, tokenOf } from './board'
import { expect, newPerson, test } from './fixtures'

const SHOTS = '/tmp/shots/pictures'

// Wide enough for the whole top bar (at 1280 px its last buttons, Share among them, overflow).
test.use({ viewport: { width: 1680, height: 900 } })

test('a facilitator imports 200 Miro stickies in 5 frames and exports them to Markdown', async ({ browser, server }) => {
  const ana = await newPerson(browser, server.origin)
  const { page } = ana
  const boardId = await createBoardFromHome(page, server.origin, 'Miro import')
  await join(page, 'Ana', 'Cooperativa Sur')
  const token = tokenOf((await readSharedLinks(page)).facilitator)

  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByTestId('export-miro-import').click()
  const dialog = page.getByTestId('miro-import-dialog')
  await expect(dialog).toBeVisible()

  // Not a Miro export: refused with its reason, nothing to import.
  await dialog.getByTestId('miro-import-file').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"boards": []}') })
  await expect(dialog.getByTestId('miro-import-error')).toContainText('not a Miro export')
  await expect(dialog.getByTestId('miro-import-submit')).toBeDisabled()

  // Miro's paginated response, as a list of pages, plus an image that cannot come along.
  const pages = stickiesInFrames(5, 40)
  pages[0]?.data.push({ id: '9999', type: 'image', data: { imageUrl: 'https://example.com/x.png' }, position: { x: 0, y: 2000 } })
  await dialog.getByTestId('miro-import-file').setInputFiles({ name: 'miro-board.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pages)) })
  await expect(dialog.getByTestId('miro-import-summary')).toHaveText('Ready: 200 sticky notes, 5 frames. 1 item skipped.')
  await expect(dialog.getByTestId('miro-import-skipped')).toContainText('images are not imported')
  await page.screenshot({ path: `${SHOTS}/miro-preview.png` })
  await dialog.getByTestId('miro-import-submit').click()
  await expect(dialog).toBeHidden()

  // The server holds 200 notes; the canvas shows the 5 frames, in view.
  await expect.poll(async () => (await boardCounts(server.origin, boardId, token)).notes).toBe(200)
  const frames = page.locator('.tl-shape[data-shape-type="frame"]:not(.tl-shape-background)')
  await expect(frames).toHaveCount(5)
  for (const title of frameTitles(5)) await expect(page.locator('.tl-frame-heading', { hasText: title })).toHaveCount(1)
  await expect
    .poll(async () => {
      const stage = await page.locator('.board__stage').boundingBox()
      const boxes = await Promise.all((await frames.all()).map((frame) => frame.boundingBox()))
      return boxes.every((box) => box && stage && box.x >= stage.x - 1 && box.x + box.width <= stage.x + stage.width + 1)
    })
    .toBe(true)
  await page.screenshot({ path: `${SHOTS}/miro-imported.png` })

  // The minutes list every imported note.
  const response = await fetch(`${server.origin}/api/boards/${boardId}/export.md`, { headers: { authorization: `Bearer ${token}` } })
  expect(response.status).toBe(200)
  const markdown = await response.text()
  for (let n = 0; n < 200; n++) expect(markdown).toContain(stickyText(n))
  const { writeFile } = await import('node:fs/promises')
  await writeFile(`${SHOTS}/miro-minutes.md`, markdown)
  expect(ana.foreignRequests).toEqual([])
})
