/**
 * Edits that merge: Bo, offline, recolours a note while Ana, online, moves the same note.
 * When Bo comes back, both changes hold in both browsers and on the server, and after a
 * reload. (Layout 1 kept the later whole record: the move was undone everywhere.)
 */
import type { Page } from '@playwright/test'
import { addSticky, createBoardFromHome, join, noteWithText, readSharedLinks, tokenOf } from './board'
import { expect, newPerson, test } from './fixtures'

interface StoredNote {
  id: string
  x: number
  y: number
  props: { color: string; richText: unknown }
}

/** The note whose text contains `text`, as the server stores it (from the board's .tldr export). */
async function storedNote(origin: string, boardId: string, token: string, text: string): Promise<StoredNote | null> {
  const response = await fetch(`${origin}/api/boards/${boardId}/export.tldr`, { headers: { authorization: `Bearer ${token}` } })
  const file = (await response.json()) as { records: (StoredNote & { typeName: string; type?: string })[] }
  return file.records.find((r) => r.typeName === 'shape' && r.type === 'note' && JSON.stringify(r.props.richText).includes(text)) ?? null
}

/** Where `text`'s note is on screen relative to the anchor note, at zoom 1 (the same in every browser). */
async function offsetFromAnchor(page: Page, text: string): Promise<{ dx: number; dy: number } | null> {
  const note = await noteWithText(page, text).boundingBox()
  const anchor = await noteWithText(page, 'Anchor').boundingBox()
  return note && anchor ? { dx: Math.round(note.x - anchor.x), dy: Math.round(note.y - anchor.y) } : null
}

/** The rendered colour of `text`'s note. */
async function noteColour(page: Page, text: string): Promise<string> {
  return noteWithText(page, text)
    .locator('.tl-note__container')
    .evaluate((element) => getComputedStyle(element).backgroundColor)
}

test('an offline recolour and an online move of the same note both survive, in every browser', async ({ browser, server }) => {
  const ana = await newPerson(browser, server.origin)
  const bo = await newPerson(browser, server.origin)
  const boardId = await createBoardFromHome(ana.page, server.origin, 'Asamblea de julio')
  await join(ana.page, 'Ana', 'Cooperativa Sur')
  const links = await readSharedLinks(ana.page)
  await bo.page.goto(links.participant)
  await join(bo.page, 'Bo', 'Tokyo Tech Coop')

  await addSticky(ana.page, 'Anchor')
  await addSticky(ana.page, 'Rotate facilitation')
  await expect(noteWithText(bo.page, 'Rotate facilitation')).toBeVisible()
  const yellow = await noteColour(bo.page, 'Rotate facilitation')
  const start = await offsetFromAnchor(ana.page, 'Rotate facilitation')
  expect(start).not.toBeNull()
  const token = tokenOf(links.facilitator)
  await expect.poll(() => storedNote(server.origin, boardId, token, 'Rotate facilitation')).not.toBeNull()
  const created = await storedNote(server.origin, boardId, token, 'Rotate facilitation')

  // Bo goes offline and recolours the note from tldraw's style panel.
  await bo.context.setOffline(true)
  await expect(bo.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'offline')
  const boBox = await noteWithText(bo.page, 'Rotate facilitation').boundingBox()
  if (!boBox) throw new Error('no note on Bo’s screen')
  await bo.page.mouse.click(boBox.x + boBox.width / 2, boBox.y + boBox.height * 0.75)
  await bo.page.getByTestId('style.color.light-blue').click()
  await bo.page.keyboard.press('Escape')
  const blue = await noteColour(bo.page, 'Rotate facilitation')
  expect(blue).not.toBe(yellow)

  // Meanwhile Ana moves it, 300 px down and to the right.
  const anaBox = await noteWithText(ana.page, 'Rotate facilitation').boundingBox()
  if (!anaBox) throw new Error('no note on Ana’s screen')
  await ana.page.mouse.move(anaBox.x + 30, anaBox.y + anaBox.height * 0.75)
  await ana.page.mouse.down()
  await ana.page.mouse.move(anaBox.x + 330, anaBox.y + anaBox.height * 0.75 + 300, { steps: 10 })
  await ana.page.mouse.up()
  const moved = { dx: (start?.dx ?? 0) + 300, dy: (start?.dy ?? 0) + 300 }
  await expect.poll(() => offsetFromAnchor(ana.page, 'Rotate facilitation')).toEqual(moved)
  await expect.poll(async () => (await storedNote(server.origin, boardId, token, 'Rotate facilitation'))?.x).not.toBe(created?.x)
  const movedOnServer = await storedNote(server.origin, boardId, token, 'Rotate facilitation')
  expect(movedOnServer?.props.color).toBe(created?.props.color)

  // Bo comes back: both browsers end with the move and the colour.
  await bo.context.setOffline(false)
  await expect(bo.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  for (const page of [ana.page, bo.page]) {
    await expect.poll(() => offsetFromAnchor(page, 'Rotate facilitation')).toEqual(moved)
    await expect.poll(() => noteColour(page, 'Rotate facilitation')).toBe(blue)
  }
  await expect
    .poll(async () => {
      const note = await storedNote(server.origin, boardId, token, 'Rotate facilitation')
      return note && { x: note.x, y: note.y, color: note.props.color }
    })
    .toEqual({ x: movedOnServer?.x, y: movedOnServer?.y, color: 'light-blue' })

  // And after a reload.
  await bo.page.reload()
  await expect(bo.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  await expect.poll(() => offsetFromAnchor(bo.page, 'Rotate facilitation')).toEqual(moved)
  await expect.poll(() => noteColour(bo.page, 'Rotate facilitation')).toBe(blue)
})
