/**
 * Accessibility: axe-core on every page, dialog and panel people meet (no serious or critical
 * violations), adding a sticky note with the keyboard alone, and the whole UI in Spanish.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, newPerson, test } from './fixtures'
import { addSticky, createBoardFromHome, join, noteWithText, openShareDialog, readSharedLinks } from './board'
import { openBreakouts } from './breakouts'
import { openDirectory } from './corners'

const SHOTS = '/tmp/shots/i18n-board'
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa']

/**
 * Runs axe on the page as it is now and fails on serious or critical violations, listing
 * each one (rule, elements, help) so the failure says what to fix.
 */
async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
  const report = serious.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }))
  expect(report, `${where}: serious or critical axe violations\n${JSON.stringify(report, null, 2)}`).toEqual([])
}

test('the home page and the join dialog have no serious accessibility problems', async ({ browser, server }) => {
  const fa = await newPerson(browser, server.origin)
  await fa.page.goto(server.origin)
  await expect(fa.page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectNoSeriousViolations(fa.page, 'home page')

  await createBoardFromHome(fa.page, server.origin, 'Accessible assembly')
  await expect(fa.page.getByRole('dialog', { name: /Joining/ })).toBeVisible()
  await expectNoSeriousViolations(fa.page, 'join dialog')
})

test('a facilitator’s board, every panel, menu and dialog, and a participant’s board pass axe', async ({ browser, server }) => {
  // Ten axe runs over a live board, two browsers, on a shared 2-core machine.
  test.slow()
  const fa = await newPerson(browser, server.origin)
  await createBoardFromHome(fa.page, server.origin, 'Accessible assembly')
  await join(fa.page, 'Fatima', 'Facilitation')
  await addSticky(fa.page, 'First idea')
  await expect(noteWithText(fa.page, 'First idea')).toBeVisible()
  const links = await readSharedLinks(fa.page)

  const ana = await newPerson(browser, server.origin)
  await ana.page.goto(links.participant)
  await join(ana.page, 'Ana', 'Cooperativa Sur')
  await expect(fa.page.getByTestId('online-count')).toHaveText('2')

  await expectNoSeriousViolations(fa.page, 'facilitator board')

  await openDirectory(fa.page)
  await expectNoSeriousViolations(fa.page, 'coops panel')

  await fa.page.getByTestId('votes-button').click()
  await expect(fa.page.getByTestId('votes-panel')).toBeVisible()
  await expectNoSeriousViolations(fa.page, 'vote panel')

  await fa.page.getByTestId('decisions-button').click()
  await expect(fa.page.getByTestId('decisions-panel')).toBeVisible()
  await expectNoSeriousViolations(fa.page, 'decisions panel')

  // Breakouts with a running session: the overview, the bar and the timer.
  const breakouts = await openBreakouts(fa.page)
  await breakouts.getByLabel('Number of groups').fill('2')
  await breakouts.getByTestId('breakout-start').click()
  await expect(ana.page.getByTestId('breakout-bar')).toBeVisible()
  await expect(breakouts.getByTestId('breakout-group-card')).toHaveCount(2)
  await expectNoSeriousViolations(fa.page, 'breakouts panel with a running session')

  await fa.page.getByTestId('snapshots-button').click()
  await expect(fa.page.getByTestId('snapshots-panel')).toBeVisible()
  await expectNoSeriousViolations(fa.page, 'snapshots panel')
  await fa.page.getByTestId('snapshots-button').click()
  await expect(fa.page.getByTestId('snapshots-panel')).toBeHidden()

  await fa.page.getByTestId('export-menu-button').click()
  await expect(fa.page.getByTestId('export-minutes')).toBeVisible()
  await expectNoSeriousViolations(fa.page, 'export menu')
  await fa.page.getByTestId('export-minutes').click()
  await expect(fa.page.getByTestId('minutes-dialog')).toBeVisible()
  await expect(fa.page.getByTestId('minutes-text')).toBeVisible()
  await expectNoSeriousViolations(fa.page, 'minutes dialog')
  await fa.page.keyboard.press('Escape')
  await expect(fa.page.getByTestId('minutes-dialog')).toBeHidden()

  await openShareDialog(fa.page)
  await expectNoSeriousViolations(fa.page, 'share dialog')
  await fa.page.keyboard.press('Escape')

  await expectNoSeriousViolations(ana.page, 'participant board')
})

test('a sticky note can be added and written with the keyboard alone', async ({ browser, server }) => {
  const fa = await newPerson(browser, server.origin)
  await createBoardFromHome(fa.page, server.origin, 'Keyboard assembly')
  await join(fa.page, 'Fatima', 'Facilitation')

  // Tab from the top of the page until "Add sticky note" has the focus, as a keyboard user would.
  const add = fa.page.getByRole('button', { name: 'Add sticky note' })
  await fa.page.locator('body').focus()
  let reached = false
  for (let presses = 0; presses < 20 && !reached; presses++) {
    await fa.page.keyboard.press('Tab')
    reached = await add.evaluate((element) => element === document.activeElement)
  }
  expect(reached, 'Tab reaches "Add sticky note"').toBe(true)
  await fa.page.screenshot({ path: `${SHOTS}/keyboard-focus-add-sticky.png` })

  await fa.page.keyboard.press('Enter')
  // The new note opens for typing; type once its text has the focus, as a person would.
  await expect(fa.page.locator('.tl-shape[data-shape-type="note"] [contenteditable="true"]')).toBeFocused()
  await fa.page.keyboard.type('Typed without a mouse')
  await fa.page.keyboard.press('Escape')
  const note = noteWithText(fa.page, 'Typed without a mouse')
  await expect(note).toBeVisible()
  await expect(note.getByTestId('note-author')).toHaveText('Fatima · Facilitation')
})

test('choosing Español turns Plenary and tldraw Spanish, and stays after a reload', async ({ browser, server }) => {
  const fa = await newPerson(browser, server.origin)
  await fa.page.goto(server.origin)
  await fa.page.getByLabel('Language').selectOption('es')
  await expect(fa.page.getByRole('heading', { level: 1 })).toHaveText('Un tablero compartido para tu asamblea')
  await expect(fa.page.locator('html')).toHaveAttribute('lang', 'es')
  await fa.page.screenshot({ path: `${SHOTS}/home-es.png` })

  await fa.page.getByLabel('Título del tablero').fill('Asamblea de marzo')
  await fa.page.getByRole('button', { name: 'Crear tablero' }).click()
  await fa.page.getByLabel('Tu nombre').fill('Fátima')
  await fa.page.getByLabel('Tu cooperativa').fill('Facilitación')
  await fa.page.getByRole('button', { name: 'Unirme al tablero' }).click()
  await expect(fa.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')

  const expectSpanish = async () => {
    await expect(fa.page.getByTestId('connection-status')).toContainText('Conectado')
    await expect(fa.page.getByTestId('add-sticky')).toHaveAccessibleName('Agregar nota')
    await expect(fa.page.getByTestId('share-button')).toHaveAccessibleName('Compartir')
    // tldraw's own toolbar speaks the same language: its select tool is named "Seleccionar".
    await expect(fa.page.getByTestId('tools.select').first()).toHaveAttribute('aria-label', /Seleccionar/)
  }
  await expectSpanish()
  await fa.page.screenshot({ path: `${SHOTS}/board-es.png` })

  await fa.page.reload()
  await expect(fa.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  await expectSpanish()

  // The way back from tldraw's own menu (Preferences → Language) switches Plenary as well.
  await fa.page.getByTestId('main-menu.button').click()
  await fa.page.getByTestId('main-menu-sub.preferences-button').click()
  await fa.page.getByTestId('main-menu-sub.help menu language-button').click()
  await fa.page.getByRole('menuitemcheckbox', { name: 'English' }).click()
  await expect(fa.page.getByTestId('add-sticky')).toHaveAccessibleName('Add sticky note')
  await expect(fa.page.getByTestId('connection-status')).toContainText('Connected')
  await expect(fa.page.getByTestId('tools.select').first()).toHaveAttribute('aria-label', /Select/)
})
