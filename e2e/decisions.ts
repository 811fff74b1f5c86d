/** Steps of the consent decisions flow that specs share. */
import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'

/** Opens the decisions panel (if closed) and returns it. */
export async function openDecisions(page: Page): Promise<Locator> {
  const panel = page.getByTestId('decisions-panel')
  if (!(await panel.isVisible())) await page.getByTestId('decisions-button').click()
  await expect(panel).toBeVisible()
  return panel
}
