/**
 * An anonymous area in two browsers: a participant writes a note in it, and nothing shows or
 * keeps who wrote it. While he types, the facilitator sees the text but not his cursor (nor
 * the outline tldraw draws in his colour, which goes with it); his browser sends no writer for
 * the server to clear; the SVG export and the stored note name nobody.
 */
import { mkdir, readFile } from 'node:fs/promises'
import { createBoardFromHome, drawFrame, join, noteWithText, readSharedLinks, stageCentre, tokenOf } from './board'
import { expect, newPerson, test } from './fixtures'

const SHOTS = '/tmp/shots/anonymous'
const WRITER = { name: 'Bohdana Kowalczyk', coop: 'Norte Libre' }

// Wide enough for the whole top bar, so the Export menu is on screen.
test.use({ viewport: { width: 1680, height: 900 } })

/** Changes the server refused from participants as invalid records (what it clears counts too). */
async function participantRecordRefusals(origin: string): Promise<number> {
  const text = await (await fetch(`${origin}/metrics`)).text()
  const line = text
    .split('\n')
    .find(
      (l) => l.startsWith('plenary_refused_changes_total{') && l.includes('reason="invalid_record"') && l.includes('role="participant"'),
    )
  return line ? Number(line.split(' ').pop()) : 0
}

test('a note written in an anonymous area shows, sends, exports and stores no trace of its writer', async ({ browser, server }) => {
  await mkdir(SHOTS, { recursive: true })
  const ana = await newPerson(browser, server.origin)
  const bo = await newPerson(browser, server.origin)
  const boardId = await createBoardFromHome(ana.page, server.origin, 'Anonymous feedback')
  await join(ana.page, 'Ana', 'Sur')
  const links = await readSharedLinks(ana.page)
  await bo.page.goto(links.participant)
  await join(bo.page, WRITER.name, WRITER.coop)

  // Ana makes a frame in the middle of everyone's view anonymous.
  await drawFrame(ana.page)
  const toolbar = ana.page.getByTestId('area-toolbar')
  await toolbar.getByRole('button', { name: 'Make area anonymous' }).click()
  await expect(bo.page.getByTestId('area-badge-anonymous')).toBeVisible()
  // The way back is named by what it does: stripped authors do not come back.
  await expect(toolbar.getByRole('button', { name: 'Show authors of new notes' })).toHaveAttribute('title', /stay anonymous/)
  await toolbar.screenshot({ path: `${SHOTS}/area-toolbar-anonymous.png` })
  await ana.page.keyboard.press('Escape')
  const refusedBefore = await participantRecordRefusals(server.origin)

  // Bo's cursor shows to Ana while he points at the board.
  const centre = await stageCentre(bo.page)
  for (let i = 0; i < 20; i++) await bo.page.mouse.move(centre.x - 300 + i * 5, centre.y - 250)
  await expect(ana.page.locator('.tl-cursor')).toHaveCount(1)
  await expect(ana.page.locator('.tl-nametag')).toContainText(WRITER.name)

  // With tldraw's note tool he puts a note in the middle of the area, so his pointer stays
  // there, and types: Ana sees the words, not who writes them.
  await bo.page.keyboard.press('n')
  await bo.page.mouse.click(centre.x, centre.y)
  await expect(bo.page.locator('.tl-shape[data-shape-type="note"] [contenteditable="true"]')).toBeFocused()
  await bo.page.keyboard.type('Honest feedback')
  await expect(noteWithText(ana.page, 'Honest feedback')).toBeVisible()
  await expect(ana.page.locator('.tl-cursor')).toHaveCount(0)
  await ana.page.screenshot({ path: `${SHOTS}/while-typing.png` })
  await bo.page.keyboard.press('Escape')
  await expect(ana.page.locator('.tl-cursor')).toHaveCount(0)
  // Once he lets go of the note, his cursor is back.
  await bo.page.keyboard.press('Escape')
  for (let i = 0; i < 20; i++) await bo.page.mouse.move(centre.x - 300 + i * 5, centre.y - 260)
  await expect(ana.page.locator('.tl-cursor')).toHaveCount(1)

  // No name on the note in either browser, and nothing the server had to clear.
  for (const page of [ana.page, bo.page]) {
    const note = noteWithText(page, 'Honest feedback')
    await expect(note.getByTestId('note-author')).toHaveCount(0)
    await expect(note.locator('.tl-note__attribution')).toHaveCount(0)
  }
  expect(await participantRecordRefusals(server.origin)).toBe(refusedBefore)

  // The board as SVG, from Ana's browser: the words, and nothing of the writer.
  await ana.page.getByRole('button', { name: 'Export', exact: true }).click()
  await ana.page.getByTestId('export-picture').click()
  const dialog = ana.page.getByTestId('picture-dialog')
  await dialog.getByLabel('The whole board').check()
  await dialog.getByRole('radio', { name: /^SVG/ }).check()
  const pending = ana.page.waitForEvent('download')
  await dialog.getByTestId('picture-download').click()
  const svg = await readFile((await (await pending).path()) ?? '', 'utf8')
  expect(svg).toContain('Honest feedback')
  for (const trace of [WRITER.name, WRITER.name.split(' ')[0], WRITER.coop, 'tl-note__attribution']) expect(svg).not.toContain(trace)

  // The stored note, as a viewer's .tldr export has it, names nobody.
  const tldr = await fetch(`${server.origin}/api/boards/${boardId}/export.tldr`, {
    headers: { authorization: `Bearer ${tokenOf(links.viewer)}` },
  })
  const file = (await tldr.json()) as { records: { type?: string; meta?: Record<string, unknown>; props?: Record<string, unknown> }[] }
  const notes = file.records.filter((r) => r.type === 'note')
  expect(notes).toHaveLength(1)
  expect(notes[0]?.props?.textLastEditedBy).toBeNull()
  expect(notes[0]?.meta).not.toHaveProperty('author')
  expect(ana.foreignRequests).toEqual([])
})
