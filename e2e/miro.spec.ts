/**
 * Importing a Miro board: a facilitator brings the community's assembly board over from
 * Miro's REST API export (three pages of items and a page of connectors, shared/miro/fixtures/
 * assembly) in one step, choosing all its files at once in no particular order. A file that is
 * not a Miro export is refused with its reason, and a first page alone is imported only with a
 * warning that more pages exist. The board then holds what the fixture documents, kind by kind,
 * with the six frames on screen, and nothing was fetched from another host.
 */
import { assemblyFiles, FIXTURE_COUNTS, FRAME_TITLES, importedKinds } from '../shared/miro/fixtures/assembly'
import { boardCounts, createBoardFromHome, join, readSharedLinks, tokenOf } from './board'
import { expect, newPerson, test } from './fixtures'

const SHOTS = '/tmp/shots/pictures'

// Wide enough for the whole top bar (at 1280 px its last buttons, Share among them, overflow).
test.use({ viewport: { width: 1680, height: 900 } })

function jsonFile(name: string, text: string): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) }
}

test('a facilitator imports a multi-page Miro export in one step, and gets what it documents', async ({ browser, server }) => {
  const ana = await newPerson(browser, server.origin)
  const { page } = ana
  const boardId = await createBoardFromHome(page, server.origin, 'Asamblea de diciembre')
  await join(page, 'Ana', 'Cooperativa Sur')
  const token = tokenOf((await readSharedLinks(page)).facilitator)

  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByTestId('export-miro-import').click()
  const dialog = page.getByTestId('miro-import-dialog')
  const input = dialog.getByTestId('miro-import-file')

  // Not a Miro export: refused with its reason, nothing to import.
  await input.setInputFiles(jsonFile('other.json', '{"boards": []}'))
  await expect(dialog.getByTestId('miro-import-error')).toContainText('not a Miro export')
  await expect(dialog.getByTestId('miro-import-submit')).toBeDisabled()

  // The first page alone: importable, with a warning that the export goes on.
  const files = new Map(assemblyFiles().map(({ name, text }) => [name, text]))
  await input.setInputFiles(jsonFile('items-1.json', files.get('items-1.json') ?? ''))
  await expect(dialog.getByTestId('miro-import-warnings')).toContainText(
    `This is the first page of a longer Miro export: 50 of ${FIXTURE_COUNTS.items} items.`,
  )

  // Every file at once, in no particular order: merged by cursor, no warning.
  const shuffled = ['items-3.json', 'connectors.json', 'items-1.json', 'items-2.json']
  await input.setInputFiles(shuffled.map((name) => jsonFile(name, files.get(name) ?? '')))
  await expect(dialog.getByTestId('miro-import-files')).toHaveText(
    'From 4 files: items-3.json, connectors.json, items-1.json, items-2.json',
  )
  await expect(dialog.getByTestId('miro-import-summary')).toContainText(`${FIXTURE_COUNTS.frames} frames`)
  await expect(dialog.getByTestId('miro-import-summary')).toContainText(`${FIXTURE_COUNTS.skipped} items skipped`)
  await expect(dialog.getByTestId('miro-import-warnings')).toHaveCount(0)
  // What has no equivalent is named, not only what was skipped.
  await expect(dialog.getByTestId('miro-import-lost')).toContainText('authors of')
  await page.screenshot({ path: `${SHOTS}/miro-preview.png` })
  await dialog.getByTestId('miro-import-submit').click()
  await expect(dialog).toBeHidden()

  // The server holds what the fixture documents, kind by kind.
  const { notes, frames: frameCount, texts, shapes, placeholders, arrows } = FIXTURE_COUNTS
  await expect.poll(async () => (await boardCounts(server.origin, boardId, token)).notes).toBe(notes)
  const exported = await fetch(`${server.origin}/api/boards/${boardId}/export.tldr`, { headers: { authorization: `Bearer ${token}` } })
  expect(exported.status).toBe(200)
  const { records } = (await exported.json()) as { records: unknown[] }
  expect(importedKinds(records)).toEqual({ notes, frames: frameCount, texts, shapes, placeholders, arrows })

  // The canvas shows the six frames, in view, though one note lay 40,000 px away in Miro.
  const frames = page.locator('.tl-shape[data-shape-type="frame"]:not(.tl-shape-background)')
  await expect(frames).toHaveCount(frameCount)
  for (const title of FRAME_TITLES) await expect(page.locator('.tl-frame-heading', { hasText: title })).toHaveCount(1)
  await expect
    .poll(async () => {
      const stage = await page.locator('.board__stage').boundingBox()
      const boxes = await Promise.all((await frames.all()).map((frame) => frame.boundingBox()))
      return boxes.every(
        (box) =>
          box &&
          stage &&
          box.x >= stage.x - 1 &&
          box.x + box.width <= stage.x + stage.width + 1 &&
          box.y + box.height <= stage.y + stage.height + 1,
      )
    })
    .toBe(true)
  await page.screenshot({ path: `${SHOTS}/miro-imported.png` })
  // A link keeps its exact address, query string and all; showing it fetched nothing.
  await expect(page.locator('.tl-shape a[href="https://example.org/minutes?meeting=42&lang=es#decisions"]').first()).toBeAttached()
  expect(ana.foreignRequests).toEqual([])
})
