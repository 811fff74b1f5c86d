/**
 * A facilitator cleans up a coop created by mistake: a delegate joins as "Spoldzielnia Kod"
 * (the roster has "Spółdzielnia Kodu") and writes notes in its new corner; the facilitator
 * merges it into the right coop from the coops panel, and the notes land inside that corner,
 * none over another; Undo puts everything back. Deleting the mistaken corner, which holds
 * someone else's notes, asks first with the count, and Cancel keeps it all.
 */
import type { Locator, Page } from '@playwright/test'
import { addSticky, createBoardFromHome, join, noteWithText, readSharedLinks } from './board'
import { cornerIdOf, directoryItem, expectFrameInView, frameElement, isWithin, openDirectory } from './corners'
import { expect, newPerson, test } from './fixtures'

const ROSTER = ['Spółdzielnia Kodu', 'Cooperativa Sur', 'Λύκος Συνεταιρισμός', '東京コード協同組合'].join('\n')
const NOTES = ['Szkolenia dla nowych członków', 'Wspólne biuro w Łodzi', 'Fundusz solidarnościowy']

/** Boxes of `locators` on screen. */
async function boxes(locators: Locator[]) {
  return Promise.all(locators.map(async (locator) => (await locator.boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 }))
}

/** True when no two of the notes overlap on screen. */
async function noneOverlap(page: Page, texts: readonly string[]): Promise<boolean> {
  const list = await boxes(texts.map((text) => noteWithText(page, text)))
  return list.every((a, i) =>
    list.every(
      (b, j) => j <= i || a.x + a.width <= b.x + 1 || b.x + b.width <= a.x + 1 || a.y + a.height <= b.y + 1 || b.y + b.height <= a.y + 1,
    ),
  )
}

test('a facilitator merges a mistaken coop, undoes it, and is asked before deleting its notes', async ({ browser, server }) => {
  const ana = await newPerson(browser, server.origin, { viewport: { width: 1400, height: 900 } })
  const lucja = await newPerson(browser, server.origin)

  await createBoardFromHome(ana.page, server.origin, 'Asamblea de diciembre')
  await join(ana.page, 'Małgorzata', 'Spółdzielnia Kodu')
  const panel = await openDirectory(ana.page)
  await panel.getByTestId('import-roster-button').click()
  const importDialog = ana.page.getByTestId('import-roster-dialog')
  await importDialog.getByLabel('Member list').fill(ROSTER)
  await importDialog.getByTestId('import-roster-submit').click()
  await expect(panel.getByTestId('directory-item')).toHaveCount(4)

  // Łucja types her coop without its special letters and creates a corner of her own.
  const links = await readSharedLinks(ana.page)
  await lucja.page.goto(links.participant)
  await lucja.page.getByLabel('Your name').fill('Łucja')
  await lucja.page.getByLabel('Your cooperative').fill('Spoldzielnia Kod')
  // She passes over the coop the list suggests: this is the mistake the facilitator cleans up.
  await lucja.page.getByLabel('Your cooperative').press('Escape')
  await expect(lucja.page.getByRole('listbox')).toBeHidden()
  await lucja.page.getByLabel('Create my corner').check()
  await lucja.page.getByRole('button', { name: 'Join board' }).click()
  await expect(lucja.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  await expect(directoryItem(ana.page, 'Spoldzielnia Kod')).toBeVisible()
  await expectFrameInView(lucja.page, await cornerIdOf(ana.page, 'Spoldzielnia Kod'))
  for (const text of NOTES) await addSticky(lucja.page, text)
  await expect(directoryItem(ana.page, 'Spoldzielnia Kod')).toHaveAttribute('data-note-count', '3')

  // The facilitator merges it into the right coop.
  await directoryItem(ana.page, 'Spoldzielnia Kod').getByTestId('directory-manage').click()
  const manage = ana.page.getByTestId('manage-coop-dialog')
  await expect(manage).toBeVisible()
  await manage.getByTestId('manage-coop-merge').click()
  await manage.getByTestId('manage-coop-into').selectOption({ label: 'Spółdzielnia Kodu' })
  await expect(manage).toContainText('Its 3 notes move to the chosen coop’s corner')
  await ana.page.screenshot({ path: 'test-results/coop-cleanup-merge-dialog.png' })
  await manage.getByTestId('manage-coop-submit').click()
  await expect(manage).toBeHidden()
  const notice = ana.page.getByTestId('coop-cleanup-notice')
  await expect(notice).toContainText('“Spoldzielnia Kod” merged into “Spółdzielnia Kodu”: 3 notes moved.')

  // The notes are in the right corner, inside its frame, none over another; the mistaken coop is gone.
  await expect(directoryItem(ana.page, 'Spoldzielnia Kod')).toHaveCount(0)
  await expect(panel.getByTestId('directory-item')).toHaveCount(4)
  await expect(directoryItem(ana.page, 'Spółdzielnia Kodu')).toHaveAttribute('data-note-count', '3')
  const kodu = await cornerIdOf(ana.page, 'Spółdzielnia Kodu')
  await directoryItem(ana.page, 'Spółdzielnia Kodu')
    .getByRole('button', { name: /^Spółdzielnia Kodu/ })
    .click()
  await expectFrameInView(ana.page, kodu)
  for (const text of NOTES) await expect.poll(() => isWithin(noteWithText(ana.page, text), frameElement(ana.page, kodu))).toBe(true)
  expect(await noneOverlap(ana.page, NOTES)).toBe(true)
  await ana.page.screenshot({ path: 'test-results/coop-cleanup-merged.png' })

  // Undo restores the coop, its corner and its notes there.
  await notice.getByTestId('coop-cleanup-undo').click()
  await expect(notice).toBeHidden()
  await expect(directoryItem(ana.page, 'Spoldzielnia Kod')).toHaveAttribute('data-note-count', '3')
  await expect(directoryItem(ana.page, 'Spółdzielnia Kodu')).toHaveAttribute('data-note-count', '0')
  const kod = await cornerIdOf(ana.page, 'Spoldzielnia Kod')
  await directoryItem(ana.page, 'Spoldzielnia Kod')
    .getByRole('button', { name: /^Spoldzielnia Kod/ })
    .click()
  await expectFrameInView(ana.page, kod)
  for (const text of NOTES) await expect.poll(() => isWithin(noteWithText(ana.page, text), frameElement(ana.page, kod))).toBe(true)
  await expect(noteWithText(lucja.page, NOTES[0]!)).toBeVisible()

  // Deleting that corner would take Łucja's notes: the facilitator is asked first, and Cancel keeps them.
  await ana.page.locator('.tl-frame-heading').filter({ hasText: 'Spoldzielnia Kod' }).click()
  await ana.page.keyboard.press('Delete')
  const confirm = ana.page.getByTestId('confirm-delete-dialog')
  await expect(confirm).toBeVisible()
  await expect(confirm.getByTestId('confirm-delete-text')).toHaveText('Delete this frame and its 3 notes? 3 were written by others.')
  await ana.page.screenshot({ path: 'test-results/coop-cleanup-confirm-delete.png' })
  await confirm.getByTestId('confirm-delete-cancel').click()
  await expect(confirm).toBeHidden()
  await expect(frameElement(ana.page, kod)).toBeVisible()
  for (const text of NOTES) await expect(noteWithText(ana.page, text)).toBeVisible()
  await expect(directoryItem(ana.page, 'Spoldzielnia Kod')).toHaveAttribute('data-note-count', '3')

  // The context menu's Delete asks too.
  await ana.page.locator('.tl-frame-heading').filter({ hasText: 'Spoldzielnia Kod' }).click({ button: 'right' })
  await ana.page.getByRole('menuitem', { name: /^Delete/ }).click()
  await expect(confirm).toBeVisible()
  await confirm.getByTestId('confirm-delete-cancel').click()
  await expect(frameElement(ana.page, kod)).toBeVisible()
})
