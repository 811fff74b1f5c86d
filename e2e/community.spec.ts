/**
 * A community across two monthly meetings, as issue 20 tells it, each person in their own
 * browser: the coordinator creates the community from the home page, imports its 31 coops once
 * and makes a working group; meeting 1 has notes by two delegates, a breakout whose rapporteurs
 * come from one coop, and a consent decision; meeting 2, created from the community page, has
 * every corner and the working group's area, suggests a rapporteur of another coop, and the
 * register lists meeting 1's decision; a member who missed meeting 1 reads its minutes and
 * opens its snapshot from the community page; an arrow labelled "works with" between two
 * corners links the two coops on the published directory. No request leaves the server.
 */
import type { Locator, Page } from '@playwright/test'
import { memberListCsv } from '../server/testing/community'
import { addSticky, join, noteWithText, tokenOf } from './board'
import { openBreakouts } from './breakouts'
import { boardShapes, communityView, createCommunityFromHome, eveningIn, planMeeting, readCommunityLinks } from './community'
import { frameElement, openDirectory } from './corners'
import { openDecisions } from './decisions'
import { expect, newPerson, test, type Person } from './fixtures'

const SHOTS = '/tmp/shots/community'
const DESKTOP = { viewport: { width: 1400, height: 900 } }
const COMMUNITY = 'Red de Cooperativas Tecnológicas'
const GROUP = 'Infraestructura común'
const PROPOSAL = 'Compartimos un servidor de correo entre todas las cooperativas desde enero · 共有メールサーバー'
/** Two delegates of one coop and one of another: the breakout's two groups each get one of the first coop. */
const DELEGATES = [
  { name: 'Ana Łukasik', coop: 'Spółdzielnia Kodu' },
  { name: 'Alma Ñúñez', coop: 'Spółdzielnia Kodu' },
  { name: 'Zoë Παππά', coop: 'Συνεργατική Αθήνας' },
] as const

/** Starts a breakout of two random groups (coops spread) and waits until everyone has a group. */
async function startBreakout(fran: Page, delegates: readonly Person[]): Promise<void> {
  const panel = await openBreakouts(fran)
  await expect(panel.getByTestId('breakout-form-people').getByRole('listitem')).toHaveCount(delegates.length)
  await panel.getByLabel('Number of groups').fill('2')
  await panel.getByLabel('Duration in minutes').fill('10')
  await panel.getByTestId('breakout-start').click()
  for (const person of delegates) await expect(person.page.getByTestId('breakout-my-group')).toHaveAttribute('data-group-id', /^g\d$/)
}

/** The rapporteur of the person's breakout group, as their bar names them. */
function rapporteurOf(page: Page) {
  return page.getByTestId('breakout-rapporteur').locator('strong')
}

async function endBreakout(fran: Page): Promise<void> {
  const panel = await openBreakouts(fran)
  await panel.getByTestId('breakout-end').click()
  await panel.getByTestId('breakout-end-confirm').click()
  await expect(panel.getByTestId('breakout-ended')).toBeVisible()
}

test('a community across two meetings: one roster, rotation, the register, minutes for the absent, a public map', async ({
  browser,
  server,
}) => {
  test.setTimeout(240_000)
  const fran = await newPerson(browser, server.origin, DESKTOP)

  // 1. The coordinator creates the community from the home page and imports its 31 coops once.
  const communityId = await createCommunityFromHome(
    fran.page,
    server.origin,
    COMMUNITY,
    'Federación de cooperativas de software: una asamblea al mes, tres grupos de trabajo.',
  )
  const links = await readCommunityLinks(fran.page)
  await fran.page.getByTestId('import-roster').click()
  const importer = fran.page.getByTestId('community-roster-dialog')
  await importer
    .getByTestId('import-roster-file')
    .setInputFiles({ name: 'miembros.csv', mimeType: 'text/csv', buffer: Buffer.from(memberListCsv()) })
  await importer.getByTestId('import-roster-check').click()
  await expect(importer.getByTestId('import-preview-coop')).toHaveCount(31)
  await importer.getByTestId('import-roster-submit').click()
  await expect(importer).toBeHidden()
  await expect(fran.page.getByTestId('coop-list').getByTestId('coop')).toHaveCount(31)

  // A working group, before the first meeting.
  await fran.page.getByTestId('add-working-group').click()
  await fran.page.getByTestId('working-group-name').fill(GROUP)
  await fran.page.getByRole('checkbox', { name: 'Spółdzielnia Kodu' }).check()
  await fran.page.getByRole('checkbox', { name: 'Συνεργατική Αθήνας' }).check()
  await fran.page.getByTestId('working-group-people').fill('Ana Łukasik\nZoë Παππά')
  await fran.page.getByTestId('working-group-save').click()
  await expect(fran.page.getByTestId('working-group')).toHaveCount(1)
  await expect(fran.page.getByTestId('working-group')).toContainText(GROUP)

  // 2. Meeting 1, dated two days ago so that it is a past meeting (upcoming lasts until 12 hours
  // after the start) when the absent member looks for it: everyone reaches its board from the page.
  const meeting1 = await planMeeting(fran.page, 'Asamblea de noviembre', eveningIn(-2))
  await expect(fran.page.getByTestId('past-meeting')).toHaveCount(1)
  const openMeeting1 = async (person: Person) => {
    await person.page.getByTestId('past-meeting').getByRole('link', { name: 'Board', exact: true }).click()
    await expect(person.page).toHaveURL(new RegExp(`/b/${meeting1}`))
  }
  await openMeeting1(fran)
  await join(fran.page, 'Fran Ortiz', 'Cooperativa Sur')
  // The delegates arrive together, each with the member link.
  const delegates = await Promise.all(
    DELEGATES.map(async ({ name, coop }) => {
      const person = await newPerson(browser, server.origin, DESKTOP)
      await person.page.goto(links.member)
      await expect(person.page.getByTestId('community-name')).toHaveText(COMMUNITY)
      await openMeeting1(person)
      await join(person.page, name, coop)
      return person
    }),
  )
  const [ana, alma, zoe] = delegates as [Person, Person, Person]

  // Notes by two people.
  await addSticky(ana.page, 'Propuesta: servidor compartido')
  await addSticky(zoe.page, 'Ιδέα: κοινές αγορές')
  await expect(noteWithText(fran.page, 'Propuesta: servidor compartido')).toHaveCount(1)

  // A breakout: the coop with two delegates is spread over both groups, and with no history
  // each group's rapporteur comes from it (Zoë's group included: "Ana"/"Alma" sort first).
  await startBreakout(fran.page, delegates)
  await expect(rapporteurOf(zoe.page)).toHaveText(/^(Ana Łukasik|Alma Ñúñez) · Spółdzielnia Kodu$/)
  await endBreakout(fran.page)

  // A consent decision.
  const decisions = await openDecisions(fran.page)
  await decisions.getByLabel('New proposal').fill(PROPOSAL)
  await decisions.getByRole('button', { name: 'Put it on the board' }).click()
  for (const person of [ana, zoe]) {
    const proposal = (await openDecisions(person.page)).getByTestId('open-proposal')
    await proposal.getByRole('button', { name: 'Consent', exact: true }).click()
    await expect(proposal.getByRole('button', { name: 'Consent', exact: true })).toHaveAttribute('aria-pressed', 'true')
  }
  await decisions.getByRole('button', { name: 'Agreed', exact: true }).click()
  await decisions.getByRole('button', { name: 'Close as agreed' }).click()
  await expect(decisions.getByTestId('decision-log-entry')).toHaveCount(1)

  // 3. Meeting 2, from the community page: the delegates join it with their one community link.
  await fran.page.goto(`${server.origin}/c/${communityId}`)
  const meeting2 = await planMeeting(fran.page, 'Asamblea de diciembre', eveningIn(5))
  await expect(fran.page.getByTestId('next-meeting')).toContainText('Asamblea de diciembre')
  await Promise.all(
    [fran, ...delegates].map(async (person) => {
      if (person !== fran) await person.page.goto(links.member)
      await person.page.getByTestId('join-meeting').click()
      await expect(person.page).toHaveURL(new RegExp(`/b/${meeting2}`))
      await expect(person.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
    }),
  )

  // The member link opens the meeting as a participant: no facilitator's controls.
  await expect(ana.page.getByTestId('breakouts-button')).toHaveCount(0)

  // Every corner is there, and the working group's area, and a "last time" frame.
  await expect((await openDirectory(fran.page)).getByTestId('directory-item')).toHaveCount(31)
  const shapes = await boardShapes(server.origin, meeting2, tokenOf(links.coordinator))
  const area = shapes.find((shape) => shape.type === 'frame' && typeof shape.meta.workingGroupId === 'string')
  expect(area?.props.name).toBe(GROUP)
  await expect(frameElement(fran.page, area?.id ?? 'none')).toHaveCount(1)
  // "Last time" lists meeting 1's decision.
  const lastTime = shapes.find((shape) => shape.type === 'frame' && String(shape.props.name).startsWith('Last time'))
  expect(JSON.stringify(shapes.filter((shape) => shape.parentId === lastTime?.id))).toContain('servidor de correo')

  // The rotation counts meeting 1: Zoë's group's rapporteur is now of her coop, the one that never reported.
  await startBreakout(fran.page, delegates)
  await expect(rapporteurOf(zoe.page)).toHaveText('Zoë Παππά · Συνεργατική Αθήνας')
  await endBreakout(fran.page)
  await alma.context.close()

  // 5 (on meeting 2's board). An arrow from one corner to another, labelled "works with".
  const view = await communityView(server.origin, communityId, tokenOf(links.viewer))
  const idOf = (name: string) => view.coops.find((coop) => coop.name === name)?.id ?? `missing ${name}`
  const [from, to] = ['Tech Workers Coop', 'Coopérative Élan']
  await drawArrowBetweenCorners(fran.page, from, to)
  const worksWith = fran.page.getByTestId('relation-label').filter({ hasText: /^works with$/ })
  await worksWith.click()
  await expect(worksWith).toHaveAttribute('aria-pressed', 'true')
  await fran.page.screenshot({ path: `${SHOTS}/meeting-board-desktop.png` })
  const arrowRelations = async () =>
    (await communityView(server.origin, communityId, tokenOf(links.viewer))).relations
      .filter((relation) => relation.origin === 'arrow')
      .map((relation) => `${[relation.source, relation.target].sort().join(' – ')}: ${relation.label}`)
  await expect.poll(arrowRelations).toEqual([`${[idOf(from), idOf(to)].sort().join(' – ')}: works with`])

  // The community page: the register lists meeting 1's decision; rotation and relations show.
  await fran.page.goto(`${server.origin}/c/${communityId}`)
  const register = fran.page.getByTestId('decision-register')
  await expect(register).toContainText(PROPOSAL)
  await register.getByTestId('decision-search').fill('servidor de correo')
  await expect(register).toContainText(PROPOSAL)
  await expect(fran.page.getByTestId('rotation-history')).toContainText('Spółdzielnia Kodu')
  await expect(fran.page.getByTestId('relations')).toContainText('works with')
  await fran.page.screenshot({ path: `${SHOTS}/community-page-desktop.png`, fullPage: true })

  // 4. Lu missed meeting 1: with the member link, she reads its minutes and opens its snapshot.
  const lu = await newPerson(browser, server.origin, DESKTOP)
  await lu.page.goto(links.member)
  const past = lu.page.getByTestId('past-meeting')
  await expect(past).toHaveCount(1)
  await expect(past).toContainText('Asamblea de noviembre')
  // A member has no coordinator's controls.
  await expect(lu.page.getByTestId('new-meeting-title')).toHaveCount(0)
  await expect(lu.page.getByTestId('publish-toggle')).toHaveCount(0)
  await past.getByTestId('open-minutes').click()
  const minutes = lu.page.getByTestId('minutes-text')
  await expect(minutes).toHaveValue(new RegExp(PROPOSAL.slice(0, 40)))
  await expect(minutes).toHaveValue(/Propuesta: servidor compartido/)
  await lu.page.keyboard.press('Escape')
  await past.getByTestId('open-snapshot').click()
  await expect(lu.page).toHaveURL(new RegExp(`/b/${meeting1}\\?snapshot=`))
  await join(lu.page, 'Lu Wei', '北京开源合作社')
  const snapshot = lu.page.getByTestId('snapshot-view')
  await expect(snapshot.locator('.tl-shape[data-shape-type="note"]').filter({ hasText: 'Ιδέα: κοινές αγορές' })).toHaveCount(1)

  // 5. The coordinator publishes; the public page links the two coops, with no token at all.
  await fran.page.getByTestId('publish-toggle').click()
  const publicLink = fran.page.getByTestId('public-link')
  await expect(publicLink).toBeVisible()
  const publicUrl = await publicLink.evaluate((element) => element.getAttribute('href') ?? (element as HTMLInputElement).value)
  // A visitor on a phone whose browser asks for Spanish.
  const visitor = await newPerson(browser, server.origin, {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'es-ES',
  })
  await visitor.page.goto(new URL(publicUrl, server.origin).href)
  await expect(visitor.page.getByRole('heading', { name: 'Cómo se relacionan las cooperativas' })).toBeVisible()
  await expect(visitor.page.getByTestId('public-coops')).toContainText('神戸コード協同組合')
  const edge = visitor.page
    .getByTestId('public-graph')
    .locator(`line[data-source="${idOf(from)}"][data-target="${idOf(to)}"], line[data-source="${idOf(to)}"][data-target="${idOf(from)}"]`)
  await expect(edge).toHaveCount(1)
  // What a landing page fetches carries no token and no person's name: not a delegate's, not a rapporteur's.
  const directory = await (await fetch(`${server.origin}/api/communities/${communityId}/public.json`)).text()
  for (const secret of [...Object.values(links).map(tokenOf), ...DELEGATES.map((delegate) => delegate.name), 'Fran Ortiz']) {
    expect(directory).not.toContain(secret)
  }
  await visitor.page.screenshot({ path: `${SHOTS}/public-directory-phone-es.png` })
  await visitor.page.getByTestId('public-graph').screenshot({ path: `${SHOTS}/public-graph-phone-es.png` })

  for (const person of [fran, ana, zoe, lu, visitor]) expect(person.foreignRequests).toEqual([])
})

/** The box of `locator` on screen once it stops moving (the camera glides when it zooms to fit). */
async function settledBox(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  let last = ''
  await expect
    .poll(async () => {
      const box = await locator.boundingBox()
      const now = JSON.stringify(box)
      const settled = box !== null && now === last
      last = now
      return settled
    })
    .toBe(true)
  const box = await locator.boundingBox()
  if (!box) throw new Error('not on screen')
  return box
}

/** Draws a tldraw arrow from the middle of one coop's corner to the middle of another's, with the whole board in view. */
async function drawArrowBetweenCorners(page: Page, from: string, to: string): Promise<void> {
  const panel = await openDirectory(page)
  const cornerOf = async (name: string) => {
    const id = await panel.getByTestId('directory-item').filter({ hasText: name }).first().getAttribute('data-corner-id')
    if (!id) throw new Error(`${name} has no corner`)
    return frameElement(page, id)
  }
  const [start, end] = [await cornerOf(from), await cornerOf(to)]
  await page.getByRole('button', { name: 'Close coops' }).click()
  await page.locator('.tl-canvas').click({ position: { x: 5, y: 300 } })
  await page.keyboard.press('Shift+1')
  const a = await settledBox(start)
  const b = await settledBox(end)
  await page.keyboard.press('a')
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2)
  await page.mouse.down()
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 })
  await page.mouse.up()
}
