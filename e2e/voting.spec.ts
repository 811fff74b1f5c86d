/**
 * Dot voting with three people in their own browsers: the facilitator opens a vote on three
 * notes with two dots each; everyone places their dots (on the notes, and from the panel's
 * list); every browser shows the same tallies; a third dot is not offered; the vote closes and
 * the tallies stay after a reload. Reactions: one person reacts, another sees the count.
 */
import type { Page } from '@playwright/test'
import { addSticky, createBoardFromHome, join, noteWithText, readSharedLinks } from './board'
import { expect, newPerson, test } from './fixtures'

const SHOTS = '/tmp/shots/voting'

/**
 * Adds a note with `text`. Each new note takes the next free spot of the view, so the notes
 * sit side by side without being dragged apart.
 */
async function addNote(page: Page, text: string): Promise<void> {
  await addSticky(page, text)
  await expect(noteWithText(page, text)).toBeVisible()
}

/** The tally badge on a note. */
function tallyOn(page: Page, text: string) {
  return noteWithText(page, text).getByTestId('note-tally')
}

async function expectTallies(page: Page, tallies: Record<string, number>): Promise<void> {
  for (const [text, dots] of Object.entries(tallies)) await expect(tallyOn(page, text)).toHaveText(`● ${dots}`)
}

test('three people with two dots each: the same tallies everywhere, no third dot', async ({ browser, server }) => {
  const fa = await newPerson(browser, server.origin)
  const ana = await newPerson(browser, server.origin)
  const bo = await newPerson(browser, server.origin)
  // Wide enough for every feature's top-bar button (at 1280 px the bar overflows today).
  for (const person of [fa, ana, bo]) await person.page.setViewportSize({ width: 1600, height: 900 })

  await createBoardFromHome(fa.page, server.origin, 'Priorities assembly')
  await join(fa.page, 'Fa', 'Facilitation Coop')
  await addNote(fa.page, 'Idea A')
  await addNote(fa.page, 'Idea B')
  await addNote(fa.page, 'Idea C')

  const links = await readSharedLinks(fa.page)
  await ana.page.goto(links.participant)
  await join(ana.page, 'Ana', 'Cooperativa Sur')
  await bo.page.goto(links.participant)
  await join(bo.page, 'Bo', 'Tokyo Tech Coop')
  await expect(fa.page.getByTestId('online-count')).toHaveText('3')

  // The facilitator selects the three notes and opens a vote on them: 2 dots each, live.
  await noteWithText(fa.page, 'Idea C').click()
  await fa.page.keyboard.press('Escape')
  await fa.page.keyboard.press('Control+a')
  await fa.page.getByTestId('votes-button').click()
  const faPanel = fa.page.getByTestId('votes-panel')
  await expect(faPanel.getByTestId('vote-scope')).toContainText('Selected notes (3 notes)')
  await faPanel.getByLabel('Question').fill('What do we do first?')
  await faPanel.getByTestId('vote-dots').fill('2')
  await expect(faPanel.getByTestId('open-vote')).toHaveText('Open vote on 3 notes')
  await fa.page.screenshot({ path: `${SHOTS}/01-facilitator-opens-vote.png` })
  await faPanel.getByTestId('open-vote').click()
  await expect(faPanel.getByTestId('open-vote-section')).toContainText('What do we do first?')
  await expect(faPanel.getByTestId('vote-progress')).toHaveText('0 of 3 people present have voted')

  // Everyone sees the vote and their dots.
  for (const page of [ana.page, bo.page, fa.page]) await expect(page.getByTestId('vote-bar')).toContainText('2 of 2 dots left')

  // Ana places her dots on the notes themselves: A and B.
  await noteWithText(ana.page, 'Idea A').getByTestId('add-dot').click()
  await expect(ana.page.getByTestId('vote-bar')).toContainText('1 of 2 dots left')
  await noteWithText(ana.page, 'Idea B').getByTestId('add-dot').click()
  await expect(ana.page.getByTestId('vote-bar')).toContainText('No dots left')
  await expect(noteWithText(ana.page, 'Idea A').getByTestId('my-dot')).toHaveCount(1)
  await ana.page.screenshot({ path: `${SHOTS}/02-participant-placed-dots.png` })

  // A third dot is not offered: no "+ dot" on any note, and the list's buttons are disabled.
  await expect(ana.page.getByTestId('add-dot')).toHaveCount(0)
  await ana.page.getByTestId('vote-bar').getByRole('button', { name: 'Show the list' }).click()
  const anaPanel = ana.page.getByTestId('votes-panel')
  await expect(anaPanel.getByRole('button', { name: 'Add a dot to “Idea C”' })).toBeDisabled()

  // Ana changes her mind on B from the board (a click on her dot), then from the list puts it on A.
  await noteWithText(ana.page, 'Idea B').getByTestId('my-dot').click()
  await expect(anaPanel.getByTestId('panel-dots-left')).toHaveText('1 of 2 dots left')
  await anaPanel.getByRole('button', { name: 'Add a dot to “Idea A”' }).click()
  await expect(anaPanel.getByTestId('panel-dots-left')).toHaveText('No dots left')

  // Bo votes with the keyboard from the list: A and C.
  await bo.page.getByTestId('votes-button').click()
  const boPanel = bo.page.getByTestId('votes-panel')
  await boPanel.getByRole('button', { name: 'Add a dot to “Idea A”' }).focus()
  await bo.page.keyboard.press('Enter')
  await boPanel.getByRole('button', { name: 'Add a dot to “Idea C”' }).focus()
  await bo.page.keyboard.press('Enter')
  await expect(boPanel.getByTestId('panel-dots-left')).toHaveText('No dots left')

  // The facilitator votes too: B twice.
  await noteWithText(fa.page, 'Idea B').getByTestId('add-dot').click()
  await expect(fa.page.getByTestId('vote-bar')).toContainText('1 of 2 dots left')
  await noteWithText(fa.page, 'Idea B').getByTestId('add-dot').click()
  await expect(faPanel.getByTestId('vote-progress')).toHaveText('3 of 3 people present have voted')

  // A: Ana ×2 + Bo = 3; B: Fa ×2 = 2; C: Bo = 1. The same in every browser.
  const tallies = { 'Idea A': 3, 'Idea B': 2, 'Idea C': 1 }
  for (const page of [fa.page, ana.page, bo.page]) await expectTallies(page, tallies)
  await expect(faPanel.getByTestId('vote-note-tally')).toHaveText(['3', '2', '1'])
  await fa.page.screenshot({ path: `${SHOTS}/03-tallies-on-notes.png` })

  // Reactions: Ana reacts to Idea C; Bo sees the count, and adds his.
  const anaNoteC = noteWithText(ana.page, 'Idea C')
  await anaNoteC.hover()
  await anaNoteC.getByTestId('reaction-add').click()
  await anaNoteC.getByTestId('react-agree').click()
  await expect(anaNoteC.getByTestId('reaction-agree')).toHaveAttribute('aria-pressed', 'true')
  const boReaction = noteWithText(bo.page, 'Idea C').getByTestId('reaction-agree')
  await expect(boReaction).toHaveAttribute('aria-label', 'agree: 1')
  await boReaction.click()
  await expect(anaNoteC.getByTestId('reaction-agree')).toHaveAttribute('aria-label', 'agree: 2, including you')
  await noteWithText(ana.page, 'Idea A').hover()
  await noteWithText(ana.page, 'Idea A').getByTestId('reaction-add').click()
  await ana.page.screenshot({ path: `${SHOTS}/04-reactions.png` })
  await noteWithText(ana.page, 'Idea A').getByTestId('react-love').click()
  await expect(noteWithText(fa.page, 'Idea A').getByTestId('reaction-love')).toHaveAttribute('aria-label', 'love: 1')

  // The facilitator closes the vote: no more dots, the results stay on the notes and in the panel.
  await faPanel.getByTestId('close-vote').click()
  await expect(faPanel.getByTestId('past-vote')).toHaveCount(1)
  await expect(ana.page.getByTestId('vote-bar')).toHaveCount(0)
  await expect(ana.page.getByTestId('my-dot')).toHaveCount(0)
  await expect(boPanel.getByTestId('past-vote').getByTestId('vote-note-tally')).toHaveText(['3', '2', '1'])
  await fa.page.screenshot({ path: `${SHOTS}/05-closed-vote-results.png` })

  // A reload keeps the tallies.
  await bo.page.reload()
  await expect(bo.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  await expectTallies(bo.page, tallies)
  await expect(noteWithText(bo.page, 'Idea C').getByTestId('reaction-agree')).toHaveAttribute('aria-label', 'agree: 2, including you')
  await bo.page.screenshot({ path: `${SHOTS}/06-after-reload.png`, clip: { x: 200, y: 320, width: 760, height: 300 } })
})
