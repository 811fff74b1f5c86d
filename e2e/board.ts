/**
 * What people do on a board, as steps the specs share: create a board, join it, read the
 * links from the Share dialog, add and find sticky notes, draw a frame, and ask the API for
 * counts.
 */
import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'

/** The invite links as the Share dialog shows them. */
export interface SharedLinks {
  facilitator: string
  participant: string
  viewer: string
}

/** Creates a board from the home page; resolves with its id once the board page is open. */
export async function createBoardFromHome(page: Page, origin: string, title: string): Promise<string> {
  await page.goto(origin)
  await page.getByLabel('Board title').fill(title)
  await page.getByRole('button', { name: 'Create board' }).click()
  // The facilitator's token is kept by the browser, never shown in the address bar.
  await expect(page).toHaveURL(/\/b\/[A-Za-z0-9_-]{22}$/)
  const id = new URL(page.url()).pathname.split('/').pop()
  if (!id) throw new Error('no board id in the address')
  return id
}

/** Fills in the join dialog and waits until the board is connected. */
export async function join(page: Page, name: string, coop: string): Promise<void> {
  await page.getByLabel('Your name').fill(name)
  await page.getByLabel('Your cooperative').fill(coop)
  await page.getByRole('button', { name: 'Join board' }).click()
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
}

/** Opens the Share dialog (facilitators only). */
export async function openShareDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Share' }).click()
  const dialog = page.getByRole('dialog', { name: /Share/ })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByTestId('share-link-participant')).toHaveValue(/#token=/)
  return dialog
}

/** Reads every link from the Share dialog, and closes it. */
export async function readSharedLinks(page: Page): Promise<SharedLinks> {
  const dialog = await openShareDialog(page)
  await dialog.locator('summary', { hasText: 'Facilitator link' }).click()
  const links = {
    participant: await dialog.getByTestId('share-link-participant').inputValue(),
    viewer: await dialog.getByTestId('share-link-viewer').inputValue(),
    facilitator: await dialog.getByTestId('share-link-facilitator').inputValue(),
  }
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
  return links
}

/** The sticky notes on a page that contain `text`. */
export function noteWithText(page: Page, text: string): Locator {
  return page.locator('.tl-shape[data-shape-type="note"]').filter({ hasText: text })
}

/** Adds a note with the top bar's button and types its text. */
export async function addSticky(page: Page, text: string): Promise<void> {
  await page.getByTestId('add-sticky').click()
  // The note's text editor mounts and takes focus a render after the click. Keys typed before
  // that go to the canvas (as tool shortcuts) and the text is lost: on a loaded machine the
  // full suite once lost "Idea B" in voting.spec.ts this way. A person never types that fast.
  await expect(page.locator('.tl-shape[data-shape-type="note"] [contenteditable="true"]')).toBeFocused()
  await page.keyboard.type(text)
  await page.keyboard.press('Escape')
}

/** The token in an invite link. */
export function tokenOf(link: string): string {
  return new URL(link).hash.replace(/^#token=/, '')
}

/** The board's counts as the server reports them to the holder of `token`. */
export async function boardCounts(
  origin: string,
  boardId: string,
  token: string,
): Promise<{ notes: number; shapes: number; records: number }> {
  const response = await fetch(`${origin}/api/boards/${boardId}`, { headers: { authorization: `Bearer ${token}` } })
  expect(response.status).toBe(200)
  const body = (await response.json()) as { counts: { notes: number; shapes: number; records: number } }
  return body.counts
}

/** The centre of the board's canvas area on screen. */
export async function stageCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator('.board__stage').boundingBox()
  if (!box) throw new Error('no stage')
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/** Draws a frame of 360×260 screen pixels around the canvas's centre with tldraw's frame tool. */
export async function drawFrame(page: Page): Promise<void> {
  const centre = await stageCentre(page)
  await page.keyboard.press('f')
  await page.mouse.move(centre.x - 180, centre.y - 130)
  await page.mouse.down()
  await page.mouse.move(centre.x, centre.y, { steps: 4 })
  await page.mouse.move(centre.x + 180, centre.y + 130, { steps: 4 })
  await page.mouse.up()
}
