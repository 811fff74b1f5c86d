/**
 * Report-back with a facilitator and three participants (a laptop in English, a laptop and a
 * phone in Spanish): when a group gets the floor, the presenter's view and every follower's
 * goes to that group's area, zoomed to fit and centred; "Next group" moves everyone on to the
 * next area, also a follower and a presenter who reload meanwhile. Then a "participants
 * choose" session names a rapporteur as soon as someone picks a group, without "Suggest".
 */
import type { Page } from '@playwright/test'
import { addSticky, createBoardFromHome, join, readSharedLinks } from './board'
import { areaFrame, openBreakouts } from './breakouts'
import { expect, newPerson, test, type Person } from './fixtures'

const SHOTS = '/tmp/shots/report-back'

interface Delegate {
  name: string
  coop: string
  person: Person
  shot: string
}

/**
 * "centred" when the whole of a group's area is in `page`'s view and its middle lies within a
 * tenth of the view's size from the view's middle; otherwise what is off, to show in a failure.
 */
async function areaPlacement(page: Page, groupId: string): Promise<string> {
  const view = await page.locator('.board__editor').boundingBox()
  const area = await areaFrame(page, groupId).boundingBox()
  if (!view || !area) return 'no view or no area'
  const slack = 2
  const inside =
    area.x >= view.x - slack &&
    area.y >= view.y - slack &&
    area.x + area.width <= view.x + view.width + slack &&
    area.y + area.height <= view.y + view.height + slack
  const offX = Math.abs(area.x + area.width / 2 - (view.x + view.width / 2)) / view.width
  const offY = Math.abs(area.y + area.height / 2 - (view.y + view.height / 2)) / view.height
  if (!inside) return `not inside: area ${JSON.stringify(area)} view ${JSON.stringify(view)}`
  if (offX > 0.1 || offY > 0.1) return `off centre by ${offX.toFixed(2)}, ${offY.toFixed(2)}`
  return 'centred'
}

/** The join dialog, as a browser that asks for Spanish shows it. */
async function joinInSpanish(page: Page, name: string, coop: string): Promise<void> {
  await page.getByLabel('Tu nombre').fill(name)
  await page.getByLabel('Tu cooperativa').fill(coop)
  await page.getByRole('button', { name: 'Unirme al tablero' }).click()
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
}

async function expectAreaCentred(page: Page, groupId: string): Promise<void> {
  await expect.poll(() => areaPlacement(page, groupId), { timeout: 15_000 }).toBe('centred')
}

/** The delegate whose "Name · Coop" the floor line names. */
async function floorHolder(page: Page, delegates: readonly Delegate[]): Promise<Delegate> {
  const floor = page.getByTestId('breakouts-panel').getByTestId('report-back-floor')
  await expect(floor).toContainText('has the floor')
  const text = (await floor.textContent()) ?? ''
  const holder = delegates.find((delegate) => text.includes(`${delegate.name} · ${delegate.coop}`))
  if (!holder) throw new Error(`nobody named in "${text}"`)
  return holder
}

test('report-back takes the presenter and every follower to the area of the group with the floor', async ({ browser, server }) => {
  // Four browsers, one a phone, and two reloads on a shared 2-core machine.
  test.setTimeout(240_000)
  const fac = await newPerson(browser, server.origin, { viewport: { width: 1400, height: 900 } })
  await createBoardFromHome(fac.page, server.origin, 'Asamblea de diciembre')
  await join(fac.page, 'Fran', 'Facilitación')
  await addSticky(fac.page, 'Orden del día')
  const links = await readSharedLinks(fac.page)

  const lucja = await newPerson(browser, server.origin, { viewport: { width: 1400, height: 900 } })
  await lucja.page.goto(links.participant)
  await join(lucja.page, 'Łucja Nowak', 'Spółdzielnia Kodu')

  // Kenji's browser asks for Spanish: the whole board is in Spanish for him.
  const kenji = await newPerson(browser, server.origin, { viewport: { width: 1400, height: 900 }, locale: 'es-ES' })
  await kenji.page.goto(links.participant)
  await joinInSpanish(kenji.page, '山田 健二', 'Tokyo Tech Coop')

  // Eleni is on a phone, in Spanish too.
  const eleni = await newPerson(browser, server.origin, {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    hasTouch: true,
    isMobile: true,
    locale: 'es-ES',
  })
  await eleni.page.goto(links.participant)
  await joinInSpanish(eleni.page, 'Ελένη Παππά', 'Συνεταιρισμός Αθήνας')

  const delegates: Delegate[] = [
    { name: 'Łucja Nowak', coop: 'Spółdzielnia Kodu', person: lucja, shot: 'desktop-en' },
    { name: '山田 健二', coop: 'Tokyo Tech Coop', person: kenji, shot: 'desktop-es' },
    { name: 'Ελένη Παππά', coop: 'Συνεταιρισμός Αθήνας', person: eleni, shot: 'phone-es' },
  ]

  // Two random groups for three people: the form says what each group really gets.
  const panel = await openBreakouts(fac.page)
  await expect(panel.getByTestId('breakout-form-people').getByRole('listitem')).toHaveCount(3)
  await panel.getByLabel('Number of groups').fill('2')
  await expect(panel.getByText('2 groups of 1–2 people.')).toBeVisible()
  await panel.getByLabel('Duration in minutes').fill('10')
  await panel.getByTestId('breakout-start').click()
  await expect(panel.getByTestId('breakout-group-card')).toHaveCount(2)
  await panel.getByTestId('breakout-end').click()
  await panel.getByTestId('breakout-end-confirm').click()
  await expect(panel.getByTestId('breakout-ended')).toBeVisible()

  // Group 1 gets the floor: its rapporteur's view and everyone else's go to its area.
  await panel.getByRole('button', { name: 'Start report-back' }).click()
  const first = await floorHolder(fac.page, delegates)
  for (const page of [fac.page, ...delegates.map((d) => d.person.page)]) await expectAreaCentred(page, 'g1')

  // "Next group": everyone moves on to group 2's area, the presenter included.
  await panel.getByRole('button', { name: 'Next group' }).click()
  await expect(panel.getByTestId('report-back-floor')).toContainText('Group 2 of 2')
  const second = await floorHolder(fac.page, delegates)
  expect(second).not.toBe(first)
  for (const page of [fac.page, ...delegates.map((d) => d.person.page)]) await expectAreaCentred(page, 'g2')
  for (const delegate of delegates) {
    const side = delegate === second ? 'presenter' : 'follower'
    await delegate.person.page.screenshot({ path: `${SHOTS}/${side}-${delegate.shot}.png` })
  }
  await fac.page.screenshot({ path: `${SHOTS}/facilitator-desktop-en.png` })

  // A follower who reloads lands on the presenting group's area again, and so does the presenter.
  const follower = delegates.find((delegate) => delegate !== second)!
  await follower.person.page.reload()
  await expect(follower.person.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  await expectAreaCentred(follower.person.page, 'g2')
  await second.person.page.reload()
  await expect(second.person.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  for (const page of [fac.page, ...delegates.map((d) => d.person.page)]) await expectAreaCentred(page, 'g2')

  // The presenter may still look around: panning moves their view, the camera is not held.
  const presenterPage = second.person.page
  const before = await areaFrame(presenterPage, 'g2').boundingBox()
  const canvas = await presenterPage.locator('.board__editor').boundingBox()
  if (!canvas) throw new Error('no canvas')
  await presenterPage.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2)
  await presenterPage.mouse.wheel(0, 300)
  await expect.poll(async () => (await areaFrame(presenterPage, 'g2').boundingBox())?.y ?? 0).not.toBe(before?.y ?? 0)
  await panel.getByRole('button', { name: 'Finish report-back', exact: true }).click()
  await expect(follower.person.page.getByTestId('stage-banner')).toHaveCount(0)

  // "Participants choose": whoever picks a group first is its rapporteur, with nobody pressing Suggest.
  await panel.getByRole('button', { name: 'New session' }).click()
  await panel.getByRole('radio', { name: /Participants choose/ }).check()
  await panel.getByLabel('Number of groups').fill('2')
  await panel.getByTestId('breakout-start').click()
  const picker = lucja.page.getByTestId('group-picker')
  await expect(picker).toBeVisible()
  await picker.getByRole('button', { name: /^Group 1/ }).click()
  await expect(lucja.page.getByTestId('breakout-rapporteur')).toContainText('Łucja Nowak · Spółdzielnia Kodu')
  await expect(panel.locator('[data-group-id="g1"]')).toContainText('Łucja Nowak')
  await lucja.page.screenshot({ path: `${SHOTS}/choose-rapporteur-desktop-en.png` })

  // Following someone from the people menu offers one way to stop, the banner that names them.
  await kenji.page.getByRole('button', { name: /^En línea/ }).click()
  await kenji.page.getByRole('button', { name: 'Seguir a Łucja Nowak · Spółdzielnia Kodu' }).click()
  const banner = kenji.page.getByTestId('following-banner')
  await expect(banner).toContainText('Łucja Nowak · Spółdzielnia Kodu')
  await expect(kenji.page.getByRole('button', { name: /Dejar de seguir/ })).toHaveCount(1)
  await kenji.page.screenshot({ path: `${SHOTS}/following-one-stop-desktop-es.png` })
  await banner.getByRole('button', { name: 'Dejar de seguir' }).click()
  await expect(banner).toHaveCount(0)

  // Before any vote, a participant's Votes panel says so once.
  await lucja.page.getByTestId('votes-button').click()
  await expect(lucja.page.getByTestId('votes-panel').getByText('No vote yet')).toHaveCount(1)
})
