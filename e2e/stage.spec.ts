/**
 * The stage with a facilitator and two participants in their own browsers: "Bring everyone to
 * me" moves the others' views to the facilitator's; "Follow me" keeps them on it while she
 * pans, whatever they do with the wheel or the hand tool, until she releases them. Then areas:
 * a participant's note cannot go into a locked area, and a note in an anonymous area shows no
 * author to anyone. Views are compared through where a note sits on each screen: with the same
 * window size, the same view puts it at the same place.
 */
import { mkdir } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { addSticky, createBoardFromHome, drawFrame, join, noteWithText, readSharedLinks, stageCentre } from './board'
import { isWithin } from './corners'
import { expect, newPerson, test } from './fixtures'

const SHOTS = '/tmp/shots/stage'

// A wide window: with every feature's button the top bar needs more than the default 1280 px.
test.use({ viewport: { width: 1600, height: 900 } })
/** Screen pixels two views may differ by and still count as the same. */
const TOLERANCE = 12

/** Where the note with `text` sits relative to the canvas's centre, or null when off screen. */
async function noteOffset(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  const note = noteWithText(page, text)
  if ((await note.count()) !== 1 || !(await note.isVisible())) return null
  const box = await note.boundingBox()
  if (!box) return null
  const centre = await stageCentre(page)
  return { x: Math.round(box.x + box.width / 2 - centre.x), y: Math.round(box.y + box.height / 2 - centre.y) }
}

/** Waits until `follower` shows the note `text` where `leader` does. */
async function expectSameView(leader: Page, follower: Page, text: string): Promise<void> {
  await expect
    .poll(async () => {
      const a = await noteOffset(leader, text)
      const b = await noteOffset(follower, text)
      if (!a || !b) return Infinity
      return Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y))
    })
    .toBeLessThanOrEqual(TOLERANCE)
}

/** Scrolls the canvas (tldraw pans on the wheel) with the mouse at its centre. */
async function wheel(page: Page, dx: number, dy: number): Promise<void> {
  const centre = await stageCentre(page)
  await page.mouse.move(centre.x, centre.y)
  await page.mouse.wheel(dx, dy)
}

async function present(page: Page, action: string): Promise<void> {
  await page.getByTestId('present-menu').click()
  await page.getByRole('button', { name: action }).click()
}

test('the facilitator brings everyone to her view and has them follow it until she releases them', async ({ browser, server }) => {
  await mkdir(SHOTS, { recursive: true })
  const ana = await newPerson(browser, server.origin)
  const bo = await newPerson(browser, server.origin)
  const cy = await newPerson(browser, server.origin)
  await createBoardFromHome(ana.page, server.origin, 'Stage check')
  await join(ana.page, 'Ana', 'Sur')
  const links = await readSharedLinks(ana.page)
  for (const [person, name] of [
    [bo, 'Bo'],
    [cy, 'Cy'],
  ] as const) {
    await person.page.goto(links.participant)
    await join(person.page, name, 'Norte')
  }
  // Participants have no Present menu.
  await expect(bo.page.getByTestId('present-menu')).toHaveCount(0)

  // Ana goes somewhere else on the board and puts a note in the middle of her view.
  await wheel(ana.page, 1500, 1100)
  await addSticky(ana.page, 'Look here')
  await expect(noteWithText(bo.page, 'Look here')).toHaveCount(1)
  expect(await noteOffset(bo.page, 'Look here')).toBeNull()

  // Bring everyone to me: both land on her view, and may look around afterwards.
  await ana.page.getByTestId('present-menu').click()
  await ana.page.screenshot({ path: `${SHOTS}/present-menu.png` })
  await ana.page.getByRole('button', { name: 'Bring everyone to me' }).click()
  await expectSameView(ana.page, bo.page, 'Look here')
  await expectSameView(ana.page, cy.page, 'Look here')
  // The note lands at the first free spot of Ana's view, not necessarily its centre.
  const landed = (await noteOffset(bo.page, 'Look here'))?.x ?? 0
  await wheel(bo.page, -400, 0)
  await expect.poll(() => noteOffset(bo.page, 'Look here').then((o) => o?.x ?? 0)).toBeGreaterThan(landed + 200)

  // Follow me: Bo is taken back, both follow as Ana pans.
  await present(ana.page, 'Follow me')
  await expect(bo.page.getByTestId('stage-banner')).toContainText('Following Ana · Sur')
  await expect(ana.page.getByTestId('stage-banner')).toContainText('You are presenting')
  await expectSameView(ana.page, bo.page, 'Look here')
  await wheel(ana.page, 250, 120)
  await expectSameView(ana.page, bo.page, 'Look here')
  await expectSameView(ana.page, cy.page, 'Look here')
  await expect(bo.page.getByTestId('stage-banner').getByRole('button')).toHaveCount(0)
  await bo.page.screenshot({ path: `${SHOTS}/following-banner.png` })

  // Bo's wheel and hand-tool drag do not break the follow.
  const before = await noteOffset(bo.page, 'Look here')
  await wheel(bo.page, 600, 300)
  const centre = await stageCentre(bo.page)
  await bo.page.keyboard.press('h')
  await bo.page.mouse.move(centre.x, centre.y)
  await bo.page.mouse.down()
  await bo.page.mouse.move(centre.x - 300, centre.y - 200, { steps: 5 })
  await bo.page.mouse.up()
  await bo.page.keyboard.press('v')
  expect(await noteOffset(bo.page, 'Look here')).toEqual(before)
  await wheel(ana.page, -150, 80)
  await expectSameView(ana.page, bo.page, 'Look here')

  // Release: Bo is free again, and still sees where Ana is.
  await ana.page.getByTestId('stage-banner').getByRole('button', { name: 'Stop presenting' }).click()
  await expect(bo.page.getByTestId('stage-banner')).toContainText('Ana · Sur brought everyone here')
  const released = (await noteOffset(bo.page, 'Look here'))?.x ?? 0
  // Towards the note (which sits at the top left of the view), so it stays on screen.
  await wheel(bo.page, -250, -120)
  await expect.poll(async () => (await noteOffset(bo.page, 'Look here'))?.x ?? -Infinity).toBeGreaterThan(released + 150)
  await expect(bo.page.getByTestId('presenter-outline')).toBeVisible()
  await bo.page.screenshot({ path: `${SHOTS}/presenter-outline.png` })
  await bo.page.getByTestId('stage-banner').getByRole('button', { name: 'Go to presenter' }).click()
  await expectSameView(ana.page, bo.page, 'Look here')
})

test('a participant cannot add a note into a locked area, and an anonymous area shows no author', async ({ browser, server }) => {
  await mkdir(SHOTS, { recursive: true })
  const ana = await newPerson(browser, server.origin)
  const bo = await newPerson(browser, server.origin)
  await createBoardFromHome(ana.page, server.origin, 'Areas check')
  await join(ana.page, 'Ana', 'Sur')
  const links = await readSharedLinks(ana.page)
  await bo.page.goto(links.participant)
  await join(bo.page, 'Bo', 'Norte')

  // Ana draws a frame in the middle of everyone's view and locks it.
  await drawFrame(ana.page)
  const toolbar = ana.page.getByTestId('area-toolbar')
  await expect(toolbar).toBeVisible()
  await toolbar.getByRole('button', { name: 'Lock area' }).click()
  await expect(toolbar.getByRole('button', { name: 'Unlock area' })).toBeVisible()
  const frameId = await ana.page.locator('.tl-shape[data-shape-type="frame"]:not(.tl-shape-background)').getAttribute('data-shape-id')
  if (!frameId) throw new Error('no frame')
  const frameOn = (page: Page) => page.locator(`.tl-shape[data-shape-id="${frameId}"]:not(.tl-shape-background)`)
  await expect(bo.page.getByTestId('area-badge-locked')).toBeVisible()
  await expect(bo.page.getByTestId('area-toolbar')).toHaveCount(0)
  await bo.page.screenshot({ path: `${SHOTS}/locked-area.png` })

  // Bo's note, added in the middle of the locked frame, lands beside it; after a reload it is still not in it.
  await addSticky(bo.page, 'Late idea')
  await expect(noteWithText(ana.page, 'Late idea')).toBeVisible()
  await bo.page.reload()
  await expect(bo.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  await expect(noteWithText(bo.page, 'Late idea')).toBeVisible()
  expect(await isWithin(noteWithText(bo.page, 'Late idea'), frameOn(bo.page))).toBe(false)
  expect(await isWithin(noteWithText(ana.page, 'Late idea'), frameOn(ana.page))).toBe(false)

  // Ana unlocks it and makes it anonymous; Bo's note there shows no author to Ana.
  await ana.page.keyboard.press('Escape')
  // A locked frame is selected with a right-click, which opens tldraw's context menu with the area actions.
  const frameBox = await frameOn(ana.page).boundingBox()
  if (!frameBox) throw new Error('the frame is not on screen')
  await ana.page.mouse.click(frameBox.x + 12, frameBox.y + 12, { button: 'right' })
  await ana.page.getByRole('menuitem', { name: 'Unlock area' }).click()
  await expect(bo.page.getByTestId('area-badge-locked')).toHaveCount(0)
  await ana.page.mouse.click(frameBox.x + 12, frameBox.y + 12, { button: 'right' })
  await ana.page.getByRole('menuitem', { name: 'Make area anonymous' }).click()
  await expect(bo.page.getByTestId('area-badge-anonymous')).toBeVisible()
  await expect(bo.page.getByTestId('area-badge-locked')).toHaveCount(0)
  await addSticky(bo.page, 'Honest feedback')
  const seenByAna = noteWithText(ana.page, 'Honest feedback')
  await expect(seenByAna).toBeVisible()
  expect(await isWithin(seenByAna, frameOn(ana.page))).toBe(true)
  await expect(seenByAna.getByTestId('note-author')).toHaveCount(0)
  // Outside the area, Bo's notes keep his name.
  await expect(noteWithText(ana.page, 'Late idea').getByTestId('note-author')).toContainText('Bo')
  await ana.page.keyboard.press('Escape')
  await ana.page.screenshot({ path: `${SHOTS}/anonymous-area.png` })
})
