/**
 * Archiving past breakout sessions: two short sessions with notes, both ended; the facilitator
 * archives the first: its group areas leave the main page (for everyone), the minutes still
 * list its groups and notes, "Show" finds it on the Archive page, a reload keeps it archived,
 * and "Unarchive" brings it back below the main page's content, overlapping nothing. The panel
 * on a phone and in Spanish.
 */
import type { Locator, Page } from '@playwright/test'
import { addSticky, createBoardFromHome, join, noteWithText, readSharedLinks, tokenOf } from './board'
import { openBreakouts } from './breakouts'
import { expect, newPerson, test, type Person } from './fixtures'

const SHOTS = '/tmp/shots/archive'

/** The area frames of session `sessionId` drawn on a page's current tldraw page. */
function sessionFrames(page: Page, sessionId: string): Locator {
  return page.locator(`.tl-shape[data-shape-type="frame"][data-shape-id^="shape:breakout-${sessionId}-"]:not(.tl-shape-background)`)
}

/** Runs a session of two groups on `topics`; each participant adds `note(name)` in their area; then ends it. */
async function runSession(panel: Locator, people: readonly [Person, string][], topics: string, note: (name: string) => string) {
  await panel.getByRole('radio', { name: 'By topic' }).check()
  await panel.getByLabel('Topics, one per line').fill(topics)
  await panel.getByTestId('breakout-start').click()
  await expect(panel.getByTestId('breakout-group-card')).toHaveCount(2)
  for (const [person, name] of people) {
    await expect(person.page.getByTestId('breakout-my-group')).toHaveAttribute('data-group-id', /^g\d$/)
    await addSticky(person.page, note(name))
  }
  for (const card of await panel.getByTestId('group-card-notes').all()) await expect(card).toHaveText('1 note')
  await panel.getByTestId('breakout-end').click()
  await panel.getByTestId('breakout-end-confirm').click()
  await expect(panel.getByTestId('breakout-ended')).toBeVisible()
}

/** True when no two boxes overlap. */
function apart(boxes: readonly { x: number; y: number; width: number; height: number }[]): boolean {
  return boxes.every((a, i) =>
    boxes.slice(i + 1).every((b) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y),
  )
}

test('the facilitator archives a past session and brings it back', async ({ browser, server }) => {
  test.setTimeout(360_000)
  const fac = await newPerson(browser, server.origin, { viewport: { width: 1400, height: 900 } })
  const boardId = await createBoardFromHome(fac.page, server.origin, 'Asamblea de diciembre')
  await join(fac.page, 'Fran', 'Facilitación')
  await addSticky(fac.page, 'Agenda: orden del día')
  const links = await readSharedLinks(fac.page)

  const people: [Person, string][] = []
  for (const [name, coop] of [
    ['Łucja', 'Spółdzielnia Kodu'],
    ['佐藤', '東京テック協同組合'],
  ] as const) {
    const person = await newPerson(browser, server.origin)
    await person.page.goto(links.participant)
    await join(person.page, name, coop)
    people.push([person, name])
  }
  const [ana] = people[0]!

  const panel = await openBreakouts(fac.page)
  await runSession(panel, people, 'Vivienda cooperativa\nEnergía solar', (name) => `${name}: primera ronda`)
  await panel.getByRole('button', { name: 'New session' }).click()
  await runSession(panel, people, 'Łódź: finanzas\n東京: turnos', (name) => `${name}: segunda ronda`)

  // The history lists both, newest first, neither archived.
  const rows = panel.getByTestId('past-session')
  await expect(rows).toHaveCount(2)
  const first = rows.nth(1)
  const firstId = await first.getAttribute('data-session-id')
  const secondId = await rows.nth(0).getAttribute('data-session-id')
  if (!firstId || !secondId) throw new Error('no session ids')
  await expect(sessionFrames(ana.page, firstId)).toHaveCount(2)

  // Archive the first: its areas leave everyone's main page; the second stays.
  await first.getByTestId('past-session-archive').click()
  await expect(first).toHaveAttribute('data-archived', 'true')
  await expect(first).toContainText('Archived')
  for (const page of [fac.page, ana.page]) {
    await expect(sessionFrames(page, firstId)).toHaveCount(0)
    await expect(sessionFrames(page, secondId)).toHaveCount(2)
  }
  await panel.getByTestId('past-sessions').scrollIntoViewIfNeeded()
  await fac.page.screenshot({ path: `${SHOTS}/01-archived-desktop.png` })

  // The minutes still hold its groups and notes.
  const minutes = await fetch(`${server.origin}/api/boards/${boardId}/export.md`, {
    headers: { authorization: `Bearer ${tokenOf(links.facilitator)}` },
  })
  expect(minutes.status).toBe(200)
  const text = await minutes.text()
  for (const expected of ['Vivienda cooperativa', 'Energía solar', 'Łucja: primera ronda', '佐藤: primera ronda', 'Łódź: finanzas']) {
    expect(text).toContain(expected)
  }

  // The .tldr export holds every page: the archived areas are on the Archive page in it.
  const tldr = await fetch(`${server.origin}/api/boards/${boardId}/export.tldr`, {
    headers: { authorization: `Bearer ${tokenOf(links.facilitator)}` },
  })
  const file = (await tldr.json()) as { records: { id: string; typeName: string; parentId?: string }[] }
  const archivePage = file.records.find((record) => record.typeName === 'page' && record.id !== 'page:page')
  expect(archivePage).toBeDefined()
  expect(file.records.filter((record) => record.id.startsWith(`shape:breakout-${firstId}-`)).map((record) => record.parentId)).toEqual([
    archivePage?.id,
    archivePage?.id,
  ])

  // "Show" goes to the Archive page and to the session's areas.
  await first.getByRole('button', { name: 'Show' }).click()
  await expect(sessionFrames(fac.page, firstId)).toHaveCount(2)
  await expect(sessionFrames(fac.page, firstId).first()).toBeInViewport()
  await expect(noteWithText(fac.page, 'Łucja: primera ronda')).toBeVisible()
  await fac.page.screenshot({ path: `${SHOTS}/02-archive-page.png` })

  // A reload keeps it archived, for the facilitator and on the participant's main page.
  await ana.page.reload()
  await expect(ana.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  await expect(noteWithText(ana.page, 'Agenda: orden del día')).toHaveCount(1)
  await expect(sessionFrames(ana.page, secondId)).toHaveCount(2)
  await expect(sessionFrames(ana.page, firstId)).toHaveCount(0)
  await fac.page.reload()
  const reloaded = await openBreakouts(fac.page)
  await expect(reloaded.locator(`[data-session-id="${firstId}"]`)).toHaveAttribute('data-archived', 'true')

  // Unarchive: back on the main page, below its content, overlapping nothing.
  await reloaded.locator(`[data-session-id="${firstId}"]`).getByTestId('past-session-unarchive').click()
  await expect(reloaded.locator(`[data-session-id="${firstId}"]`)).toHaveAttribute('data-archived', 'false')
  await expect(sessionFrames(ana.page, firstId)).toHaveCount(2)
  await ana.page.locator('.tl-canvas').click({ position: { x: 5, y: 400 } })
  await ana.page.keyboard.press('Shift+1')
  const frames = [...(await sessionFrames(ana.page, firstId).all()), ...(await sessionFrames(ana.page, secondId).all())]
  for (const frame of frames) await expect(frame).toBeInViewport()
  await expect(noteWithText(ana.page, 'Agenda: orden del día')).toBeInViewport()
  const boxes = await Promise.all([...frames, noteWithText(ana.page, 'Agenda: orden del día')].map((locator) => locator.boundingBox()))
  expect(boxes.every((box) => box !== null && box.width > 0)).toBe(true)
  expect(apart(boxes.filter((box) => box !== null))).toBe(true)
  await ana.page.screenshot({ path: `${SHOTS}/03-unarchived-main-page.png` })

  // The panel on a phone, and in Spanish.
  const phone = await newPerson(browser, server.origin, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
  await phone.page.goto(links.facilitator)
  await join(phone.page, 'Fran', 'Facilitación')
  const phonePanel = await openBreakouts(phone.page)
  await phonePanel.getByTestId('past-sessions').scrollIntoViewIfNeeded()
  await expect(phonePanel.getByTestId('past-session')).toHaveCount(2)
  await phone.page.screenshot({ path: `${SHOTS}/04-phone.png` })
  const spanish = await newPerson(browser, server.origin, { viewport: { width: 1400, height: 900 }, locale: 'es-ES' })
  await spanish.page.goto(links.facilitator)
  await spanish.page.getByLabel('Tu nombre').fill('山田 健二')
  await spanish.page.getByLabel('Tu cooperativa').fill('Facilitación')
  await spanish.page.getByRole('button', { name: 'Unirme al tablero' }).click()
  await expect(spanish.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  const spanishPanel = await openBreakouts(spanish.page)
  await spanishPanel.getByRole('button', { name: 'Archivar todas las sesiones anteriores' }).click()
  await expect(spanishPanel.getByText('2 sesiones archivadas.')).toBeVisible()
  await expect(spanishPanel.getByTestId('past-session').first()).toContainText('Archivada')
  await spanishPanel.getByTestId('past-sessions').scrollIntoViewIfNeeded()
  await spanish.page.screenshot({ path: `${SHOTS}/05-spanish.png` })
})
