/**
 * A delegate on a phone (390×844, touch): joins, reads the board, adds and edits a sticky
 * note by touch, places a dot in a vote, takes a consent stance in the decisions sheet and
 * sees the breakout timer, while the facilitator runs the meeting from a laptop.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, newPerson, test, type Person } from './fixtures'
import { addSticky, createBoardFromHome, join, noteWithText, readSharedLinks } from './board'
import { openBreakouts } from './breakouts'
import { openDirectory } from './corners'

const SHOTS = '/tmp/shots/i18n-board'
const PROPOSAL = 'Meet online every second month'

/** A person on a phone: a touch screen the size of a common handset. */
async function newPhonePerson(person: Person, origin: string): Promise<Page> {
  const phone = await newPerson(person.context.browser()!, origin, {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    hasTouch: true,
    isMobile: true,
  })
  return phone.page
}

/** True when `inner`'s box lies inside the viewport of its page. */
async function inViewport(page: Page, inner: Locator): Promise<boolean> {
  const box = await inner.boundingBox()
  const size = page.viewportSize()
  if (!box || !size) return false
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height
}

test('a participant on a phone joins, writes, votes, takes a stance and sees the timer', async ({ browser, server }) => {
  // Two browsers and a whole meeting on a shared 2-core machine.
  test.slow()
  const fa = await newPerson(browser, server.origin)
  await fa.page.setViewportSize({ width: 1600, height: 900 })
  await createBoardFromHome(fa.page, server.origin, 'Phone assembly')
  await join(fa.page, 'Fatima', 'Facilitation')
  await addSticky(fa.page, 'From the facilitator')
  const links = await readSharedLinks(fa.page)

  // The roster, so the phone delegate's coop counts in the consent round.
  const directory = await openDirectory(fa.page)
  await directory.getByTestId('import-roster-button').click()
  const roster = fa.page.getByTestId('import-roster-dialog')
  await roster.getByLabel('Member list').fill('Cooperativa Sur\nNorte Digital')
  await roster.getByTestId('import-roster-submit').click()
  await expect(fa.page.getByTestId('directory-item')).toHaveCount(2)
  await fa.page.getByTestId('coops-button').click()

  // Joining: the dialog fits the screen and its buttons answer taps.
  const phone = await newPhonePerson(fa, server.origin)
  await phone.goto(links.participant)
  const joinDialog = phone.getByRole('dialog', { name: /Joining/ })
  await expect(joinDialog).toBeVisible()
  expect(await inViewport(phone, joinDialog.getByRole('button', { name: 'Join board' }))).toBe(true)
  await phone.screenshot({ path: `${SHOTS}/phone-join.png` })
  await phone.getByLabel('Your name').fill('Ana')
  await phone.getByLabel('Your cooperative').fill('Cooperativa Sur')
  await phone.getByRole('button', { name: 'Join board' }).tap()
  await expect(phone.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')

  // Reading: the facilitator's note is on the phone's board, and every top-bar action fits.
  await expect(noteWithText(phone, 'From the facilitator')).toHaveCount(1)
  for (const testId of ['add-sticky', 'votes-button', 'decisions-button', 'copy-link', 'change-name']) {
    const button = phone.getByTestId(testId)
    if ((await button.count()) > 0) expect(await inViewport(phone, button), `${testId} fits on the screen`).toBe(true)
  }

  // Writing: tap "Add sticky note", type; then double-tap the note to change its text.
  await phone.getByTestId('add-sticky').tap()
  await expect(phone.locator('.tl-shape[data-shape-type="note"] [contenteditable="true"]')).toBeFocused()
  await phone.keyboard.type('Written on a phone')
  await phone.keyboard.press('Escape')
  const note = noteWithText(phone, 'Written on a phone')
  await expect(note).toBeVisible()
  await expect(note.getByTestId('note-author')).toHaveText('Ana · Cooperativa Sur')
  await phone.screenshot({ path: `${SHOTS}/phone-board.png` })
  await note.tap()
  await note.tap()
  await expect(phone.locator('.tl-shape[data-shape-type="note"] [contenteditable="true"]')).toBeFocused()
  await phone.keyboard.press('ControlOrMeta+a')
  await phone.keyboard.type('Edited by touch')
  await phone.keyboard.press('Escape')
  await expect(noteWithText(phone, 'Edited by touch')).toBeVisible()
  await expect(noteWithText(fa.page, 'Edited by touch')).toHaveCount(1)

  // Voting: the facilitator opens a vote on both notes; the phone places a dot by touch.
  // A click on the canvas's empty edge gives it the keyboard; the camera may be anywhere.
  await fa.page.locator('.board__stage').click({ position: { x: 24, y: 420 } })
  await fa.page.keyboard.press('Escape')
  await fa.page.keyboard.press('Control+a')
  await fa.page.getByTestId('votes-button').click()
  const votes = fa.page.getByTestId('votes-panel')
  await expect(votes.getByTestId('vote-scope')).toContainText('(2 notes)')
  await votes.getByTestId('vote-dots').fill('2')
  await votes.getByTestId('open-vote').click()
  await expect(phone.getByTestId('vote-bar')).toContainText('2 of 2 dots left')
  // The notes are small on a phone, so the dot goes on from the list, a sheet over the board.
  await phone.getByTestId('vote-bar').getByRole('button', { name: 'Show the list' }).tap()
  const voteSheet = phone.getByTestId('votes-panel')
  await voteSheet.getByRole('button', { name: 'Add a dot to “Edited by touch”' }).tap()
  await expect(voteSheet.getByTestId('panel-dots-left')).toHaveText('1 of 2 dots left')
  await expect(noteWithText(phone, 'Edited by touch').getByTestId('my-dot')).toHaveCount(1)
  await phone.screenshot({ path: `${SHOTS}/phone-sheet-votes.png` })

  // Consent: the decisions panel is a sheet; the board stays visible above it.
  await fa.page.getByTestId('decisions-button').click()
  const decisions = fa.page.getByTestId('decisions-panel')
  await decisions.getByLabel('New proposal').fill(PROPOSAL)
  await decisions.getByRole('button', { name: 'Put it on the board' }).click()
  await phone.getByTestId('decisions-button').tap()
  const sheet = phone.getByTestId('decisions-panel')
  await expect(sheet).toBeVisible()
  const sheetBox = await sheet.boundingBox()
  expect(sheetBox, 'the sheet has a box').not.toBeNull()
  // A bottom sheet: anchored to the bottom, leaving at least a third of the screen to the board.
  expect(sheetBox!.y + sheetBox!.height).toBeGreaterThan(840)
  expect(sheetBox!.y).toBeGreaterThan(844 / 3)
  const proposal = sheet.getByTestId('open-proposal').filter({ hasText: PROPOSAL })
  await proposal.getByRole('button', { name: 'Consent', exact: true }).tap()
  await expect(proposal.getByRole('button', { name: 'Consent', exact: true })).toHaveAttribute('aria-pressed', 'true')
  await phone.screenshot({ path: `${SHOTS}/phone-sheet-decisions.png` })
  await sheet.getByRole('button', { name: /Close/ }).first().tap()
  await expect(sheet).toBeHidden()

  // Breakouts: the facilitator starts a session; the phone shows the timer.
  const breakouts = await openBreakouts(fa.page)
  await breakouts.getByLabel('Number of groups').fill('2')
  await breakouts.getByLabel('Duration in minutes').fill('10')
  await breakouts.getByTestId('breakout-start').click()
  const timer = phone.getByTestId('breakout-bar').getByTestId('breakout-timer')
  await expect(timer).toHaveText(/^\d+:\d\d$/)
  expect(await inViewport(phone, timer)).toBe(true)
  await phone.screenshot({ path: `${SHOTS}/phone-breakout.png` })
})
