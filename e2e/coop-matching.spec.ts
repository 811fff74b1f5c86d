/**
 * Coops people create by mistake: a delegate who types their coop's name without its special
 * letters ("spoldzielnia") is offered the coop on the roster; a mistyped name gets "did you
 * mean…", in the join dialog and in the directory search; "Create my corner" starts unticked;
 * and once the facilitator turns new coops off, the join dialog takes only the roster's coops,
 * saying why in the person's language.
 */
import { createBoardFromHome, join, readSharedLinks } from './board'
import { directoryItem, openDirectory } from './corners'
import { expect, newPerson, test } from './fixtures'

const ROSTER = ['Spółdzielnia Kodu', 'Tecnologías Libres', 'Øresund Data', 'Straße Kollektiv', 'Συνεταιρισμός Κώδικα', '東京テック協同組合']

test('delegates find their coop without its special letters, and mistakes do not become coops', async ({ browser, server }) => {
  const ana = await newPerson(browser, server.origin)
  await createBoardFromHome(ana.page, server.origin, 'Asamblea de diciembre')
  await join(ana.page, 'Ana Łukasiewicz', '')

  // The facilitator imports the member list: six coops, in five scripts and spellings.
  const panel = await openDirectory(ana.page)
  await panel.getByTestId('import-roster-button').click()
  const dialog = ana.page.getByTestId('import-roster-dialog')
  await dialog.getByLabel('Member list').fill(ROSTER.join('\n'))
  await dialog.getByTestId('import-roster-submit').click()
  await expect(dialog).toBeHidden()
  await expect(panel.getByTestId('directory-item')).toHaveCount(6)

  // The directory search folds ł, and suggests the coop behind a typo.
  const search = panel.getByRole('searchbox', { name: 'Search coops' })
  await search.fill('oresund')
  await expect(panel.getByTestId('directory-item')).toHaveCount(1)
  await expect(directoryItem(ana.page, 'Øresund Data')).toBeVisible()
  await search.fill('Spoldzelnia')
  await expect(panel.getByTestId('directory-item')).toHaveCount(0)
  await panel.getByTestId('did-you-mean').getByRole('button', { name: 'Spółdzielnia Kodu' }).click()
  await expect(search).toHaveValue('Spółdzielnia Kodu')
  await expect(panel.getByTestId('directory-item')).toHaveCount(1)
  const links = await readSharedLinks(ana.page)

  // A delegate types her coop without "ł" and picks it from the list.
  const ola = await newPerson(browser, server.origin)
  await ola.page.goto(links.participant)
  await ola.page.getByLabel('Your name').fill('Ola Wróbel')
  await ola.page.getByLabel('Your cooperative').pressSequentially('spoldzielnia')
  await ola.page.getByRole('option', { name: /Spółdzielnia Kodu/ }).click()
  await expect(ola.page.getByLabel('Your cooperative')).toHaveValue('Spółdzielnia Kodu')
  await expect(ola.page.getByTestId('coop-status')).toContainText('you’ll start at its corner')

  // A mistyped name lists nothing, suggests the closest coop, and leaves "Create my corner" unticked.
  await ola.page.getByLabel('Your cooperative').fill('Spoldzelnia')
  await expect(ola.page.getByTestId('coop-options').getByRole('option')).toHaveCount(0)
  await expect(ola.page.getByLabel('Create my corner')).not.toBeChecked()
  await ola.page.getByTestId('did-you-mean').getByRole('button', { name: 'Spółdzielnia Kodu' }).click()
  await expect(ola.page.getByLabel('Your cooperative')).toHaveValue('Spółdzielnia Kodu')
  // Typed whole without its letters, the name still stands for the roster's coop.
  await ola.page.getByLabel('Your cooperative').fill('spoldzielnia kodu')
  await expect(ola.page.getByTestId('coop-status')).toHaveAttribute('data-coop-id', 'społdzielnia-kodu')
  await ola.page.getByRole('button', { name: 'Join board' }).click()
  await expect(ola.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  await expect(directoryItem(ana.page, 'Spółdzielnia Kodu').getByRole('button', { name: '1 online' })).toBeVisible()

  // The facilitator turns new coops from participants off; it holds across a reload.
  await search.fill('')
  await panel.getByLabel('Participants may add new coops').uncheck()
  await ana.page.reload()
  await expect(ana.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  await expect((await openDirectory(ana.page)).getByLabel('Participants may add new coops')).not.toBeChecked()

  // A Spanish-speaking delegate with a name the roster lacks is told why, and cannot add it.
  const bruno = await newPerson(browser, server.origin, { locale: 'es-ES' })
  await bruno.page.goto(links.participant)
  await bruno.page.getByLabel('Tu nombre').fill('Bruno Díaz')
  await bruno.page.getByLabel('Tu cooperativa').fill('Cooperativa Nueva')
  await expect(bruno.page.getByTestId('coop-status')).toContainText('limitó este tablero a las cooperativas de su lista')
  await expect(bruno.page.getByLabel('Crear mi rincón')).toHaveCount(0)
  await bruno.page.getByRole('button', { name: 'Unirme al tablero' }).click()
  await expect(bruno.page.getByRole('alert')).toContainText('«Cooperativa Nueva» no está en la lista de miembros')
  // Emptied, the field lets him in without a coop; the roster is unchanged.
  await bruno.page.getByLabel('Tu cooperativa').fill('')
  await bruno.page.getByLabel('Tu cooperativa').press('Escape')
  await bruno.page.getByRole('button', { name: 'Unirme al tablero' }).click()
  await expect(bruno.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  await expect((await openDirectory(ana.page)).getByTestId('directory-item')).toHaveCount(6)

  expect([...ana.foreignRequests, ...ola.foreignRequests, ...bruno.foreignRequests]).toEqual([])
})
