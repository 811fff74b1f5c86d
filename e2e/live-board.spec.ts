/**
 * The foundation flow with two people in two browsers: create, share the participant link,
 * join, add a sticky note, see it live with its author, move it, reload, restart the server,
 * and edit while offline.
 */
import { addSticky, createBoardFromHome, join, noteWithText, readSharedLinks } from './board'
import { expect, newPerson, test, type Person } from './fixtures'

test('two people edit the same board live, and nothing is lost', async ({ browser, server }) => {
  const ana: Person = await newPerson(browser, server.origin)
  const bo: Person = await newPerson(browser, server.origin)

  // Ana creates a board from the home page: she is its facilitator.
  await createBoardFromHome(ana.page, server.origin, 'June assembly')
  await join(ana.page, 'Ana', 'Cooperativa Sur')
  await expect(ana.page.getByTestId('board-title')).toHaveText('June assembly')

  // She shares the participant link; Bo opens it, and the token leaves his address bar.
  const links = await readSharedLinks(ana.page)
  await bo.page.goto(links.participant)
  await join(bo.page, 'Bo', 'Tokyo Tech Coop')
  await expect(bo.page).toHaveURL(/\/b\/[A-Za-z0-9_-]{22}$/)
  await expect(ana.page.getByTestId('online-count')).toHaveText('2')
  await expect(bo.page.getByTestId('online-count')).toHaveText('2')

  // Ana adds a note; Bo sees it with her name and coop within 2 s.
  await addSticky(ana.page, 'Hello assembly')
  const boNote = noteWithText(bo.page, 'Hello assembly')
  await expect(boNote).toBeVisible({ timeout: 2000 })
  await expect(boNote.getByTestId('note-author')).toHaveText('Ana · Cooperativa Sur', { timeout: 2000 })

  // Bo moves it; Ana sees it move by the same distance (both at zoom 1).
  const anaNote = noteWithText(ana.page, 'Hello assembly')
  const before = await anaNote.boundingBox()
  const box = await boNote.boundingBox()
  expect(before).not.toBeNull()
  expect(box).not.toBeNull()
  if (!before || !box) return
  // Grabbed in its lower half: the top strip holds the note's reaction and vote controls.
  await bo.page.mouse.move(box.x + 30, box.y + box.height * 0.7)
  await bo.page.mouse.down()
  await bo.page.mouse.move(box.x + 130, box.y + box.height * 0.7 + 60, { steps: 8 })
  await bo.page.mouse.up()
  await expect
    .poll(async () => {
      const after = await anaNote.boundingBox()
      return after ? Math.round(after.x - before.x) : null
    })
    .toBe(100)

  // A reload keeps the note, with its author; the stored token opens the board again.
  await ana.page.reload()
  await expect(ana.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  await expect(noteWithText(ana.page, 'Hello assembly').getByTestId('note-author')).toHaveText('Ana · Cooperativa Sur')

  // A server restart keeps it: both browsers reconnect by themselves, and a fresh load has it.
  await server.restart()
  await expect(ana.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected', { timeout: 20_000 })
  await expect(bo.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected', { timeout: 20_000 })
  const carla = await newPerson(browser, server.origin)
  await carla.page.goto(links.participant)
  await join(carla.page, 'Carla', 'Cooperativa Sur')
  await expect(noteWithText(carla.page, 'Hello assembly')).toBeVisible()

  // Bo goes offline, adds a note, and the indicator counts it; back online, Ana gets it.
  await bo.context.setOffline(true)
  await expect(bo.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'offline')
  await addSticky(bo.page, 'Written offline')
  await expect(bo.page.getByTestId('connection-status')).toContainText(/[1-9]\d* unsent/)
  await expect(noteWithText(ana.page, 'Written offline')).toHaveCount(0)
  await bo.context.setOffline(false)
  await expect(bo.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected', { timeout: 20_000 })
  await expect(noteWithText(ana.page, 'Written offline')).toBeVisible({ timeout: 5000 })
  await expect(noteWithText(ana.page, 'Written offline').getByTestId('note-author')).toHaveText('Bo · Tokyo Tech Coop')

  // Plenary talks to no host but its own.
  expect([...ana.foreignRequests, ...bo.foreignRequests, ...carla.foreignRequests]).toEqual([])
  await Promise.all([ana.context.close(), bo.context.close(), carla.context.close()])
})

test('an unknown board shows a clear message instead of retrying', async ({ browser, server }) => {
  const person = await newPerson(browser, server.origin)
  await person.page.goto(`${server.origin}/b/AAAAAAAAAAAAAAAAAAAAAA#token=${'A'.repeat(32)}`)
  await expect(person.page.getByText(/does not exist/i)).toBeVisible()
  expect(person.foreignRequests).toEqual([])
  await person.context.close()
})
