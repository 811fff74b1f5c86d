/**
 * Roles and invite links, each person in their own browser: a viewer watches live but changes
 * nothing, facilitators are tagged and watchers counted, a replaced link stops working for
 * good while its replacement works, and a board without a token explains itself.
 */
import type { Page } from '@playwright/test'
import { addSticky, boardCounts, createBoardFromHome, join, noteWithText, openShareDialog, readSharedLinks, tokenOf } from './board'
import { expect, newPerson, test } from './fixtures'

async function openPeople(page: Page) {
  await page.getByRole('button', { name: /^Online:/ }).click()
  const panel = page.getByRole('group', { name: 'People on this board' })
  await expect(panel).toBeVisible()
  return panel
}

test('a viewer sees the board live but cannot change it; others see them counted', async ({ browser, server }) => {
  const ana = await newPerson(browser, server.origin)
  const bo = await newPerson(browser, server.origin)
  const vi = await newPerson(browser, server.origin)

  const boardId = await createBoardFromHome(ana.page, server.origin, 'July assembly')
  await join(ana.page, 'Ana', 'Cooperativa Sur')
  const links = await readSharedLinks(ana.page)
  await bo.page.goto(links.participant)
  await join(bo.page, 'Bo', 'Tokyo Tech Coop')
  await addSticky(bo.page, 'Before the viewer came')

  // The viewer is not asked for a name, and is told what they can do.
  await vi.page.goto(links.viewer)
  await expect(vi.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  await expect(vi.page.getByLabel('Your name')).toHaveCount(0)
  await expect(vi.page).toHaveURL(/\/b\/[A-Za-z0-9_-]{22}$/)
  await expect(vi.page.getByTestId('view-only-badge')).toContainText('View only')
  await expect(vi.page.getByTestId('view-only-badge')).toContainText('you can watch live, but not edit')
  await expect(noteWithText(vi.page, 'Before the viewer came')).toBeVisible()
  await expect(vi.page.getByTestId('add-sticky')).toHaveCount(0)
  await expect(vi.page.getByTestId('copy-link')).toHaveCount(0)
  await expect(vi.page.getByTestId('share-button')).toHaveCount(0)
  // tldraw's own editing tools are gone; only looking around is left.
  await expect(vi.page.getByTestId('tools.select')).toBeVisible()
  await expect(vi.page.getByTestId('tools.note')).toHaveCount(0)
  await expect(vi.page.getByTestId('tools.draw')).toHaveCount(0)

  // Changes made by others appear live.
  await addSticky(bo.page, 'From the floor')
  await expect(noteWithText(vi.page, 'From the floor')).toBeVisible({ timeout: 2000 })

  // Others see one watcher; the facilitator carries her tag.
  const anaPeople = await openPeople(ana.page)
  await expect(anaPeople.getByTestId('watching-count')).toHaveText('1 watching')
  await expect(anaPeople.locator('.people__row--you').getByTestId('facilitator-tag')).toHaveText('Facilitator')
  await expect(anaPeople.getByRole('button', { name: /Bo · Tokyo Tech Coop$/ })).toBeVisible()
  const boPeople = await openPeople(bo.page)
  await expect(boPeople.getByTestId('watching-count')).toHaveText('1 watching')
  await expect(boPeople.getByRole('button', { name: 'Follow Ana · Cooperativa Sur, facilitator' })).toBeVisible()
  await expect(
    boPeople.getByRole('button', { name: 'Follow Ana · Cooperativa Sur, facilitator' }).getByTestId('facilitator-tag'),
  ).toBeVisible()
  await expect(boPeople.getByText('Vi')).toHaveCount(0)
  await expect(bo.page.getByTestId('online-count')).toHaveText('2')
  await bo.page.keyboard.press('Escape')

  // The viewer tries to add a note with tldraw's shortcut, to type on the canvas and to drag
  // a note: nothing changes, here or on the server.
  const facilitatorToken = tokenOf(links.facilitator)
  const before = await boardCounts(server.origin, boardId, facilitatorToken)
  expect(before.notes).toBe(2)
  const canvas = vi.page.locator('.tl-canvas')
  const area = await canvas.boundingBox()
  if (!area) throw new Error('no canvas')
  const viNote = noteWithText(vi.page, 'From the floor')
  const viBox = await viNote.boundingBox()
  if (!viBox) throw new Error('no note')
  // Drag a note and press Delete on it.
  await vi.page.mouse.move(viBox.x + 20, viBox.y + 20)
  await vi.page.mouse.down()
  await vi.page.mouse.move(viBox.x + 140, viBox.y + 90, { steps: 8 })
  await vi.page.mouse.up()
  await vi.page.keyboard.press('Delete')
  // The note tool's shortcut, then a click on empty canvas; a double click to start a text.
  await vi.page.mouse.click(area.x + area.width - 200, area.y + area.height - 200)
  await vi.page.keyboard.press('n')
  await vi.page.mouse.click(area.x + area.width - 300, area.y + area.height - 300)
  await vi.page.mouse.dblclick(area.x + area.width - 160, area.y + 200)
  await vi.page.keyboard.type('sneaky')
  await vi.page.waitForTimeout(800)
  await expect(vi.page.locator('.tl-shape[data-shape-type="note"]')).toHaveCount(2)
  await expect(vi.page.locator('.tl-shape')).toHaveCount(2)
  expect(await viNote.boundingBox()).toEqual(viBox)
  await expect(vi.page.getByText('sneaky')).toHaveCount(0)
  expect(await boardCounts(server.origin, boardId, facilitatorToken)).toEqual(before)

  // The viewer sees who is here, and that they are counted among the watchers.
  const viPeople = await openPeople(vi.page)
  await expect(viPeople.getByTestId('watching-count')).toHaveText('Only you are watching')
  await expect(viPeople.getByTestId('facilitator-tag')).toHaveCount(1)

  // Once the viewer leaves, nobody is watching.
  await vi.context.close()
  await expect(ana.page.getByTestId('watching-badge')).toHaveCount(0)

  expect([...ana.foreignRequests, ...bo.foreignRequests, ...vi.foreignRequests]).toEqual([])
  await Promise.all([ana.context.close(), bo.context.close()])
})

test('a replaced participant link stops working for good, and the new one works', async ({ browser, server }) => {
  const ana = await newPerson(browser, server.origin)
  const bo = await newPerson(browser, server.origin)
  const carla = await newPerson(browser, server.origin)

  await createBoardFromHome(ana.page, server.origin, 'August assembly')
  await join(ana.page, 'Ana', 'Cooperativa Sur')
  const dialog = await openShareDialog(ana.page)
  const oldLink = await dialog.getByTestId('share-link-participant').inputValue()
  const viewerLink = await dialog.getByTestId('share-link-viewer').inputValue()

  await bo.page.goto(oldLink)
  await join(bo.page, 'Bo', 'Tokyo Tech Coop')
  await addSticky(bo.page, 'Written before the change')

  // Ana replaces the participant link, after confirming.
  await dialog.getByRole('button', { name: 'Replace participant link' }).click()
  await expect(dialog.getByText('Everyone using the old link will be disconnected')).toBeVisible()
  await dialog.getByRole('button', { name: 'Yes, replace link' }).click()
  await expect(dialog.getByText('New link ready')).toBeVisible()
  const newLink = await dialog.getByTestId('share-link-participant').inputValue()
  expect(newLink).not.toBe(oldLink)
  expect(await dialog.getByTestId('share-link-viewer').inputValue()).toBe(viewerLink)
  await dialog.getByRole('button', { name: 'Close' }).click()

  // Bo is told, and stays told: no reconnecting in the background.
  const replaced = bo.page.getByTestId('status-page')
  await expect(replaced).toHaveAttribute('data-problem', 'revoked')
  await expect(bo.page.getByRole('heading', { name: /This link was replaced by a facilitator/ })).toBeVisible()
  let sockets = 0
  bo.page.on('websocket', () => sockets++)
  await bo.page.waitForTimeout(4000)
  await expect(replaced).toHaveAttribute('data-problem', 'revoked')
  await expect(bo.page.getByTestId('connection-status')).toHaveCount(0)
  expect(sockets).toBe(0)

  // Reopening the old link says the same.
  const reopened = await bo.context.newPage()
  await reopened.goto(oldLink)
  await expect(reopened.getByRole('heading', { name: /This link was replaced by a facilitator/ })).toBeVisible()
  await expect(reopened.getByLabel('Your name')).toHaveCount(0)

  // The facilitator is still connected, and the new link works for someone new.
  await expect(ana.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  await carla.page.goto(newLink)
  await join(carla.page, 'Carla', 'Cooperativa Sur')
  await expect(noteWithText(carla.page, 'Written before the change')).toBeVisible()
  await addSticky(carla.page, 'With the new link')
  await expect(noteWithText(ana.page, 'With the new link')).toBeVisible({ timeout: 2000 })

  expect([...ana.foreignRequests, ...bo.foreignRequests, ...carla.foreignRequests]).toEqual([])
  await Promise.all([ana.context.close(), bo.context.close(), carla.context.close()])
})

test('a board opened without its invite, or with a wrong one, explains itself', async ({ browser, server }) => {
  const ana = await newPerson(browser, server.origin)
  const boardId = await createBoardFromHome(ana.page, server.origin, 'September assembly')

  const stranger = await newPerson(browser, server.origin)
  let sockets = 0
  stranger.page.on('websocket', () => sockets++)
  await stranger.page.goto(`${server.origin}/b/${boardId}`)
  await expect(stranger.page.getByRole('heading', { name: 'You need an invite link to open this board' })).toBeVisible()
  await expect(stranger.page.getByLabel('Your name')).toHaveCount(0)

  await stranger.page.goto(`${server.origin}/b/${boardId}#token=${'x'.repeat(32)}`)
  await expect(stranger.page.getByRole('heading', { name: 'This link doesn’t open this board' })).toBeVisible()
  await expect(stranger.page).toHaveURL(`${server.origin}/b/${boardId}`)
  await stranger.page.waitForTimeout(1000)
  expect(sockets).toBe(0)

  expect([...ana.foreignRequests, ...stranger.foreignRequests]).toEqual([])
  await Promise.all([ana.context.close(), stranger.context.close()])
})
