/**
 * Steps of the breakouts flow that specs share: the facilitator's panel, everyone's bar and
 * timer, and where a person's view is relative to the group areas.
 */
import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'

/** Opens the facilitator's breakouts panel (if closed) and returns it. */
export async function openBreakouts(page: Page): Promise<Locator> {
  const panel = page.getByTestId('breakouts-panel')
  if (!(await panel.isVisible())) await page.getByTestId('breakouts-button').click()
  await expect(panel).toBeVisible()
  return panel
}

/** The countdown in a page's breakout bar, in whole seconds, or null when it shows none. */
export async function barSeconds(page: Page): Promise<number | null> {
  const timer = page.getByTestId('breakout-bar').getByTestId('breakout-timer')
  if ((await timer.count()) === 0) return null
  const text = (await timer.textContent()) ?? ''
  const parts = text.trim().split(':').map(Number)
  if (parts.length < 2 || parts.some((n) => !Number.isFinite(n))) return null
  return parts.reduce((total, n) => total * 60 + n, 0)
}

/** The canvas element of a group's area frame (its id ends with the group id). */
export function areaFrame(page: Page, groupId: string): Locator {
  return page.locator(areaFrameSelector(groupId))
}

/** The CSS selector of the breakout area frame of the group `groupId`. */
export function areaFrameSelector(groupId: string): string {
  return `.tl-shape[data-shape-type="frame"][data-shape-id^="shape:breakout-"][data-shape-id$="-${groupId}"]:not(.tl-shape-background)`
}

/** True when the middle of the visible canvas lies inside `frame`. */
export async function viewCenterInside(page: Page, frame: Locator): Promise<boolean> {
  const stage = await page.locator('.board__stage').boundingBox()
  const box = await frame.boundingBox()
  if (!stage || !box) return false
  const cx = stage.x + stage.width / 2
  const cy = stage.y + stage.height / 2
  return cx >= box.x && cx <= box.x + box.width && cy >= box.y && cy <= box.y + box.height
}

/** The group id shown in a page's breakout bar as its own, or null. */
export async function myGroupId(page: Page): Promise<string | null> {
  return page.getByTestId('breakout-my-group').getAttribute('data-group-id')
}

/**
 * Makes `Date` in every page of a context run `offsetMs` ahead, as on a laptop whose clock is
 * wrong. Installed before any page script runs.
 */
export function skewClockScript(offsetMs: number): string {
  return `(() => {
    const RealDate = Date
    const realNow = RealDate.now.bind(RealDate)
    class SkewedDate extends RealDate {
      constructor(...args) { if (args.length === 0) super(realNow() + ${offsetMs}); else super(...args) }
      static now() { return realNow() + ${offsetMs} }
    }
    globalThis.Date = SkewedDate
  })()`
}
