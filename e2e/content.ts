/**
 * What a person brings onto a board from outside it, as the specs share it: a file dragged
 * from their desktop, and text or HTML pasted from the clipboard (dispatched as the browser's
 * own paste event: headless Chromium does not grant the clipboard API).
 */
import type { Page } from '@playwright/test'

/** Drops a file on the middle of the canvas. */
export async function dropFile(page: Page, name: string, type: string, bytes: Uint8Array): Promise<void> {
  const canvas = page.locator('.tl-canvas')
  const box = await canvas.boundingBox()
  if (!box) throw new Error('no canvas to drop on')
  const dataTransfer = await page.evaluateHandle(
    ({ base64, fileName, fileType }) => {
      const transfer = new DataTransfer()
      const raw = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      transfer.items.add(new File([raw], fileName, { type: fileType }))
      return transfer
    },
    { base64: Buffer.from(bytes).toString('base64'), fileName: name, fileType: type },
  )
  const at = { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 }
  await canvas.dispatchEvent('dragover', { dataTransfer, ...at })
  await canvas.dispatchEvent('drop', { dataTransfer, ...at })
}

/** Pastes `value` as `type` (`text/plain`, `text/html`) where the page has the focus. */
export async function paste(page: Page, type: 'text/plain' | 'text/html', value: string): Promise<void> {
  await page.evaluate(
    ({ mime, text }) => {
      const data = new DataTransfer()
      data.setData(mime, text)
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    },
    { mime: type, text: value },
  )
}
