/**
 * The next meeting: a facilitator in Madrid sets it in their own zone; a participant in Tokyo
 * reads it in theirs (UTC in the hover title); it survives a reload, participants cannot change
 * it, and the minutes name it.
 */
import { createBoardFromHome, join, readSharedLinks } from './board'
import { expect, newPerson, test } from './fixtures'

test('the facilitator sets the next meeting and everyone reads it in their own zone', async ({ browser, server }) => {
  const { page: fac } = await newPerson(browser, server.origin, { timezoneId: 'Europe/Madrid', viewport: { width: 1400, height: 860 } })
  await createBoardFromHome(fac, server.origin, 'December assembly')
  await join(fac, 'Fran', 'Facilitation')
  const links = await readSharedLinks(fac)

  const chip = fac.getByTestId('next-meeting')
  await expect(chip).toHaveAccessibleName('Set next meeting')
  await chip.click()
  const form = fac.getByTestId('next-meeting-form')
  await expect(form.getByText('Europe/Madrid')).toBeVisible()
  await form.getByLabel('Date and time').fill('2026-12-04T18:00')
  await form.getByLabel('Note').fill('Online, same link')
  await form.getByTestId('next-meeting-save').click()
  await expect(form).toBeHidden()
  // 18:00 in Madrid (CET, UTC+1) is 17:00 UTC.
  await expect(chip.locator('time')).toHaveAttribute('datetime', '2026-12-04T17:00:00.000Z')
  await expect(chip).toContainText('Next meeting:')
  await expect(chip).toContainText('Dec 4')
  await expect(chip).toContainText('06:00 PM')

  const { page: ana } = await newPerson(browser, server.origin, { timezoneId: 'Asia/Tokyo' })
  await ana.goto(links.participant)
  await join(ana, 'Ana', 'Cooperativa Sur')
  const seen = ana.getByTestId('next-meeting')
  // Participants read it; only facilitators get a button to change it.
  await expect(seen.locator('time')).toHaveAttribute('datetime', '2026-12-04T17:00:00.000Z')
  await expect(seen).toContainText('Dec 5')
  await expect(seen).toContainText('02:00 AM')
  await expect(seen.locator('time')).toHaveAttribute('title', /UTC$/)
  await expect(ana.getByRole('button', { name: /Next meeting/ })).toHaveCount(0)

  await ana.reload()
  await expect(ana.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  await expect(ana.getByTestId('next-meeting').locator('time')).toHaveAttribute('datetime', '2026-12-04T17:00:00.000Z')

  await fac.getByTestId('export-menu-button').click()
  await fac.getByTestId('export-minutes').click()
  await expect(fac.getByTestId('minutes-text')).toContainText('Next meeting: 4 December 2026 at 18:00')

  await fac.keyboard.press('Escape')
  await chip.click()
  await fac.getByTestId('next-meeting-remove').click()
  await expect(chip).toHaveAccessibleName('Set next meeting')
  await expect(ana.getByTestId('next-meeting')).toHaveCount(0)
})
