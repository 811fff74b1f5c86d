/**
 * Images and links on a board: a participant drops a PNG and everyone sees it (uploaded to the
 * board's asset store, shown from it); the main menu offers no embed; a pasted URL becomes a
 * link and nothing is fetched; a pasted image URL and a refused file get a message in the
 * person's language. Screenshots go to /tmp/shots/assets for a person to look at.
 */
import { mkdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { rampPng } from '../server/testing/testImages'
import { createBoardFromHome, join, readSharedLinks, tokenOf } from './board'
import { dropFile, paste } from './content'
import { expect, newPerson, test } from './fixtures'

const SHOTS = '/tmp/shots/assets'

/** The bytes of the file a click downloads. */
async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const pending = page.waitForEvent('download')
  await click()
  return readFile((await (await pending).path()) ?? '')
}

/** How many pixels of a PNG have the ramp's colours (green 90, red and blue well above it). */
async function rampPixels(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    // Decoded by hand: the page's CSP lets fetch() reach only this server and blob: URLs.
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
    const context = canvas.getContext('2d')
    if (!context) return 0
    context.drawImage(bitmap, 0, 0)
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height)
    let count = 0
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0]
      if (Math.abs(g - 90) <= 6 && r + b > 250) count++
    }
    return count
  }, png.toString('base64'))
}

/** The tldraw toast on `page` that says `text`. */
function toast(page: Page, text: string) {
  return page.locator('.tlui-toast__container').filter({ hasText: text })
}

test('images go through the board’s asset store, links stay links, and nothing leaves the board', async ({ browser, server }) => {
  mkdirSync(SHOTS, { recursive: true })
  const fa = await newPerson(browser, server.origin)
  const boardId = await createBoardFromHome(fa.page, server.origin, 'Images and links')
  await join(fa.page, 'Fatima', 'Facilitation')
  const links = await readSharedLinks(fa.page)

  const reads: string[] = []
  fa.page.on('request', (request) => {
    if (request.method() === 'GET' && new URL(request.url()).pathname.startsWith(`/api/boards/${boardId}/assets/`))
      reads.push(request.url())
  })

  const pa = await newPerson(browser, server.origin)
  const uploads: string[] = []
  pa.page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === `/api/boards/${boardId}/assets`) uploads.push(request.url())
  })
  await pa.page.goto(links.participant)
  await join(pa.page, 'Pablo', 'Tejido Coop')

  // No embeds anywhere tldraw would offer them: the main menu, its shortcut.
  await pa.page.getByTestId('main-menu.button').click()
  await expect(pa.page.getByTestId('main-menu.insert-media')).toBeVisible()
  await expect(pa.page.getByTestId('main-menu.insert-embed')).toHaveCount(0)
  await expect(pa.page.locator('.tlui-menu')).not.toContainText(/embed/i)
  await pa.page.keyboard.press('Escape')
  await pa.page.locator('.tl-canvas').click({ position: { x: 40, y: 200 } })
  await pa.page.keyboard.press('Control+i')
  // Whatever Ctrl+I did is on screen by the time the next shortcut's dialog is: only that one.
  await pa.page.keyboard.press('Control+Alt+/')
  const shortcuts = pa.page.getByRole('dialog')
  await expect(shortcuts).toContainText('Upload media')
  await expect(shortcuts).toHaveCount(1)
  await expect(shortcuts).not.toContainText(/embed/i)
  await pa.page.keyboard.press('Escape')
  await expect(shortcuts).toHaveCount(0)

  // A dropped PNG is uploaded once and shown to everyone from the board's own asset store.
  await dropFile(pa.page, 'ramp.png', 'image/png', rampPng(320, 200))
  const image = (page: Page) => page.locator('.tl-shape[data-shape-type="image"] img.tl-image')
  await expect(image(fa.page)).toHaveAttribute('src', /^blob:/)
  await expect(image(pa.page)).toBeVisible()
  expect(uploads).toHaveLength(1)
  expect(reads[0]).toMatch(new RegExp(`/api/boards/${boardId}/assets/[0-9a-f]{64}$`))
  await expect.poll(async () => image(fa.page).evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(320)
  await fa.page.screenshot({ path: `${SHOTS}/board-with-image.png` })

  // A pasted page URL becomes a link in a text shape; nothing is fetched to preview it.
  await pa.page.keyboard.press('Escape')
  await paste(pa.page, 'text/plain', 'https://coop.example/agenda-2026')
  const link = (page: Page) => page.locator('.tl-shape[data-shape-type="text"] a[href="https://coop.example/agenda-2026"]')
  await expect(link(pa.page)).toHaveText('https://coop.example/agenda-2026')
  await expect(link(pa.page)).toHaveAttribute('target', '_blank')
  await expect(link(fa.page)).toBeVisible()
  await expect(pa.page.locator('.tl-shape[data-shape-type="bookmark"], .tl-shape[data-shape-type="embed"]')).toHaveCount(0)

  // Shapes copied from another board come with their image as a data: URL (as tldraw copies
  // them): it is uploaded here. A copied image whose src is on another host is left out, told.
  const file = (await (
    await fetch(`${server.origin}/api/boards/${boardId}/export.tldr`, {
      headers: { authorization: `Bearer ${tokenOf(links.facilitator)}` },
    })
  ).json()) as { schema: unknown; records: { id: string; typeName: string; type?: string; props: Record<string, unknown> }[] }
  const asset = file.records.find((record) => record.typeName === 'asset')
  const shape = file.records.find((record) => record.typeName === 'shape' && record.type === 'image')
  expect(asset?.props.src).toMatch(/^data:image\/png;base64,/)
  const copied = (id: string, src: string) => [
    { ...asset, id: `asset:${id}`, props: { ...asset?.props, src } },
    { ...shape, id: `shape:${id}`, props: { ...shape?.props, assetId: `asset:${id}` } },
  ]
  const [dataAsset, dataShape] = copied('from-another-board', String(asset?.props.src))
  const [remoteAsset, remoteShape] = copied('from-elsewhere', 'https://images.example.net/remote.png')
  const clipboard = {
    type: 'application/tldraw',
    kind: 'content',
    version: 2,
    data: {
      shapes: [dataShape, remoteShape],
      rootShapeIds: [dataShape?.id, remoteShape?.id],
      assets: [dataAsset, remoteAsset],
      bindings: [],
      schema: file.schema,
    },
  }
  await paste(pa.page, 'text/html', `<div data-tldraw>${JSON.stringify(clipboard)}</div>`)
  await expect(toast(pa.page, 'Embeds, link previews and images from other websites are not loaded')).toBeVisible()
  await expect(image(fa.page)).toHaveCount(2)
  await expect(image(fa.page).nth(1)).toHaveAttribute('src', /^blob:/)
  expect(uploads).toHaveLength(2)

  // A pasted image URL is not fetched: the person is asked for the file instead.
  await paste(pa.page, 'text/plain', 'https://images.example.net/photos/cat.JPG?size=large')
  await expect(toast(pa.page, 'Download the image and drop the file here instead.')).toBeVisible()
  // Toasts slide in from the side: the picture is taken once the whole message is on screen.
  await expect(toast(pa.page, 'Download the image and drop the file here instead.')).toBeInViewport({ ratio: 1 })
  await pa.page.screenshot({ path: `${SHOTS}/image-url-message-en.png` })

  // An SVG file is refused with a message, and never uploaded.
  await dropFile(pa.page, 'logo.svg', 'image/svg+xml', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))
  await expect(toast(pa.page, 'Only PNG, JPEG, GIF and WebP images')).toBeVisible()
  expect(uploads).toHaveLength(2)

  // The same refusals in Spanish once the person switches language (the English ones closed first).
  const shown = pa.page.locator('.tlui-toast__container')
  for (let left = await shown.count(); left > 0; left = await shown.count()) {
    await shown.first().getByRole('button', { name: 'Close' }).click()
    await expect(shown).toHaveCount(left - 1)
  }
  await pa.page.getByTestId('main-menu.button').click()
  await pa.page.getByTestId('main-menu-sub.preferences-button').click()
  await pa.page.getByTestId('main-menu-sub.help menu language-button').click()
  await pa.page.getByRole('menuitemcheckbox', { name: 'Español' }).click()
  await pa.page.keyboard.press('Escape')
  await paste(pa.page, 'text/plain', 'https://images.example.net/photos/dog.png')
  await expect(toast(pa.page, 'Descarga la imagen y suelta el archivo aquí.')).toBeVisible()
  // Toasts slide in from the side: the picture is taken once the whole message is on screen.
  await expect(toast(pa.page, 'Descarga la imagen y suelta el archivo aquí.')).toBeInViewport({ ratio: 1 })
  await pa.page.screenshot({ path: `${SHOTS}/image-url-message-es.png` })

  // A snapshot shows the image the same way: read from the asset store with the link's token.
  await fa.page.getByTestId('snapshots-button').click()
  const panel = fa.page.getByTestId('snapshots-panel')
  await panel.getByTestId('snapshot-name').fill('With the picture')
  await panel.getByTestId('snapshot-save').click()
  await panel.getByRole('button', { name: 'Open “With the picture”' }).click()
  const view = fa.page.getByTestId('snapshot-view')
  const pictures = view.locator('.tl-shape[data-shape-type="image"] img.tl-image')
  await expect(pictures).toHaveCount(2)
  for (const picture of await pictures.all()) await expect(picture).toHaveAttribute('src', /^blob:/)
  await view.getByTestId('snapshot-back').click()

  // The facilitator's pictures of the board carry the image (read from the asset store, not
  // left out): the SVG embeds its bytes, and the PNG shows its colours.
  await fa.page.getByRole('button', { name: 'Export', exact: true }).click()
  await fa.page.getByTestId('export-picture').click()
  let dialog = fa.page.getByTestId('picture-dialog')
  await dialog.getByLabel('The whole board').check()
  await dialog.getByRole('radio', { name: /^SVG/ }).check()
  const svg = await download(fa.page, () => dialog.getByTestId('picture-download').click())
  // Tested as a boolean: the SVG carries megabytes of embedded fonts, too much for a failure message.
  expect(/<image[^>]+href="data:image\/png;base64,/.test(svg.toString('utf8')), 'the SVG embeds the PNG').toBe(true)
  await fa.page.getByRole('button', { name: 'Export', exact: true }).click()
  await fa.page.getByTestId('export-picture').click()
  dialog = fa.page.getByTestId('picture-dialog')
  await dialog.getByLabel('The whole board').check()
  const png = await download(fa.page, () => dialog.getByTestId('picture-download').click())
  expect(await rampPixels(fa.page, png)).toBeGreaterThan(5_000)

  expect(fa.foreignRequests).toEqual([])
  expect(pa.foreignRequests).toEqual([])
})

test('on a phone, a dropped image shows and a refused image URL is told', async ({ browser, server }) => {
  mkdirSync(SHOTS, { recursive: true })
  const fa = await newPerson(browser, server.origin)
  await fa.page.setViewportSize({ width: 390, height: 844 })
  await createBoardFromHome(fa.page, server.origin, 'Phone images')
  await join(fa.page, 'Fatima', 'Facilitation')
  await dropFile(fa.page, 'ramp.png', 'image/png', rampPng(240, 160))
  await expect(fa.page.locator('.tl-shape[data-shape-type="image"] img.tl-image')).toHaveAttribute('src', /^blob:/)
  // Part of a web page that is only a picture: tldraw would paste nothing; the person is told.
  const askForFile = toast(fa.page, 'Download the image and drop the file here instead.')
  await paste(fa.page, 'text/html', '<meta charset="utf-8"><img src="https://images.example.net/cat.webp" alt="">')
  await expect(askForFile).toHaveCount(1)
  await paste(fa.page, 'text/plain', 'https://images.example.net/cat.webp')
  // The same refusal again replaces its message rather than stacking a copy over the toolbar;
  // once the message is closed, the next refusal shows it again.
  await expect(askForFile).toHaveCount(1)
  await askForFile.getByRole('button', { name: 'Close' }).click()
  await expect(askForFile).toHaveCount(0)
  await paste(fa.page, 'text/plain', 'https://images.example.net/cat.webp')
  await expect(askForFile).toHaveCount(1)
  // Toasts slide in from the side: the picture is taken once the whole message is on screen.
  await expect(askForFile).toBeInViewport({ ratio: 1 })
  await fa.page.screenshot({ path: `${SHOTS}/phone-390x844.png` })
  expect(fa.foreignRequests).toEqual([])
})
