/**
 * Breakout sessions with a facilitator and six participants, each in their own browser: three
 * random, balanced groups of two; every participant's view lands in its group's area; the
 * countdown agrees in every browser, even one whose clock is seven minutes off; participants
 * cannot start or end a session; a broadcast message and a call to the facilitator; a reload
 * keeps it all; ending brings everyone back and freezes the areas; in report-back everyone's
 * view follows the rapporteur who has the floor; then a session where people choose.
 */
import { addSticky, createBoardFromHome, join, noteWithText, readSharedLinks } from './board'
import { areaFrame, barSeconds, myGroupId, openBreakouts, skewClockScript, viewCenterInside } from './breakouts'
import { expect, newPerson, test, type Person } from './fixtures'

const SHOTS = '/tmp/shots/breakui'
const PEOPLE: readonly [string, string][] = [
  ['Ana', 'Cooperativa Sur'],
  ['Bo', 'Tokyo Tech Coop'],
  ['Carla', 'Cooperativa Sur'],
  ['Dev', 'Tokyo Tech Coop'],
  ['Eli', 'Panadería Norte'],
  ['Fay', 'Panadería Norte'],
]

test('six participants in three breakout groups, and back to the plenary', async ({ browser, server }) => {
  test.setTimeout(240_000)
  const fac = await newPerson(browser, server.origin)
  // The facilitator's top bar holds every feature's controls; a wide screen shows them all.
  await fac.page.setViewportSize({ width: 1600, height: 900 })
  await createBoardFromHome(fac.page, server.origin, 'November assembly')
  await join(fac.page, 'Fran', 'Facilitation')
  // The plenary has content of its own, for the view to come back to.
  await addSticky(fac.page, 'Agenda')
  const links = await readSharedLinks(fac.page)

  const people: Person[] = []
  for (const [index, [name, coop]] of PEOPLE.entries()) {
    const person = await newPerson(browser, server.origin)
    // Carla's laptop clock is seven minutes fast.
    if (index === 2) await person.context.addInitScript(skewClockScript(7 * 60_000))
    await person.page.goto(links.participant)
    await join(person.page, name, coop)
    people.push(person)
  }
  const everyone = [fac, ...people]

  // Participants have no way to start or end a session.
  for (const person of people) {
    await expect(person.page.getByTestId('breakouts-button')).toHaveCount(0)
  }

  // The facilitator plans three groups, random and balanced; the form lists who is here.
  const panel = await openBreakouts(fac.page)
  await expect(panel.getByTestId('breakout-form-people').getByRole('listitem')).toHaveCount(6)
  await panel.screenshot({ path: `${SHOTS}/01-new-session-form.png` })
  await panel.getByLabel('Number of groups').fill('3')
  await panel.getByLabel('Duration in minutes').fill('15')
  await panel.getByTestId('breakout-start').click()

  // The overview: three groups of two.
  const cards = panel.getByTestId('breakout-group-card')
  await expect(cards).toHaveCount(3)
  for (let i = 0; i < 3; i++) await expect(cards.nth(i).getByTestId('group-card-member')).toHaveCount(2)
  await expect(panel.getByTestId('group-card-present').first()).toHaveText('2 members · 2 here')

  // Each participant's view lands in their own group's area.
  const groupOf = new Map<Person, string>()
  for (const person of people) {
    await expect(person.page.getByTestId('breakout-my-group')).toHaveAttribute('data-group-id', /^g\d$/)
    const groupId = await myGroupId(person.page)
    if (!groupId) throw new Error('no group')
    groupOf.set(person, groupId)
    await expect.poll(() => viewCenterInside(person.page, areaFrame(person.page, groupId))).toBe(true)
  }
  expect([...groupOf.values()].sort()).toEqual(['g1', 'g1', 'g2', 'g2', 'g3', 'g3'])

  // The countdown agrees everywhere, Carla's fast clock included.
  await expect
    .poll(async () => {
      const seconds = await Promise.all(everyone.map((person) => barSeconds(person.page)))
      if (seconds.some((s) => s === null)) return Number.POSITIVE_INFINITY
      const values = seconds as number[]
      return Math.max(...values) - Math.min(...values)
    })
    .toBeLessThanOrEqual(1)
  const carlaSeconds = await barSeconds(people[2]!.page)
  expect(carlaSeconds).toBeGreaterThan(13 * 60)
  expect(carlaSeconds).toBeLessThanOrEqual(15 * 60)
  await fac.page.screenshot({ path: `${SHOTS}/02-facilitator-overview.png` })

  // Ana adds a note in her group's area; the overview counts it.
  const ana = people[0]!
  await addSticky(ana.page, 'Idea from my group')
  const anaGroup = groupOf.get(ana)!
  await expect(panel.locator(`[data-group-id="${anaGroup}"]`).getByTestId('group-card-notes')).toHaveText('1 note')

  // A message to all groups, and a group calling the facilitator over.
  await panel.getByLabel('Message all groups').fill('Five minutes left: pick your rapporteur')
  await panel.getByRole('button', { name: 'Send' }).click()
  for (const person of people) {
    await expect(person.page.getByTestId('breakout-message')).toContainText('Five minutes left')
  }
  await ana.page.getByRole('button', { name: 'Call facilitator' }).click()
  await expect(ana.page.getByTestId('facilitator-called')).toBeVisible()
  await ana.page.screenshot({ path: `${SHOTS}/03-participant-bar-message.png` })
  const calling = panel.locator(`[data-group-id="${anaGroup}"]`)
  await expect(calling.getByText('Calling you')).toBeVisible()
  await expect(fac.page.getByTestId('breakouts-button')).toContainText('1')
  await calling.getByRole('button', { name: 'Go there' }).click()
  await expect(ana.page.getByRole('button', { name: 'Call facilitator' })).toBeVisible()
  await expect.poll(() => viewCenterInside(fac.page, areaFrame(fac.page, anaGroup))).toBe(true)

  // A participant has nothing to end the session with; a reload keeps their group and view.
  const bo = people[1]!
  await expect(bo.page.getByRole('button', { name: 'End session' })).toHaveCount(0)
  await bo.page.reload()
  await expect(bo.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  await expect(bo.page.getByTestId('breakout-my-group')).toHaveAttribute('data-group-id', groupOf.get(bo)!)
  await expect.poll(() => viewCenterInside(bo.page, areaFrame(bo.page, groupOf.get(bo)!))).toBe(true)

  // The facilitator ends the session: everyone comes back to the plenary, the bar goes away.
  await panel.getByTestId('breakout-end').click()
  await panel.getByTestId('breakout-end-confirm').click()
  await expect(panel.getByTestId('breakout-ended')).toBeVisible()
  for (const person of people) {
    await expect(person.page.getByTestId('breakout-bar')).toHaveCount(0)
    await expect.poll(() => viewCenterInside(person.page, areaFrame(person.page, groupOf.get(person)!))).toBe(false)
    await expect(noteWithText(person.page, 'Agenda')).toBeInViewport()
  }

  // Ana's group area is frozen: she cannot drag her note out of it any more.
  await ana.page.locator('.tl-canvas').click({ position: { x: 5, y: 400 } })
  await ana.page.keyboard.press('Shift+1')
  const note = noteWithText(ana.page, 'Idea from my group')
  await expect(note).toBeInViewport()
  await expect.poll(async () => (await note.boundingBox())?.width ?? 0).toBeGreaterThan(10)
  const before = await note.boundingBox()
  if (!before) throw new Error('no note')
  await ana.page.mouse.move(before.x + before.width / 2, before.y + before.height / 2)
  await ana.page.mouse.down()
  await ana.page.mouse.move(before.x + before.width / 2 + 120, before.y + before.height / 2 + 80, { steps: 6 })
  await ana.page.mouse.up()
  const after = await note.boundingBox()
  expect(Math.abs((after?.x ?? 0) - before.x)).toBeLessThan(2)
  expect(Math.abs((after?.y ?? 0) - before.y)).toBeLessThan(2)

  // Report-back: the floor goes to group 1's rapporteur, and the others' views follow theirs.
  await panel.getByRole('button', { name: 'Start report-back' }).click()
  const floor = panel.getByTestId('report-back-floor')
  await expect(floor).toContainText('has the floor')
  const floorText = (await floor.textContent()) ?? ''
  const rapporteur = people.find((_, i) => floorText.includes(`${PEOPLE[i]![0]} · ${PEOPLE[i]![1]}`))
  if (!rapporteur) throw new Error(`no rapporteur in "${floorText}"`)
  // The rapporteur looks at their group's area; everyone else's view goes there too.
  const reportedArea = groupOf.get(rapporteur)!
  await rapporteur.page.locator('.tl-canvas').click({ position: { x: 5, y: 400 } })
  await rapporteur.page.keyboard.press('Shift+1')
  await fac.page.screenshot({ path: `${SHOTS}/04-report-back.png` })
  const watcher = people.find((person) => person !== rapporteur)!
  await expect
    .poll(
      async () => {
        const theirs = await areaFrame(rapporteur.page, reportedArea).boundingBox()
        const mine = await areaFrame(watcher.page, reportedArea).boundingBox()
        if (!theirs || !mine) return Number.POSITIVE_INFINITY
        return Math.max(Math.abs(theirs.x - mine.x), Math.abs(theirs.y - mine.y), Math.abs(theirs.width - mine.width))
      },
      { timeout: 15_000 },
    )
    .toBeLessThan(40)
  await watcher.page.screenshot({ path: `${SHOTS}/05-report-back-follower.png` })
  await panel.getByRole('button', { name: 'Next group' }).click()
  await expect(floor).toContainText('Group 2 of 3')
  await panel.getByRole('button', { name: 'Finish report-back now' }).click()
  await expect(watcher.page.getByTestId('stage-banner')).toHaveCount(0)

  // A second session where participants choose their group, at most two per group.
  await panel.getByRole('button', { name: 'New session' }).click()
  await panel.getByRole('radio', { name: 'By topic' }).check()
  await panel.getByLabel('Topics, one per line').fill('Housing\nEnergy\nFood')
  await panel.getByRole('radio', { name: /Participants choose/ }).check()
  await panel.getByLabel('Most people per group (optional)').fill('2')
  await panel.getByTestId('breakout-start').click()
  const picker = bo.page.getByTestId('group-picker')
  await expect(picker).toBeVisible()
  await expect(picker.getByRole('button')).toHaveCount(3)
  await bo.page.screenshot({ path: `${SHOTS}/06-group-picker.png` })
  await picker.getByRole('button', { name: /^Energy/ }).click()
  await expect(bo.page.getByTestId('breakout-my-group')).toHaveText('Energy')
  await expect(picker).toHaveCount(0)
  await expect(people[0]!.page.getByTestId('group-picker').getByRole('button', { name: /^Energy/ })).toHaveAccessibleName(
    'Energy, 1 person',
  )
  await fac.page.screenshot({ path: `${SHOTS}/07-facilitator-choose.png` })
})
