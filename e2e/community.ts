/**
 * Steps of the community flow: create a community from the home page, read its links, plan a
 * meeting from its page, and ask the API what the community and a board hold.
 */
import type { Locator, Page } from '@playwright/test'
import { communityViewSchema, type CommunityLinks, type CommunityView } from '../shared/community/api'
import { expect } from './fixtures'

/** Creates a community from the home page; resolves with its id once its page is open. */
export async function createCommunityFromHome(page: Page, origin: string, name: string, description: string): Promise<string> {
  await page.goto(origin)
  const form = page.getByTestId('create-community')
  await form.getByLabel('Community name').fill(name)
  await form.getByLabel('Short description').fill(description)
  await form.getByRole('button', { name: 'Create community' }).click()
  // The coordinator's token is kept by the browser, never left in the address bar.
  await expect(page).toHaveURL(/\/c\/[A-Za-z0-9_-]{22}$/)
  await expect(page.getByTestId('community-name')).toHaveText(name)
  const id = new URL(page.url()).pathname.split('/').pop()
  if (!id) throw new Error('no community id in the address')
  return id
}

/** The text of a link as the page shows it: an input's value, an anchor's address, or its text. */
async function shownLink(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) return element.value
    return element.getAttribute('href') ?? element.textContent ?? ''
  })
}

/** The three community links from the coordinator's page. */
export async function readCommunityLinks(page: Page): Promise<CommunityLinks> {
  const links = {
    coordinator: await shownLink(page.getByTestId('community-link-coordinator')),
    member: await shownLink(page.getByTestId('community-link-member')),
    viewer: await shownLink(page.getByTestId('community-link-viewer')),
  }
  for (const link of Object.values(links)) expect(link).toMatch(/\/c\/[A-Za-z0-9_-]{22}#token=/)
  return links
}

/** The value a `datetime-local` input takes for `date` in the browser's (and this machine's) zone. */
export function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** `days` from now at 18:00 local time. */
export function eveningIn(days: number): Date {
  const date = new Date(Date.now() + days * 24 * 3600_000)
  date.setHours(18, 0, 0, 0)
  return date
}

/** Plans a meeting with the page's "New meeting" form; resolves once the server created its board. */
export async function planMeeting(page: Page, title: string, startsAt: Date): Promise<string> {
  await page.getByTestId('new-meeting-title').fill(title)
  await page.getByTestId('new-meeting-date').fill(localInputValue(startsAt))
  const created = page.waitForResponse((response) => response.request().method() === 'POST' && /\/meetings$/.test(response.url()))
  await page.getByTestId('new-meeting-submit').click()
  const response = await created
  expect(response.status()).toBe(201)
  const body = (await response.json()) as { board: { id: string } }
  return body.board.id
}

/** The community as the API shows it to the holder of `token`. */
export async function communityView(origin: string, id: string, token: string): Promise<CommunityView> {
  const response = await fetch(`${origin}/api/communities/${id}`, { headers: { authorization: `Bearer ${token}` } })
  expect(response.status).toBe(200)
  return communityViewSchema.parse(await response.json())
}

/** A board's shape records as its .tldr export lists them. */
export async function boardShapes(
  origin: string,
  boardId: string,
  token: string,
): Promise<{ id: string; type: string; parentId: string; props: Record<string, unknown>; meta: Record<string, unknown> }[]> {
  const response = await fetch(`${origin}/api/boards/${boardId}/export.tldr`, { headers: { authorization: `Bearer ${token}` } })
  expect(response.status).toBe(200)
  const file = (await response.json()) as {
    records: {
      typeName: string
      id: string
      type: string
      parentId: string
      props: Record<string, unknown>
      meta: Record<string, unknown>
    }[]
  }
  return file.records.filter((record) => record.typeName === 'shape')
}
