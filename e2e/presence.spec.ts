/**
 * Cursors through the server's presence relay, which sends each person at once only the
 * cursors on their screen (server/rooms/presenceRelay.ts): a cursor in view shows, and one
 * far away shows as soon as you look there, not at the next refresh (5 s).
 */
import { expect, type Page } from '@playwright/test'
import { createBoardFromHome, join, readSharedLinks } from './board'
import { newPerson, test } from './fixtures'

const cursors = (page: Page) => page.locator('.tl-cursor')

async function panFar(page: Page): Promise<void> {
  await page.mouse.move(600, 400)
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 1000)
}

test('a cursor on your screen shows, and a far one as soon as you look there', async ({ browser, server }) => {
  const facilitator = await newPerson(browser, server.origin)
  await createBoardFromHome(facilitator.page, server.origin, 'Presence')
  await join(facilitator.page, 'Fatima', 'Coop F')
  const links = await readSharedLinks(facilitator.page)
  // Facilitators' cursors go to everyone: only participants are left, to see the relay choose.
  await facilitator.context.close()
  const ana = await newPerson(browser, server.origin)
  const bo = await newPerson(browser, server.origin)
  await ana.page.goto(links.participant)
  await join(ana.page, 'Ana', 'Coop A')
  await bo.page.goto(links.participant)
  await join(bo.page, 'Bo', 'Coop B')

  for (let i = 0; i < 20; i++) await bo.page.mouse.move(500 + i * 10, 400)
  await expect(cursors(ana.page)).toHaveCount(1, { timeout: 5000 })
  await expect(ana.page.locator('.tl-nametag')).toContainText('Bo')

  await panFar(bo.page)
  for (let i = 0; i < 20; i++) await bo.page.mouse.move(500 + i * 5, 450)
  await expect(cursors(ana.page)).toHaveCount(0, { timeout: 5000 })

  await panFar(ana.page)
  await expect(cursors(ana.page)).toHaveCount(1, { timeout: 2000 })
  await ana.page.screenshot({ path: '/tmp/shots/presence/after-pan.png' })
})
