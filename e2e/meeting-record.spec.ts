/**
 * The meeting's record: a board of six coops' corners, notes in two of them, a decision taken;
 * Ana opens the board on her laptop and on her phone, both in Spanish. The minutes she exports
 * are in Spanish, list her once and date the decision; the PDF leaves out the four empty
 * corners by default; every download is named by the one rule, the same over the REST API.
 */
import { mkdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { addSticky, createBoardFromHome, join, noteWithText, readSharedLinks, tokenOf } from './board'
import { directoryItem, expectFrameInView, cornerIdOf, openDirectory } from './corners'
import { expect, newPerson, test } from './fixtures'
import { fileDate } from '../shared/export/fileName'

const SHOTS = '/tmp/shots/meeting-record'
const BOARD = 'Asamblea de Noviembre'
const COOPS = ['Cooperativa Sur', 'Spółdzielnia Kodu', '神戸コード', 'Κοινότητα Αθήνας', 'Tierra Viva', 'Río Abierto']
const PROPOSAL = 'Compartimos una plataforma contable entre todas las cooperativas desde enero'
/** Ana's laptop is in Buenos Aires (UTC−3 all year): the minutes date in the reader's zone, not the server's. */
const ANA_ZONE = 'America/Argentina/Buenos_Aires'
/** Every download's name: the board's slug, what the file is, today where Ana is, the extension. */
const fileName = (what: string, extension: string) => `asamblea-de-noviembre-${what}-${fileDate(Date.now(), ANA_ZONE)}.${extension}`

async function joinInSpanish(page: Page, name: string, coop: string): Promise<void> {
  await page.getByLabel('Tu nombre').fill(name)
  await page.getByLabel('Tu cooperativa').fill(coop)
  await page.getByRole('button', { name: 'Unirme al tablero' }).click()
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const pending = page.waitForEvent('download')
  await click()
  const done = await pending
  return { name: done.suggestedFilename(), bytes: await readFile((await done.path()) ?? '') }
}

test('Spanish minutes list a person in two browsers once and date the decision; the PDF leaves out empty corners', async ({
  browser,
  server,
}) => {
  mkdirSync(SHOTS, { recursive: true })
  const fa = await newPerson(browser, server.origin, { viewport: { width: 1400, height: 900 } })
  const boardId = await createBoardFromHome(fa.page, server.origin, BOARD)
  await join(fa.page, 'Fátima Benali', 'Cooperativa Sur')
  const links = await readSharedLinks(fa.page)
  const directory = await openDirectory(fa.page)
  await directory.getByTestId('import-roster-button').click()
  const roster = fa.page.getByTestId('import-roster-dialog')
  await roster.getByLabel('Member list').fill(COOPS.join('\n'))
  await roster.getByTestId('import-roster-submit').click()
  await expect(fa.page.getByTestId('directory-item')).toHaveCount(COOPS.length)
  const sur = await cornerIdOf(fa.page, 'Cooperativa Sur')
  await directoryItem(fa.page, 'Cooperativa Sur')
    .getByRole('button', { name: /^Cooperativa Sur/ })
    .click()
  await expectFrameInView(fa.page, sur)
  await addSticky(fa.page, 'Fondo común para formación')
  await fa.page.getByRole('button', { name: 'Close coops' }).click()

  // Ana on her laptop and on her phone: two browsers, one person.
  const laptop = await newPerson(browser, server.origin, { locale: 'es-ES', timezoneId: ANA_ZONE, viewport: { width: 1400, height: 900 } })
  await laptop.page.goto(links.participant)
  await joinInSpanish(laptop.page, 'Ana Pérez', 'Spółdzielnia Kodu')
  await addSticky(laptop.page, 'Wspólny fundusz szkoleniowy')
  await expect(noteWithText(fa.page, 'Wspólny fundusz szkoleniowy')).toHaveCount(1)
  const phone = await newPerson(browser, server.origin, {
    locale: 'es-ES',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  })
  await phone.page.goto(links.participant)
  await joinInSpanish(phone.page, 'Ana Pérez', 'Spółdzielnia Kodu')
  await phone.page.screenshot({ path: `${SHOTS}/phone-es.png` })

  // The facilitator takes a decision.
  await fa.page.getByTestId('decisions-button').click()
  const decisions = fa.page.getByTestId('decisions-panel')
  await decisions.getByLabel('New proposal').fill(PROPOSAL)
  await decisions.getByRole('button', { name: 'Put it on the board' }).click()
  await decisions.getByRole('button', { name: 'Agreed', exact: true }).click()
  await decisions.getByRole('button', { name: 'Close as agreed' }).click()
  await expect(decisions.getByTestId('decision-log-entry')).toHaveCount(1)

  // The minutes, from Ana's Spanish laptop.
  const page = laptop.page
  await page.getByTestId('export-menu-button').click()
  await page.getByTestId('export-minutes').click()
  const minutes = page.getByTestId('minutes-text')
  await expect(minutes).toContainText('**Participantes** (2 personas de 2 cooperativas)')
  await page.screenshot({ path: `${SHOTS}/minutes-es.png` })
  const text = await minutes.inputValue()
  expect(text).toContain('- **Spółdzielnia Kodu:** Ana Pérez\n')
  expect(text).toContain('- **Cooperativa Sur:** Fátima Benali (facilitación)')
  expect(text).toContain('Decisiones')
  expect(text).toContain(PROPOSAL)
  // "Decidida el 27 de noviembre de 2026 a las 10:02 GMT-3": the time in the laptop's zone (shared/export/date.ts).
  expect(text).toMatch(new RegExp(`Aprobada[^\\n]*\\n?[^\\n]*Decidida el [^\\n]*${new Date().getFullYear()}[^\\n]* \\d{2}:\\d{2} GMT-3\\b`))
  const md = await download(page, () => page.getByTestId('minutes-download').click())
  expect(md.name).toBe(fileName('minutes', 'md'))
  // The REST API names the same file the same way.
  const rest = await fetch(`${server.origin}/api/boards/${boardId}/export.md?tz=${encodeURIComponent(ANA_ZONE)}&lang=es`, {
    headers: { authorization: `Bearer ${tokenOf(links.participant)}` },
  })
  expect(decodeURIComponent(rest.headers.get('content-disposition')?.split("filename*=UTF-8''")[1] ?? '')).toBe(md.name)
  await page.keyboard.press('Escape')

  // The PDF: empty corners left out by default, two pages for the two corners with notes.
  await page.getByTestId('export-menu-button').click()
  await page.getByTestId('export-pdf').click()
  const pdfDialog = page.getByTestId('pdf-dialog')
  await expect(pdfDialog.getByTestId('pdf-leave-out-empty')).toBeChecked()
  await expect(pdfDialog.getByTestId('pdf-summary')).toContainText('2 páginas (2 rincones)')
  await expect(pdfDialog).toContainText('4 áreas no tienen nada')
  await page.screenshot({ path: `${SHOTS}/pdf-dialog-es.png` })
  const pdf = await download(page, () => pdfDialog.getByTestId('pdf-download').click())
  expect(pdf.name).toBe(fileName('areas', 'pdf'))
  expect(pdf.bytes.toString('latin1').match(/\/Type \/Page(?!s)/g)).toHaveLength(2)

  // The same choice on her phone.
  await phone.page.getByTestId('export-menu-button').click()
  await phone.page.getByTestId('export-pdf').click()
  await expect(phone.page.getByTestId('pdf-leave-out-empty')).toBeChecked()
  await phone.page.screenshot({ path: `${SHOTS}/pdf-dialog-phone-es.png` })

  expect([...fa.foreignRequests, ...laptop.foreignRequests, ...phone.foreignRequests]).toEqual([])
})
