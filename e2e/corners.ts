/**
 * Steps of the coop corners flow that specs share: the coops directory, the roster import,
 * and finding a coop's corner frame on the canvas.
 */
import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'

/** Opens the coops directory (if closed) and returns it. */
export async function openDirectory(page: Page): Promise<Locator> {
  const panel = page.getByTestId('directory-panel')
  if (!(await panel.isVisible())) await page.getByRole('button', { name: 'Coops' }).click()
  await expect(panel).toBeVisible()
  return panel
}

/** The directory row of the coop named `name`. */
export function directoryItem(page: Page, name: string): Locator {
  return page.getByTestId('directory-item').filter({ has: page.locator('.directory-item__name', { hasText: name }) })
}

/** The canvas element of the frame `cornerId` (tldraw also draws a background layer for frames). */
export function frameElement(page: Page, cornerId: string): Locator {
  return page.locator(`.tl-shape[data-shape-id="${cornerId}"]:not(.tl-shape-background)`)
}

/** The corner frame id of the coop `name`, as the directory gives it. */
export async function cornerIdOf(page: Page, name: string): Promise<string> {
  const id = await directoryItem(page, name).getAttribute('data-corner-id')
  if (!id) throw new Error(`${name} has no corner`)
  return id
}

/** Waits until the frame `cornerId` lies inside the visible canvas (after the camera flew there). */
export async function expectFrameInView(page: Page, cornerId: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const frame = await frameElement(page, cornerId).boundingBox()
        const stage = await page.locator('.board__stage').boundingBox()
        if (!frame || !stage) return false
        return (
          frame.x >= stage.x - 1 &&
          frame.y >= stage.y - 1 &&
          frame.x + frame.width <= stage.x + stage.width + 1 &&
          frame.y + frame.height <= stage.y + stage.height + 1
        )
      },
      { timeout: 5000 },
    )
    .toBe(true)
}

/** True when `inner`'s box lies within `outer`'s on the page. */
export async function isWithin(inner: Locator, outer: Locator): Promise<boolean> {
  const a = await inner.boundingBox()
  const b = await outer.boundingBox()
  if (!a || !b) return false
  return a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.width <= b.x + b.width + 1 && a.y + a.height <= b.y + b.height + 1
}
