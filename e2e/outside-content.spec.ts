/**
 * Nothing leaves the board. Four browsers on one board (a facilitator, three participants) and
 * a bot try every way to bring in content from another host: the main menu's embed entry, a
 * pasted link, a pasted image link, a .tldr file with a linked picture, an embed and a link
 * card, a .tldr file with a picture inside it, a Miro export full of image URLs, and a stock
 * y-websocket client writing an image that points elsewhere. Then a participant drops a PNG file,
 * which everyone sees and which the exports carry. Every request of every browser is recorded
 * at the context level (pages and workers alike), and a loopback "outside" server counts hits:
 * both must stay at zero. Each person who tried something gets a clear message.
 */
import { createServer, type Server } from 'node:http'
import { mkdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { recordsMap } from '../shared/boardDoc'
import { Role } from '../shared/protocol'
import { imageAsset, imageShape } from '../server/testing/assetRecords'
import { connectClient, waitFor, waitForSync } from '../server/testing/syncClient'
import { noisePng } from '../server/testing/testImages'
import { createBoardFromHome, join, noteWithText, readSharedLinks, tokenOf } from './board'
import { dropFile, paste } from './content'
import { expect, newPerson, test, type Person } from './fixtures'

const SHOTS = '/tmp/shots/outside-content'
const FIXTURES = resolve(import.meta.dirname, 'fixtures')
/** Miro items with image URLs, documents, embeds and previews (shared with the importer's unit test). */
const MIRO_REMOTE_ITEMS = resolve(import.meta.dirname, '../shared/miro/fixtures/remote-urls.json')

// Wide enough for the whole top bar (at 1280 px its last buttons, Share among them, overflow).
test.use({ viewport: { width: 1680, height: 900 } })

/** A server on another origin that counts every request it gets: the "outside" host. */
async function outsideHost(): Promise<{ origin: string; hits: string[]; server: Server }> {
  const hits: string[] = []
  const server = createServer((request, response) => {
    hits.push(request.url ?? '')
    response.writeHead(404).end()
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { origin: `http://127.0.0.1:${port}`, hits, server }
}

/** Pastes `text` onto the canvas where the person clicked, as the browser would from the clipboard. */
async function pasteText(page: Page, text: string): Promise<void> {
  await page.locator('.tl-canvas').click({ position: { x: 700, y: 450 } })
  await paste(page, 'text/plain', text)
}

/** Zooms the person's view to the whole page, so every shape is drawn. */
async function showWholePage(page: Page): Promise<void> {
  // tldraw's shortcut ("zoom to fit"), with the focus off any field so it reaches the editor.
  await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined))
  await page.keyboard.press('Shift+1')
}

/** How many loaded pictures (`img.tl-image` with pixels) the page shows. */
function loadedImages(page: Page): Promise<number> {
  return page
    .locator('img.tl-image')
    .evaluateAll((images) => images.filter((img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0).length)
}

/** Distinct colours of a PNG, read by the page's own canvas (a blank picture has one or two). */
async function distinctColours(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' }))
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
    const context = canvas.getContext('2d')
    if (!context) return 0
    context.drawImage(bitmap, 0, 0)
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data
    const colours = new Set<number>()
    for (let i = 0; i < pixels.length; i += 4) colours.add(((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0))
    return colours.size
  }, png.toString('base64'))
}

test('nothing from another host reaches the board, whatever four people and a bot try', async ({ browser, server }) => {
  mkdirSync(SHOTS, { recursive: true })
  const outside = await outsideHost()
  try {
    // Ana facilitates; Bo, Cy and Di take part.
    const ana = await newPerson(browser, server.origin)
    const boardId = await createBoardFromHome(ana.page, server.origin, 'Outside content')
    await join(ana.page, 'Ana', 'Cooperativa Sur')
    const links = await readSharedLinks(ana.page)
    const [Bo, Cy, Di] = await Promise.all([1, 2, 3].map(() => newPerson(browser, server.origin)))
    if (!Bo || !Cy || !Di) throw new Error('three participants')
    const people: Record<'Bo' | 'Cy' | 'Di', Person> = { Bo, Cy, Di }
    await Promise.all(
      Object.entries(people).map(async ([name, person]) => {
        await person.page.goto(links.participant)
        await join(person.page, name, 'Tokyo Tech Coop')
      }),
    )
    const { Bo: bo, Cy: cy, Di: di } = people
    const everyone = [ana, bo, cy, di]

    // 1. The main menu offers no embed (images stay: they go to the board's own store).
    await bo.page.getByTestId('main-menu.button').click()
    await expect(bo.page.getByTestId('main-menu.insert-media')).toBeVisible()
    await expect(bo.page.getByTestId('main-menu.insert-embed')).toHaveCount(0)
    await expect(bo.page.getByText('Insert embed')).toHaveCount(0)
    await bo.page.keyboard.press('Escape')

    // 2. A pasted link becomes the link's text, for everyone; nothing is fetched to preview it.
    const agenda = `${outside.origin}/agenda`
    await pasteText(bo.page, agenda)
    for (const person of everyone)
      await expect(person.page.locator('.tl-shape[data-shape-type="text"]', { hasText: agenda })).toHaveCount(1)
    await expect(bo.page.locator('.tl-shape[data-shape-type="bookmark"], .tl-shape[data-shape-type="embed"]')).toHaveCount(0)

    // 3. A pasted image link is not loaded: Cy is told to drop the file instead.
    await pasteText(cy.page, `${outside.origin}/poster.png`)
    const toast = cy.page.locator('.tlui-toast__main')
    await expect(toast.locator('.tlui-toast__title')).toHaveText('Images from other websites are not loaded here')
    await expect(toast.locator('.tlui-toast__description')).toHaveText('Download the image and drop the file here instead.')
    await expect(cy.page.locator('.tl-shape[data-shape-type="image"]')).toHaveCount(0)

    // 4. A .tldr file with a linked picture, an embed and a link card: Ana sees, before and
    // after, what is left out and why; the rest (a note) comes onto the page.
    await ana.page.getByTestId('snapshots-button').click()
    const panel = ana.page.getByTestId('snapshots-panel')
    const importer = ana.page.getByTestId('import-tldr-dialog')
    await panel.getByTestId('import-tldr-button').click()
    await importer.getByTestId('import-tldr-file').setInputFiles(resolve(FIXTURES, 'outside-remote.tldr'))
    await expect(importer.getByTestId('import-tldr-summary')).toContainText('4 shapes on 1 page')
    const leftOut = importer.getByTestId('import-tldr-left-out')
    await expect(leftOut.getByRole('listitem')).toHaveText([
      /^1 image that loads from another website or board\. Plenary loads nothing from elsewhere/,
      /^1 embed: content from another website/,
      /^1 link card: it would fetch a preview from another website/,
    ])
    await importer.getByRole('radio', { name: /Onto the current page/ }).check()
    await importer.getByTestId('import-tldr-submit').click()
    await expect(importer.getByTestId('import-tldr-done')).toHaveText(
      'Imported 1 shape from “outside-remote.tldr” onto this page. Not imported: 3 items.',
    )
    await expect(leftOut.getByRole('listitem')).toHaveCount(3)
    await ana.page.screenshot({ path: `${SHOTS}/import-report-en.png` })
    await importer.getByTestId('import-tldr-close').click()
    await expect(importer).toBeHidden()
    await expect(panel.getByTestId('snapshots-notice')).toContainText('Not imported: 3 items.')
    await expect(noteWithText(bo.page, 'Kept from the outside file')).toHaveCount(1)

    // 5. A .tldr file with a PNG inside: stored on the board, and everyone sees the picture.
    await panel.getByTestId('import-tldr-button').click()
    await importer.getByTestId('import-tldr-file').setInputFiles(resolve(FIXTURES, 'outside-embedded-png.tldr'))
    await expect(importer.getByTestId('import-tldr-summary')).toContainText('1 image held in the file will be stored on this board.')
    await expect(importer.getByTestId('import-tldr-left-out')).toHaveCount(0)
    await importer.getByRole('radio', { name: /Onto the current page/ }).check()
    await importer.getByTestId('import-tldr-submit').click()
    await expect(importer).toBeHidden()
    await expect(panel.getByTestId('snapshots-notice')).toHaveText('Imported 2 shapes from “outside-embedded-png.tldr” onto this page.')
    await panel.getByRole('button', { name: 'Close snapshots' }).click()
    for (const person of everyone) {
      await showWholePage(person.page)
      await expect.poll(() => loadedImages(person.page)).toBe(1)
    }

    // 6. A Miro export full of image URLs: every one is reported, none is fetched.
    await ana.page.getByTestId('export-menu-button').click()
    await ana.page.getByTestId('export-miro-import').click()
    const miro = ana.page.getByTestId('miro-import-dialog')
    await miro.getByTestId('miro-import-file').setInputFiles(MIRO_REMOTE_ITEMS)
    // Images, the document and the embed leave placeholders that name them; no address is kept.
    await expect(miro.getByTestId('miro-import-summary')).toHaveText(
      'Ready: 1 sticky note, 1 card as a note, 1 frame, 1 shape, 2 image placeholders, 1 document placeholder, 1 embed placeholder, 1 connector. 1 item skipped.',
    )
    await expect(miro.getByTestId('miro-import-skipped')).toContainText('link previews are not imported')
    await miro.getByTestId('miro-import-submit').click()
    await expect(miro).toBeHidden()
    await expect(bo.page.locator('.tl-frame-heading', { hasText: 'Photos' })).toHaveCount(1)
    await expect(bo.page.locator('.tl-shape', { hasText: 'Image “Team photo” — upload it to the board' })).toHaveCount(1)

    // 7. A bot with the participant link writes a picture that points at the outside host, and
    // a shape showing it: the server refuses the picture, and no browser ever requests it.
    const bot = connectClient(
      server.origin,
      {
        id: boardId,
        links: { ...links },
        tokens: {
          [Role.facilitator]: tokenOf(links.facilitator),
          [Role.participant]: tokenOf(links.participant),
          [Role.viewer]: tokenOf(links.viewer),
        },
      },
      { role: Role.participant },
    )
    try {
      await waitForSync(bot, 10_000)
      const records = recordsMap(bot.doc)
      bot.doc.transact(() => {
        records.set('asset:bot', imageAsset('asset:bot', `${outside.origin}/bot.png`))
        records.set('shape:bot', imageShape('shape:bot', 'asset:bot', 'a0'))
      })
      // The server refuses the picture and says so to the bot too: the asset is gone there. (The
      // shape may stay: without its asset it shows an empty frame and loads nothing.)
      await waitFor(() => !records.has('asset:bot'), 10_000, 'the refusal')
    } finally {
      bot.destroy()
    }
    for (const person of everyone) await expect(person.page.locator(`img[src^="${outside.origin}"]`)).toHaveCount(0)

    // 8. Di drops a PNG file: it is stored on the board and everyone sees it.
    const photo = noisePng(42, 64)
    await dropFile(di.page, 'photo.png', 'image/png', photo)
    for (const person of everyone) {
      await showWholePage(person.page)
      await expect.poll(() => loadedImages(person.page)).toBe(2)
    }

    // 9. The .tldr download carries the dropped picture's bytes, as data.
    await ana.page.getByTestId('export-menu-button').click()
    const downloading = ana.page.waitForEvent('download')
    await ana.page.getByTestId('export-tldr').click()
    const tldr = await readFile((await (await downloading).path()) ?? '', 'utf8')
    expect(tldr).toContain(`data:image/png;base64,${Buffer.from(photo).toString('base64')}`)

    // 10. A PNG picture of the dropped image alone shows the picture (not a blank square).
    // The dropped picture is the one 64 pixels wide (the imported one is 24).
    const pictures = ana.page.locator('img.tl-image')
    const dropped = await pictures.evaluateAll((images) =>
      images.findIndex((img) => img instanceof HTMLImageElement && img.naturalWidth === 64),
    )
    expect(dropped).toBeGreaterThanOrEqual(0)
    await pictures.nth(dropped).click()
    await ana.page.getByTestId('export-menu-button').click()
    await ana.page.getByTestId('export-picture').click()
    const pictureDialog = ana.page.getByTestId('picture-dialog')
    await pictureDialog.getByLabel(/The selection/).check()
    await expect(pictureDialog.getByText('(1 shape)')).toBeVisible()
    const pictureDownload = ana.page.waitForEvent('download')
    await pictureDialog.getByTestId('picture-download').click()
    const picture = await readFile((await (await pictureDownload).path()) ?? '')
    expect(picture.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    expect(await distinctColours(ana.page, picture)).toBeGreaterThan(500)

    // 11. The same report in Spanish, for a facilitator who reads Spanish.
    await ana.page.evaluate(() => localStorage.setItem('plenary:language', 'es'))
    await ana.page.reload()
    await expect(ana.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
    await ana.page.getByTestId('snapshots-button').click()
    await panel.getByTestId('import-tldr-button').click()
    await importer.getByTestId('import-tldr-file').setInputFiles(resolve(FIXTURES, 'outside-remote.tldr'))
    await expect(leftOut.getByRole('listitem')).toHaveText([
      /^1 imagen que se carga desde otro sitio web u otro tablero\. Plenary no carga nada de fuera/,
      /^1 contenido incrustado de otro sitio web/,
      /^1 tarjeta de enlace: pediría una vista previa a otro sitio web/,
    ])
    await ana.page.screenshot({ path: `${SHOTS}/import-report-es.png` })
    await importer.getByRole('button', { name: 'Cancelar' }).click()
    await expect(importer).toBeHidden()

    await showWholePage(bo.page)
    await bo.page.screenshot({ path: `${SHOTS}/board-after.png` })

    // Not one request left the board's origin, from any of the four browsers (every page and
    // worker of their contexts, recorded by the fixture).
    for (const [name, person] of Object.entries({ Ana: ana, ...people })) expect(person.foreignRequests, `${name}'s browser`).toEqual([])
    expect(outside.hits).toEqual([])
  } finally {
    await new Promise((done) => outside.server.close(done))
  }
})
