/**
 * A real member list through the import dialog: 31 coops named in many scripts, one with a
 * 3,000-character description, a delegates column that holds counts, and one bad row. The
 * valid coops are imported, the bad row is skipped with its reason, the long description is
 * kept whole, and delegate counts stay counts: nobody is called "3". Survives a reload.
 */
import { createBoardFromHome, join, readSharedLinks, tokenOf } from './board'
import { directoryItem, openDirectory } from './corners'
import { expect, newPerson, test } from './fixtures'
import { MEMBER_COOPS as NAMES } from '../shared/corners/testing'

const LONG = 'Spółdzielnia Kodu develops free software for housing and consumer cooperatives across Poland. '.repeat(40).slice(0, 3000)
/** Over the 5,000-unit limit: shortened, with a warning. */
const TOO_LONG = 'Η Μέλισσα φτιάχνει λογισμικό για συνεταιρισμούς στην Ελλάδα. '.repeat(100)

function descriptionOf(name: string, i: number): string {
  if (name === 'Spółdzielnia Kodu') return LONG
  if (name === 'Μέλισσα') return TOO_LONG
  return `Member coop number ${i + 1}`
}

function rosterCsv(): string {
  const rows = NAMES.map((name, i) => `"${name}",Country ${i + 1},"${descriptionOf(name, i)}",${(i % 3) + 1}`)
  // One bad row: the name repeats a coop (skipped with its reason).
  return ['name,country,description,delegates', ...rows, '"cooperativa  SÚR",Argentina,,2'].join('\n')
}

test('a facilitator imports a real member list: long description, delegate counts, a skipped row', async ({ browser, server }) => {
  const ana = await newPerson(browser, server.origin, { viewport: { width: 1400, height: 900 } })
  const boardId = await createBoardFromHome(ana.page, server.origin, 'Asamblea de diciembre')
  await join(ana.page, 'Ana', 'Cooperativa Sur')

  const panel = await openDirectory(ana.page)
  await panel.getByTestId('import-roster-button').click()
  const dialog = ana.page.getByTestId('import-roster-dialog')
  await dialog
    .getByTestId('import-roster-file')
    .setInputFiles({ name: 'miembros.csv', mimeType: 'text/csv', buffer: Buffer.from(rosterCsv(), 'utf8') })
  await expect(dialog.getByTestId('import-summary')).toHaveText('31 coops: 31 new')
  await expect(dialog.getByTestId('import-skipped')).toContainText(
    'Line 33: “cooperativa SÚR” is the same coop as “Cooperativa Sur” on line 2',
  )
  await expect(dialog.getByTestId('import-warnings')).toContainText('read as the number of delegates')
  await expect(dialog.getByTestId('import-warnings')).toContainText(
    `Line 23: the description is ${TOO_LONG.trim().length.toLocaleString('en')} characters long (the most is 5,000): it will be shortened to`,
  )
  await expect(dialog.getByTestId('import-preview-coop').filter({ hasText: 'Spółdzielnia Kodu' })).toContainText('2 delegates')
  await ana.page.screenshot({ path: test.info().outputPath('import-preview-desktop.png') })
  await expect(dialog.getByTestId('import-roster-submit')).toHaveText('Import the 31 valid coops, skip these rows')
  await dialog.getByTestId('import-roster-submit').click()
  await expect(dialog).toBeHidden()

  await expect(panel.getByTestId('directory-item')).toHaveCount(31)
  await expect(directoryItem(ana.page, 'Συνεργατική Αθήνας').getByTestId('directory-delegate-count')).toHaveText('1 delegate')
  await expect(directoryItem(ana.page, '神戸コード協同組合').getByTestId('directory-delegate-count')).toHaveText('2 delegates')
  await ana.page.screenshot({ path: test.info().outputPath('directory-desktop.png') })

  // What the server stored: the long description whole, counts as counts, no people called "3".
  const { facilitator } = await readSharedLinks(ana.page)
  const rosterJson = async () => {
    const response = await fetch(`${server.origin}/api/boards/${boardId}/roster.json`, {
      headers: { authorization: `Bearer ${tokenOf(facilitator)}` },
    })
    return (await response.json()) as { coops: { name: string; description: string; delegates: string[]; delegateCount?: number }[] }
  }
  await expect.poll(async () => (await rosterJson()).coops.length).toBe(31)
  const { coops } = await rosterJson()
  expect(coops.find((coop) => coop.name === 'Spółdzielnia Kodu')?.description).toBe(LONG.trim())
  const shortened = coops.find((coop) => coop.name === 'Μέλισσα')?.description ?? ''
  expect(shortened.length).toBeLessThanOrEqual(5000)
  expect(shortened).toMatch(/^Η Μέλισσα .*\S…$/)
  expect(coops.flatMap((coop) => coop.delegates)).toEqual([])
  expect(coops.map((coop) => coop.delegateCount).sort()).toEqual(NAMES.map((_, i) => (i % 3) + 1).sort())

  // A reload keeps it all.
  await ana.page.reload()
  await expect(ana.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  const again = await openDirectory(ana.page)
  await expect(again.getByTestId('directory-item')).toHaveCount(31)
  await expect(directoryItem(ana.page, 'Cooperativa Sur').getByTestId('directory-delegate-count')).toHaveText('1 delegate')
})

test('the import preview in Spanish, on a phone', async ({ browser, server }) => {
  const fac = await newPerson(browser, server.origin, {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'es-ES',
  })
  await fac.page.goto(server.origin)
  await fac.page.getByLabel('Título del tablero').fill('Asamblea')
  await fac.page.getByRole('button', { name: 'Crear tablero' }).click()
  await fac.page.getByLabel('Tu nombre').fill('Łucja')
  await fac.page.getByLabel('Tu cooperativa').fill('Spółdzielnia Kodu')
  await fac.page.getByRole('button', { name: 'Unirme al tablero' }).click()
  await expect(fac.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  await fac.page.getByRole('button', { name: 'Cooperativas' }).click()
  const panel = fac.page.getByTestId('directory-panel')
  await panel.getByTestId('import-roster-button').click()
  const dialog = fac.page.getByTestId('import-roster-dialog')
  await dialog
    .getByTestId('import-roster-file')
    .setInputFiles({ name: 'miembros.csv', mimeType: 'text/csv', buffer: Buffer.from(rosterCsv(), 'utf8') })
  await expect(dialog.getByTestId('import-summary')).toHaveText('31 cooperativas: 31 nuevas')
  await expect(dialog.getByTestId('import-roster-submit')).toHaveText('Importar las 31 cooperativas válidas y omitir estas filas')
  await expect(dialog.getByTestId('import-skipped')).toContainText('Línea 33:')
  await fac.page.screenshot({ path: test.info().outputPath('import-preview-phone-es.png') })
})
