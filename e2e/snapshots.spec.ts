/**
 * Snapshots and board files with two people: a facilitator saves a snapshot, a participant
 * deletes every note, the facilitator looks back in time (the live board untouched) and
 * restores the board through the UI, and the participant sees the notes come back. The
 * board's .tldr export opens in tldraw's own parser and imports again as a new page.
 */
import { readFile } from 'node:fs/promises'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join as joinPath } from 'node:path'
import { createTLSchema, parseTldrawJsonFile } from 'tldraw'
import { addSticky, boardCounts, createBoardFromHome, join, noteWithText, readSharedLinks, tokenOf } from './board'
import { expect, newPerson, test } from './fixtures'
import { localFileDate } from '../shared/export/fileName'

const SHOTS = '/tmp/shots/snapshots'

test('a deleted board comes back from the last snapshot, and .tldr files go out and in', async ({ browser, server }) => {
  mkdirSync(SHOTS, { recursive: true })
  const ana = await newPerson(browser, server.origin)
  const bo = await newPerson(browser, server.origin)
  const boardId = await createBoardFromHome(ana.page, server.origin, 'June assembly')
  await join(ana.page, 'Ana', 'Cooperativa Sur')
  const links = await readSharedLinks(ana.page)
  const facilitatorToken = tokenOf(links.facilitator)
  await bo.page.goto(links.participant)
  await join(bo.page, 'Bo', 'Tokyo Tech Coop')

  await addSticky(ana.page, 'Budget idea')
  await addSticky(ana.page, 'Housing idea')
  await expect(noteWithText(bo.page, 'Housing idea')).toBeVisible()

  // Ana saves a snapshot from the panel.
  await ana.page.getByTestId('snapshots-button').click()
  const panel = ana.page.getByTestId('snapshots-panel')
  await panel.getByTestId('snapshot-name').fill('Assembly 4 June')
  await panel.getByTestId('snapshot-save').click()
  await expect(panel.getByTestId('snapshot-item-name')).toHaveText(['Assembly 4 June'])
  await expect(panel.getByTestId('snapshot-item').first()).toContainText('Ana · Cooperativa Sur')
  await ana.page.screenshot({ path: `${SHOTS}/panel.png` })

  // Bo deletes every note on the board.
  await bo.page.locator('.tl-canvas').click({ position: { x: 30, y: 400 } })
  await bo.page.keyboard.press('ControlOrMeta+a')
  await bo.page.keyboard.press('Delete')
  await expect(noteWithText(ana.page, 'Budget idea')).toHaveCount(0)
  await expect.poll(async () => (await boardCounts(server.origin, boardId, facilitatorToken)).notes).toBe(0)

  // Ana opens the snapshot: it shows the notes, read-only, and the live board stays empty.
  await panel.getByRole('button', { name: 'Open “Assembly 4 June”' }).click()
  const view = ana.page.getByTestId('snapshot-view')
  await expect(view.getByTestId('snapshot-view-title')).toContainText('Snapshot “Assembly 4 June”')
  await expect(view.locator('.tl-shape[data-shape-type="note"]').filter({ hasText: 'Budget idea' })).toBeVisible()
  await expect(view.locator('.tl-shape[data-shape-type="note"]')).toHaveCount(2)
  await expect(noteWithText(bo.page, 'Budget idea')).toHaveCount(0)
  expect((await boardCounts(server.origin, boardId, facilitatorToken)).notes).toBe(0)
  await ana.page.screenshot({ path: `${SHOTS}/time-travel.png` })

  // She restores the whole board; the confirmation says what will come back.
  await view.getByTestId('snapshot-restore-board').click()
  const dialog = ana.page.getByTestId('restore-dialog')
  await expect(dialog.getByTestId('restore-summary')).toContainText('2 items brought back as they were')
  await ana.page.screenshot({ path: `${SHOTS}/restore-confirmation.png` })
  await dialog.getByTestId('restore-confirm').click()
  await expect(view).toBeHidden()
  await expect(panel.getByTestId('snapshots-notice')).toContainText('Restored the board from “Assembly 4 June”')

  // Bo sees the notes back; the board as it was before the restore is kept as a snapshot too.
  await expect(noteWithText(bo.page, 'Budget idea')).toBeVisible()
  await expect(noteWithText(bo.page, 'Housing idea')).toBeVisible()
  await expect.poll(async () => (await boardCounts(server.origin, boardId, facilitatorToken)).notes).toBe(2)
  await expect(panel.getByTestId('snapshot-item-name')).toHaveText(['Before restoring “Assembly 4 June”', 'Assembly 4 June'])

  // The live board's .tldr export, from the Export menu, is a file tldraw's own parser opens.
  await ana.page.getByTestId('export-menu-button').click()
  await ana.page.screenshot({ path: `${SHOTS}/export-menu.png` })
  const downloading = ana.page.waitForEvent('download')
  await ana.page.getByTestId('export-tldr').click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(`june-assembly-board-${localFileDate()}.tldr`)
  const tldrPath = joinPath(mkdtempSync(joinPath(tmpdir(), 'plenary-tldr-')), 'snapshots-export.tldr')
  await download.saveAs(tldrPath)
  const parsed = parseTldrawJsonFile({ json: await readFile(tldrPath, 'utf8'), schema: createTLSchema() })
  expect(parsed.ok).toBe(true)
  if (parsed.ok) expect(parsed.value.allRecords().filter((r) => r.typeName === 'shape' && r.type === 'note')).toHaveLength(2)

  // Importing it adds it as a new page: the board now holds the notes twice.
  await panel.getByTestId('import-tldr-button').click()
  const importer = ana.page.getByTestId('import-tldr-dialog')
  await importer.getByTestId('import-tldr-file').setInputFiles(tldrPath)
  await expect(importer.getByTestId('import-tldr-summary')).toContainText('2 shapes on 1 page')
  await ana.page.screenshot({ path: `${SHOTS}/import-dialog.png` })
  await importer.getByTestId('import-tldr-submit').click()
  await expect(importer).toBeHidden()
  await expect.poll(async () => (await boardCounts(server.origin, boardId, facilitatorToken)).notes).toBe(4)
  await expect(panel.getByTestId('snapshots-notice')).toContainText('Imported 2 shapes from “snapshots-export.tldr” as a new page')
  await expect(ana.page.locator('.tl-shape[data-shape-type="note"]')).toHaveCount(2)
  await expect(noteWithText(ana.page, 'Budget idea')).toBeVisible()

  // A broken file is refused with a message, and nothing changes.
  await panel.getByTestId('import-tldr-button').click()
  await importer
    .getByTestId('import-tldr-file')
    .setInputFiles({ name: 'broken.tldr', mimeType: 'application/json', buffer: Buffer.from('{"records": 3') })
  await expect(importer.getByTestId('import-tldr-error')).toHaveText('This is not a tldraw file (.tldr).')
  await expect(importer.getByTestId('import-tldr-submit')).toBeDisabled()
  await importer.getByRole('button', { name: 'Cancel' }).click()
  expect((await boardCounts(server.origin, boardId, facilitatorToken)).notes).toBe(4)

  // Bo, a participant, sees the list but cannot save or restore.
  await bo.page.getByTestId('snapshots-button').click()
  const boPanel = bo.page.getByTestId('snapshots-panel')
  await expect(boPanel.getByTestId('snapshot-item')).toHaveCount(2)
  await expect(boPanel.getByTestId('snapshot-save')).toHaveCount(0)
  await expect(boPanel.getByTestId('snapshot-restore')).toHaveCount(0)
  expect(ana.foreignRequests).toEqual([])
})

test('restoring one area brings back that frame and its notes and leaves the rest of the board alone', async ({ browser, server }) => {
  const ana = await newPerson(browser, server.origin)
  const boardId = await createBoardFromHome(ana.page, server.origin, 'Area restore')
  await join(ana.page, 'Ana', 'Cooperativa Sur')
  const facilitatorToken = tokenOf((await readSharedLinks(ana.page)).facilitator)
  const canvas = ana.page.locator('.tl-canvas')

  // A frame with a note inside it, and a note outside it, drawn with tldraw's own tools.
  await canvas.click({ position: { x: 50, y: 700 } })
  await ana.page.keyboard.press('f')
  await ana.page.mouse.move(300, 200)
  await ana.page.mouse.down()
  await ana.page.mouse.move(800, 650, { steps: 8 })
  await ana.page.mouse.up()
  await ana.page.keyboard.press('Escape')
  for (const [text, x] of [
    ['Inside idea', 550],
    ['Outside idea', 1150],
  ] as const) {
    await ana.page.keyboard.press('n')
    await ana.page.mouse.click(x, 420)
    // Type only once the new note's text editor has the focus, or the first letters go astray.
    await expect(ana.page.locator('.ProseMirror[contenteditable="true"]')).toBeFocused()
    await ana.page.keyboard.type(text)
    await ana.page.keyboard.press('Escape')
    await ana.page.keyboard.press('Escape')
    await expect(noteWithText(ana.page, text)).toBeVisible()
  }
  await expect.poll(async () => (await boardCounts(server.origin, boardId, facilitatorToken)).shapes).toBe(3)

  await ana.page.getByTestId('snapshots-button').click()
  const panel = ana.page.getByTestId('snapshots-panel')
  await panel.getByTestId('snapshot-name').fill('Before the vote')
  await panel.getByTestId('snapshot-save').click()
  await expect(panel.getByTestId('snapshot-item-name')).toHaveText(['Before the vote'])

  // Everything is deleted.
  await canvas.click({ position: { x: 50, y: 700 } })
  await ana.page.keyboard.press('ControlOrMeta+a')
  await ana.page.keyboard.press('Delete')
  await expect.poll(async () => (await boardCounts(server.origin, boardId, facilitatorToken)).shapes).toBe(0)

  // Only the frame is restored: its note comes back, the note outside it does not.
  await panel.getByRole('button', { name: 'Open “Before the vote”' }).click()
  const view = ana.page.getByTestId('snapshot-view')
  await expect(view.getByTestId('snapshot-area')).toHaveValue(/^shape:/)
  await view.getByTestId('snapshot-restore-area').click()
  const dialog = ana.page.getByTestId('restore-dialog')
  await expect(dialog).toContainText('Restore the area “Frame”?')
  await expect(dialog.getByTestId('restore-summary')).toContainText('2 items brought back')
  await dialog.getByTestId('restore-confirm').click()
  await expect(view).toBeHidden()
  await expect(noteWithText(ana.page, 'Inside idea')).toBeVisible()
  await expect(noteWithText(ana.page, 'Outside idea')).toHaveCount(0)
  await expect.poll(async () => (await boardCounts(server.origin, boardId, facilitatorToken)).shapes).toBe(2)
})
