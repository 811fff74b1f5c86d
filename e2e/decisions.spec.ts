/**
 * Consent decisions with a facilitator and three delegates of three coops, each in their own
 * browser: a proposal on the board, three stances (consent, concern, block) counted live
 * everywhere, the coops not heard from listed, the proposal closed as not agreed and kept in
 * the decision log across a reload.
 */
import type { Page } from '@playwright/test'
import { createBoardFromHome, join, readSharedLinks } from './board'
import { openDirectory } from './corners'
import { openDecisions } from './decisions'
import { expect, newPerson, test, type Person } from './fixtures'

const SHOTS = '/tmp/shots/consent'
const PROPOSAL = 'We share one accounting platform across all member coops from January'

async function takeStance(person: Person, stance: string, reason?: string): Promise<void> {
  const panel = await openDecisions(person.page)
  const proposal = panel.getByTestId('open-proposal').filter({ hasText: PROPOSAL })
  if (reason !== undefined) await proposal.getByLabel('Reason').fill(reason)
  await proposal.getByRole('button', { name: stance, exact: true }).click()
  await expect(proposal.getByRole('button', { name: stance, exact: true })).toHaveAttribute('aria-pressed', 'true')
}

async function expectCounts(page: Page, counts: Record<'consent' | 'concern' | 'stand_aside' | 'block', number>): Promise<void> {
  const panel = await openDecisions(page)
  const proposal = panel.getByTestId('open-proposal').filter({ hasText: PROPOSAL })
  for (const [kind, count] of Object.entries(counts)) {
    await expect(proposal.getByTestId(`count-${kind}`).locator('.stance-chip__count')).toHaveText(String(count))
  }
}

test('three coops take stances on a proposal; the facilitator closes it and the log keeps it', async ({ browser, server }) => {
  // Four browsers on a shared 2-core machine: more than the default 90 s when it is busy.
  const fa = await newPerson(browser, server.origin)
  await createBoardFromHome(fa.page, server.origin, 'Consent assembly')
  await join(fa.page, 'Fatima', 'Facilitation')
  const links = await readSharedLinks(fa.page)

  // Five coops on the roster; three of them send a delegate.
  const directory = await openDirectory(fa.page)
  await directory.getByTestId('import-roster-button').click()
  const dialog = fa.page.getByTestId('import-roster-dialog')
  await dialog.getByLabel('Member list').fill('Cooperativa Sur\nNorte Digital\nKobe Code\nTierra Viva\nRío Abierto')
  await dialog.getByTestId('import-roster-submit').click()
  await expect(fa.page.getByTestId('directory-item')).toHaveCount(5)

  const delegates: [Person, string, string][] = []
  for (const [name, coop] of [
    ['Ana', 'Cooperativa Sur'],
    ['Bo', 'Norte Digital'],
    ['Carla', 'Kobe Code'],
  ] as const) {
    const person = await newPerson(browser, server.origin)
    await person.page.goto(links.participant)
    await join(person.page, name, coop)
    delegates.push([person, name, coop])
  }
  const [ana, bo, carla] = delegates.map(([person]) => person) as [Person, Person, Person]

  // The facilitator writes the proposal; it lands on the board as a card.
  const panel = await openDecisions(fa.page)
  await panel.getByLabel('New proposal').fill(PROPOSAL)
  await panel.getByRole('button', { name: 'Put it on the board' }).click()
  await expect(panel.getByTestId('open-proposal')).toHaveCount(1)
  await expect(fa.page.locator('.tl-shape[data-shape-type="note"]').filter({ hasText: PROPOSAL })).toBeVisible()
  await expect(fa.page.getByTestId('card-overlay')).toBeVisible()

  // A participant cannot write proposals: no form for them.
  const anaPanel = await openDecisions(ana.page)
  await expect(anaPanel.getByTestId('open-proposal')).toContainText(PROPOSAL)
  await expect(anaPanel.getByLabel('New proposal')).toHaveCount(0)
  await expect(anaPanel.getByRole('button', { name: /Close as|Not agreed/ })).toHaveCount(0)

  await takeStance(ana, 'Consent')
  await bo.page.getByTestId('decisions-button').click()
  await bo.page.getByTestId('open-proposal').getByLabel('Reason').fill('The migration cost is not clear yet')
  await bo.page.screenshot({ path: `${SHOTS}/participant-taking-stance.png` })
  await takeStance(bo, 'Concern', 'The migration cost is not clear yet')
  await takeStance(carla, 'Block', 'Our members voted to keep our own books')

  // Every browser shows the same counts, the block, and who has not responded.
  for (const person of [fa, ana, bo, carla]) {
    await expectCounts(person.page, { consent: 1, concern: 1, stand_aside: 0, block: 1 })
    const proposal = person.page.getByTestId('decisions-panel').getByTestId('open-proposal')
    await expect(proposal.getByTestId('block-warning')).toContainText('1 block')
    await expect(proposal.getByTestId('pending-coops')).toContainText('Not responded yet (2)')
    await expect(proposal.getByTestId('pending-coops')).toContainText('Río Abierto, Tierra Viva')
    await expect(proposal.getByTestId('quorum')).toHaveText('3 of 5 coops responded · quorum reached')
    await expect(proposal).toContainText('Our members voted to keep our own books')
  }
  await expect(bo.page.getByTestId('own-stance')).toContainText('Norte Digital: ! Concern')
  await bo.page.getByTestId('decisions-panel').screenshot({ path: `${SHOTS}/participant-stance-taken.png` })

  // A viewer sees the same, read-only.
  const vi = await newPerson(browser, server.origin)
  await vi.page.goto(links.viewer)
  await expect(vi.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  await expectCounts(vi.page, { consent: 1, concern: 1, stand_aside: 0, block: 1 })
  const viewed = vi.page.getByTestId('open-proposal')
  await expect(viewed.getByTestId('no-stance')).toHaveText('You are watching with a view-only link.')
  await expect(viewed.getByRole('button', { name: 'Consent', exact: true })).toHaveCount(0)
  await expect(vi.page.getByLabel('New proposal')).toHaveCount(0)
  await expect(viewed.getByRole('button', { name: 'Not agreed' })).toHaveCount(0)
  await expect(fa.page.getByTestId('card-overlay')).toContainText('1 block')
  await fa.page.screenshot({ path: `${SHOTS}/facilitator-panel-open-proposal.png` })
  await fa.page.getByTestId('card-overlay').screenshot({ path: `${SHOTS}/card-overlay.png` })

  // The facilitator closes it as not agreed; the decision log has it everywhere.
  await panel.getByRole('button', { name: 'Not agreed' }).click()
  await panel.getByRole('button', { name: 'Close as not agreed' }).click()
  for (const person of [fa, ana, bo, carla, vi]) {
    const entry = person.page.getByTestId('decision-log-entry')
    await expect(entry).toHaveCount(1)
    await expect(entry).toContainText(`1.${PROPOSAL}`)
    await expect(entry).toContainText('not agreed1 consent, 1 concern, 1 block')
    await expect(person.page.getByTestId('open-proposal')).toHaveCount(0)
  }
  await expect(fa.page.getByTestId('card-overlay')).toContainText('not agreed')
  await fa.page.screenshot({ path: `${SHOTS}/decision-log.png` })
  await fa.page.getByTestId('card-overlay').evaluate((el) => el.scrollIntoView())
  await fa.page.locator('.board__stage').screenshot({ path: `${SHOTS}/card-on-board-closed.png` })

  // It persists: after a reload the log is still there.
  for (const person of [ana, fa]) {
    await person.page.reload()
    await expect(person.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
    await openDecisions(person.page)
    await expect(person.page.getByTestId('decision-log-entry')).toContainText('not agreed1 consent, 1 concern, 1 block')
  }

  expect([...fa.foreignRequests, ...ana.foreignRequests, ...bo.foreignRequests, ...carla.foreignRequests, ...vi.foreignRequests]).toEqual(
    [],
  )
})
