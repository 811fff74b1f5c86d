/**
 * Coop corners with several people in their own browsers: a facilitator imports a roster of
 * 31 coops and every coop gets its corner; the directory lists them and flies to one; a
 * delegate picks their coop when joining, lands at its corner and adds notes into it (with the
 * button and with tldraw's note tool), which the others see there, but cannot move the corner;
 * a reload and a server restart keep it all; a delegate of a coop that is not on the roster
 * creates its corner on the way in; the roster exports as CSV.
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { addSticky, createBoardFromHome, join, noteWithText, readSharedLinks } from './board'
import { cornerIdOf, directoryItem, expectFrameInView, frameElement, isWithin, openDirectory } from './corners'
import { expect, newPerson, test } from './fixtures'

const ROSTER_CSV = resolve('e2e/fixtures/roster-31.csv')

test('a facilitator imports 31 coops; delegates find their corner and fill it', async ({ browser, server }) => {
  const ana = await newPerson(browser, server.origin)
  const bo = await newPerson(browser, server.origin)

  // Ana creates the board; her coop is not on it yet, and a board without coops creates no corner.
  await createBoardFromHome(ana.page, server.origin, 'October assembly')
  await ana.page.getByLabel('Your name').fill('Ana')
  await ana.page.getByLabel('Your cooperative').fill('Cooperativa Sur')
  await expect(ana.page.getByLabel('Create my corner')).not.toBeChecked()
  await ana.page.getByRole('button', { name: 'Join board' }).click()
  await expect(ana.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')

  // The directory is empty; Ana imports the roster. A duplicate is reported by line first, and skipped.
  const panel = await openDirectory(ana.page)
  await expect(panel.getByText('No coops on this board yet')).toBeVisible()
  await panel.getByTestId('import-roster-button').click()
  const dialog = ana.page.getByTestId('import-roster-dialog')
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Member list').fill('Cooperativa Sur\nTokyo Tech Coop\ncooperativa sur')
  await expect(dialog.getByTestId('import-skipped')).toContainText('Line 3:')
  await expect(dialog.getByTestId('import-roster-submit')).toHaveText('Import the 2 valid coops, skip these rows')
  await dialog.getByTestId('import-roster-file').setInputFiles(ROSTER_CSV)
  await expect(dialog.getByTestId('import-summary')).toHaveText('31 coops: 31 new')
  await dialog.getByTestId('import-roster-submit').click()
  await expect(dialog).toBeHidden()

  // 31 coops, 31 corner frames on the canvas, and the directory flies to one of them.
  await expect(panel.getByTestId('directory-item')).toHaveCount(31)
  await expect(ana.page.locator('.tl-shape[data-shape-type="frame"]:not(.tl-shape-background)')).toHaveCount(31)
  await panel.getByRole('searchbox', { name: 'Search coops' }).fill('japan')
  await expect(panel.getByTestId('directory-item')).toHaveCount(5)
  await panel.getByRole('searchbox', { name: 'Search coops' }).fill('')
  const kumo = await cornerIdOf(ana.page, 'Kumo Kōbō')
  await directoryItem(ana.page, 'Kumo Kōbō')
    .getByRole('button', { name: /^Kumo Kōbō/ })
    .click()
  await expectFrameInView(ana.page, kumo)

  // The export is the server's copy of the roster.
  const download = ana.page.waitForEvent('download')
  await panel.getByRole('button', { name: 'Download CSV' }).click()
  const csv = await readFile((await (await download).path()) ?? '', 'utf8')
  expect(csv.trim().split(/\r?\n/)).toHaveLength(32)
  expect(csv).toContain('Kumo Kōbō')

  // Bo joins with the participant link and picks his coop from the roster as he types.
  const links = await readSharedLinks(ana.page)
  await bo.page.goto(links.participant)
  await bo.page.getByLabel('Your name').fill('Haruka')
  await bo.page.getByLabel('Your cooperative').pressSequentially('kumo')
  await bo.page.getByRole('option', { name: /Kumo Kōbō/ }).click()
  await expect(bo.page.getByLabel('Your cooperative')).toHaveValue('Kumo Kōbō')
  await expect(bo.page.getByTestId('coop-status')).toContainText('you’ll start at its corner')
  await bo.page.getByRole('button', { name: 'Join board' }).click()
  await expect(bo.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')

  // He lands at his coop's corner and adds a note there; Ana sees it inside that corner.
  await expectFrameInView(bo.page, kumo)
  await addSticky(bo.page, 'Ideas from Kumo')
  const anaNote = noteWithText(ana.page, 'Ideas from Kumo')
  await expect(anaNote).toBeVisible({ timeout: 2000 })
  expect(await isWithin(anaNote, frameElement(ana.page, kumo))).toBe(true)
  await expect(directoryItem(ana.page, 'Kumo Kōbō')).toHaveAttribute('data-note-count', '1')
  await expect(directoryItem(ana.page, 'Kumo Kōbō')).toContainText('1 note')
  await expect(directoryItem(ana.page, 'Kumo Kōbō').getByRole('button', { name: '1 online' })).toBeVisible()

  // A note made with tldraw's own note tool inside the corner belongs to it as well.
  const corner = await frameElement(bo.page, kumo).boundingBox()
  if (!corner) throw new Error('no corner on screen')
  await bo.page.keyboard.press('n')
  await bo.page.mouse.click(corner.x + corner.width * 0.2, corner.y + corner.height * 0.25)
  await bo.page.keyboard.type('With the note tool')
  await bo.page.keyboard.press('Escape')
  await expect(directoryItem(ana.page, 'Kumo Kōbō')).toHaveAttribute('data-note-count', '2')

  // Only facilitators move corners: Bo's drag on the corner's name leaves it where it is.
  const heading = bo.page.locator('.tl-frame-heading').filter({ hasText: 'Kumo Kōbō' })
  const handle = await heading.boundingBox()
  if (!handle) throw new Error('no corner name on screen')
  await bo.page.mouse.move(handle.x + 10, handle.y + handle.height / 2)
  await bo.page.mouse.down()
  await bo.page.mouse.move(handle.x + 210, handle.y + 160, { steps: 8 })
  await bo.page.mouse.up()
  expect(await frameElement(bo.page, kumo).boundingBox()).toEqual(corner)

  // A reload keeps the roster, the corners and the note in its corner.
  await ana.page.reload()
  await expect(ana.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  await openDirectory(ana.page)
  await expect(ana.page.getByTestId('directory-item')).toHaveCount(31)
  await expect(directoryItem(ana.page, 'Kumo Kōbō')).toHaveAttribute('data-note-count', '2')

  // So does a server restart: a newcomer loads it all from the server.
  await server.restart()
  await expect(ana.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected', { timeout: 20_000 })
  const carla = await newPerson(browser, server.origin)
  await carla.page.goto(links.participant)
  await join(carla.page, 'Carla', 'Tokyo Tech Coop')
  await expectFrameInView(carla.page, await cornerIdOf(ana.page, 'Tokyo Tech Coop'))
  await openDirectory(carla.page)
  await expect(carla.page.getByTestId('directory-item')).toHaveCount(31)
  await expect(directoryItem(carla.page, 'Kumo Kōbō')).toHaveAttribute('data-note-count', '2')

  // A delegate of a coop the roster lacks creates its corner on the way in, and lands there.
  const dan = await newPerson(browser, server.origin)
  await dan.page.goto(links.participant)
  await dan.page.getByLabel('Your name').fill('Dan')
  await dan.page.getByLabel('Your cooperative').fill('Cooperativa Nueva')
  // Unticked at first on a board with a roster, where an unknown name is most often a typo.
  await expect(dan.page.getByLabel('Create my corner')).not.toBeChecked()
  await dan.page.getByLabel('Create my corner').check()
  await dan.page.getByRole('button', { name: 'Join board' }).click()
  await expect(directoryItem(ana.page, 'Cooperativa Nueva')).toBeVisible()
  await expect(ana.page.getByTestId('directory-item')).toHaveCount(32)
  await expectFrameInView(dan.page, await cornerIdOf(ana.page, 'Cooperativa Nueva'))

  // Plenary talks to no host but its own.
  expect([...ana.foreignRequests, ...bo.foreignRequests, ...carla.foreignRequests, ...dan.foreignRequests]).toEqual([])
  await Promise.all([ana.context.close(), bo.context.close(), carla.context.close(), dan.context.close()])
})
