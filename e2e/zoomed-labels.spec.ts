/**
 * Labels over the canvas at every zoom, and bars that cover nothing: a board of 31 coops with
 * long names in several scripts and four breakout groups, zoomed out to tldraw's smallest zoom
 * and to middle ones. Every coop, group and "Locked" label lies inside its frame and ends at a
 * word boundary; the breakout bar never covers tldraw's undo, redo, delete and duplicate; a
 * 1,400-pixel top bar shows its buttons' words.
 */
import type { Locator, Page } from '@playwright/test'
import { areaFrame, areaFrameSelector, openBreakouts } from './breakouts'
import { createBoardFromHome, join } from './board'
import { openDirectory } from './corners'
import { expect, newPerson, test } from './fixtures'

const SHOTS = '/tmp/shots/zoomed-labels'

/** 31 coops, as a real federation names them: long, accented, in several scripts. */
const COOPS = [
  'Spółdzielnia Programistów Łódzkich Wolne Oprogramowanie',
  'Colectivo Código Abierto de Trabajadoras y Trabajadores del Software',
  'Συνεταιρισμός Ελεύθερου Λογισμικού Θεσσαλονίκης',
  '東京技術者協同組合',
  'Kōdo Kyōdō Kumiai',
  'Northwind Workers Co-op Ireland',
  'Cooperativa Sur',
  'Nube Solidaria Sociedad Cooperativa de Servicios Digitales',
  'Hacklab Kooperativa Ljubljana',
  'Bergen Byte Samvirke',
  'Tecnología Popular para Comunidades Rurales',
  'Maple Commons Tech',
  'Lisboa Livre Cooperativa de Arquivos Digitais',
  '北京开源软件合作社',
  'Red de Software Libre del Uruguay',
  'Agaric Tech Works',
  'Brightcoop Studio',
  'Kollektiv Quelltext Genossenschaft für freie Software',
  'Semilla Digital',
  'Cooperativa Tramas de Tecnologias Livres',
  'Outcrop Engineering',
  'Code Ouvert Société Coopérative',
  'Hanami Systems',
  'Coopérative Pixel',
  'Panal Software',
  'Taller Común',
  'Ærø Digitale Andelsselskab',
  'Kaiyō Labs',
  'Cooperativa Minga de Traducción Multilingüe',
  'Rivulet Digital Te Reo Māori',
  'Enjambre Tech',
]

const TOPICS = [
  'Vivienda cooperativa y financiación colectiva a largo plazo',
  'Energía',
  'Σχέδιο εκπαίδευσης μελών',
  'Intercooperación entre federaciones regionales',
]

/** tldraw's controls a bar must never cover. */
const TLDRAW_CONTROLS = ['quick-actions.undo', 'quick-actions.redo', 'quick-actions.delete', 'quick-actions.duplicate', 'main-menu.button']

type Box = { x: number; y: number; width: number; height: number }

function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - 1 &&
    inner.y >= outer.y - 1 &&
    inner.x + inner.width <= outer.x + outer.width + 1 &&
    inner.y + inner.height <= outer.y + outer.height + 1
  )
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/** True when `line` (without its ellipsis) starts and ends where words of one of `names` do. */
function atWordBoundaries(line: string, names: readonly string[]): boolean {
  const text = line.endsWith('…') ? line.slice(0, -1) : line
  return names.some((name) => {
    const edges = new Set<number>([0])
    for (const { index, segment } of new Intl.Segmenter(undefined, { granularity: 'word' }).segment(name)) edges.add(index + segment.length)
    for (let at = name.indexOf(text); at >= 0; at = name.indexOf(text, at + 1))
      if (edges.has(at) && edges.has(at + text.length)) return true
    return false
  })
}

/** Where a label's frame is: the attribute naming it and the frame's selector, with "{id}" for its value. */
interface FrameOf {
  attribute: string
  selector: string
}

/** One label as the page draws it, read in one pass. */
interface LabelSeen {
  text: string
  box: Box
  frame: Box | null
  cutOff: boolean
  lines: string[]
  title: string | null
}

/**
 * What is wrong with the labels in view: a box outside its frame's, text the box cuts off, a
 * line that is not whole words of a name, a tooltip that is not the whole name. Empty when
 * every label fits. The labels are read in one pass inside the page: tldraw culls and redraws
 * labels as the viewport changes, and a label read one property at a time could vanish between
 * two reads and leave the next read waiting for it.
 */
async function labelProblems(labels: Locator, frameOf: FrameOf, names: readonly string[]): Promise<string[]> {
  const seen = await labels.evaluateAll((elements, { attribute, selector }) => {
    const boxOf = (element: Element): Box => {
      const { x, y, width, height } = element.getBoundingClientRect()
      return { x, y, width, height }
    }
    const stage = document.querySelector('.board__stage')
    const stageBox = stage ? boxOf(stage) : null
    const inView = (box: Box) =>
      !stageBox ||
      (box.x < stageBox.x + stageBox.width &&
        stageBox.x < box.x + box.width &&
        box.y < stageBox.y + stageBox.height &&
        stageBox.y < box.y + box.height)
    return elements.flatMap((element): LabelSeen[] => {
      const box = boxOf(element)
      // What a person sees: a label off the canvas (its frame just off screen, which tldraw
      // may cull, as happens right after the viewport shrinks to a phone's) shows nothing.
      if (!inView(box)) return []
      const frame = document.querySelector(selector.replace('{id}', element.getAttribute(attribute) ?? ''))
      return [
        {
          text: element.textContent ?? '',
          box,
          frame: frame ? boxOf(frame) : null,
          cutOff: element.scrollWidth > element.clientWidth + 1,
          lines: [...element.querySelectorAll('[data-testid$="-line"]')].map((line) => line.textContent ?? ''),
          title: element.getAttribute('title'),
        },
      ]
    })
  }, frameOf)
  const problems: string[] = []
  for (const { text, box, frame, cutOff, lines, title } of seen) {
    if (!frame) problems.push(`"${text}" has no frame on screen`)
    else if (!inside(box, frame)) problems.push(`"${text}" ${JSON.stringify(box)} is not inside ${JSON.stringify(frame)}`)
    if (cutOff) problems.push(`"${text}" is cut off by its box`)
    for (const line of lines) if (!atWordBoundaries(line, names)) problems.push(`"${line}" ends mid-word`)
    if (title && !names.includes(title)) problems.push(`tooltip "${title}" is not a whole name`)
  }
  return problems
}

async function zoomTo(page: Page, keys: string[]): Promise<void> {
  // The shortcuts reach tldraw while its container has the focus; a click could select a frame.
  await page.locator('.tl-container').focus()
  for (const key of keys) await page.keyboard.press(key)
}

/** Zooms the whole board to fit, then in with the mouse wheel (and Ctrl) over `frame`. */
async function zoomInOver(page: Page, frame: Locator, notches: number): Promise<void> {
  await zoomTo(page, ['Shift+1'])
  const box = await frame.boundingBox()
  if (!box) throw new Error('the frame is not on screen')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.keyboard.down('Control')
  for (let i = 0; i < notches; i++) await page.mouse.wheel(0, -100)
  await page.keyboard.up('Control')
}

async function expectBarClearOfTldraw(page: Page): Promise<void> {
  const bar = await page.getByTestId('breakout-bar').boundingBox()
  if (!bar) throw new Error('no breakout bar')
  let checked = 0
  for (const id of TLDRAW_CONTROLS) {
    const control = page.getByTestId(id)
    if (!(await control.isVisible())) continue
    const box = await control.boundingBox()
    if (!box) continue
    checked++
    expect(intersects(bar, box), `the breakout bar covers ${id}`).toBe(false)
  }
  expect(checked).toBeGreaterThan(0)
}

test('labels fit their frames at every zoom, and bars cover none of tldraw’s controls', async ({ browser, server }) => {
  test.setTimeout(240_000)
  // Reduced motion: tldraw moves the camera at once, so every zoom is measured where it lands.
  const fac = await newPerson(browser, server.origin, { viewport: { width: 1400, height: 900 }, reducedMotion: 'reduce' })
  const page = fac.page
  await createBoardFromHome(page, server.origin, 'Asamblea de diciembre')
  await join(page, 'Łucja Wróblewska', 'Facilitación')

  // At 1,400 px the buttons show their words. A facilitator's bar holds every feature's
  // button: the last panel toggles fold to their icons (and tooltips) before the title is cut.
  const widthOf = async (label: Locator) => (await label.boundingBox())?.width ?? 0
  for (const label of await page.locator('.topbar .narrow-hidden:not(.compact-label), [data-testid="add-sticky"] span').all()) {
    expect(await widthOf(label), (await label.textContent()) ?? '').toBeGreaterThan(8)
  }
  const toggles = await page.locator('.topbar .compact-label').all()
  const worded: boolean[] = []
  for (const label of toggles) worded.push((await widthOf(label)) > 8)
  expect(worded.filter(Boolean).length, 'panel toggles with their words').toBeGreaterThanOrEqual(5)
  // Folded from the right: the worded ones come first, and a folded one keeps its tooltip.
  expect(worded.indexOf(false) === -1 || !worded.slice(worded.indexOf(false)).includes(true)).toBe(true)
  for (const [index, label] of toggles.entries()) {
    if (!worded[index]) await expect(label.locator('xpath=ancestor::button[1]')).toHaveAttribute('title', /\S/)
  }
  await page.screenshot({ path: `${SHOTS}/01-topbar-1400.png`, clip: { x: 0, y: 0, width: 1400, height: 120 } })

  // 31 coops, each with its corner.
  const directory = await openDirectory(page)
  await directory.getByTestId('import-roster-button').click()
  const dialog = page.getByTestId('import-roster-dialog')
  await dialog.getByLabel('Member list').fill(COOPS.join('\n'))
  await expect(dialog.getByTestId('import-summary')).toHaveText('31 coops: 31 new')
  await dialog.getByTestId('import-roster-submit').click()
  await expect(dialog).toBeHidden()
  await expect(directory.getByTestId('directory-item')).toHaveCount(31)

  // Four breakout groups by topic; participants choose.
  const panel = await openBreakouts(page)
  await panel.getByRole('radio', { name: 'By topic' }).check()
  await panel.getByLabel('Topics, one per line').fill(TOPICS.join('\n'))
  await panel.getByRole('radio', { name: /Participants choose/ }).check()
  await panel.getByTestId('breakout-start').click()
  await expect(page.getByTestId('breakout-bar')).toBeVisible()
  await page.getByTestId('breakouts-button').click()
  await expect(panel).toBeHidden()

  const cornerFrame: FrameOf = { attribute: 'data-corner-id', selector: '.tl-shape[data-shape-id="{id}"]:not(.tl-shape-background)' }
  const groupFrame: FrameOf = { attribute: 'data-group-id', selector: areaFrameSelector('{id}') }
  const corners = page.getByTestId('corner-label')
  const groups = page.getByTestId('area-label')

  // The whole board, tldraw's smallest zoom, then tldraw's zoom steps back up to 100%.
  const steps: { name: string; keys: string[]; zoom?: string }[] = [
    { name: 'fit', keys: ['Shift+1'] },
    { name: 'smallest', keys: Array.from({ length: 8 }, () => '-'), zoom: '5%' },
    { name: '10', keys: ['Shift+0', '-', '-', '-'], zoom: '10%' },
    { name: '25', keys: ['Shift+0', '-', '-'], zoom: '25%' },
    { name: '50', keys: ['Shift+0', '-'], zoom: '50%' },
    { name: '100', keys: ['Shift+0'], zoom: '100%' },
  ]
  let cornerLabels = 0
  let groupLabels = 0
  for (const step of steps) {
    await zoomTo(page, step.keys)
    if (step.zoom) await expect(page.getByTestId('minimap.zoom-menu-button')).toHaveText(step.zoom)
    // The labels follow the camera a frame after the shapes: wait for them to settle.
    await expect.poll(() => labelProblems(corners, cornerFrame, COOPS)).toEqual([])
    await expect.poll(() => labelProblems(groups, groupFrame, TOPICS)).toEqual([])
    await page.screenshot({ path: `${SHOTS}/02-zoom-${step.name}.png` })
    cornerLabels += await corners.count()
    groupLabels += await groups.count()
    await expectBarClearOfTldraw(page)
  }
  // Zoomed in over a group's area, part way and close: its label still fits.
  await zoomTo(page, ['Shift+1'])
  const firstGroup = (await groups.first().getAttribute('data-group-id')) ?? ''
  for (const [name, notches] of [
    ['area-middle', 6],
    ['area-close', 14],
  ] as const) {
    await zoomInOver(page, areaFrame(page, (await groups.first().getAttribute('data-group-id')) ?? ''), notches)
    await expect(page.locator(`[data-testid="area-label"][data-group-id="${firstGroup}"]`)).toBeVisible()
    await expect.poll(() => labelProblems(groups, groupFrame, TOPICS)).toEqual([])
    await expect.poll(() => labelProblems(corners, cornerFrame, COOPS)).toEqual([])
    await page.screenshot({ path: `${SHOTS}/02-zoom-${name}.png` })
  }

  // Zoomed out, the coops are named; some names had to be shortened, none was cut.
  expect(cornerLabels).toBeGreaterThan(31)
  expect(groupLabels).toBeGreaterThan(4)

  // The breakout bar stays clear of tldraw's controls at every width, on a phone too.
  for (const [width, height] of [
    [1024, 768],
    [800, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height })
    await expectBarClearOfTldraw(page)
    await page.screenshot({ path: `${SHOTS}/03-bar-${width}.png` })
  }
  await page.setViewportSize({ width: 1400, height: 900 })

  // Ended, the group areas are locked: the badges sit inside their areas at every zoom.
  await openBreakouts(page)
  await panel.getByTestId('breakout-end').click()
  await panel.getByTestId('breakout-end-confirm').click()
  await expect(panel.getByTestId('breakout-ended')).toBeVisible()
  await page.getByTestId('breakouts-button').click()
  const badges = page.getByTestId('area-badge-locked')
  for (const step of steps) {
    await zoomTo(page, step.keys)
    const count = await badges.count()
    for (let i = 0; i < count; i++) {
      const badge = badges.nth(i)
      const frame = page.locator(`.tl-shape[data-shape-id="${await badge.getAttribute('data-area-id')}"]:not(.tl-shape-background)`)
      const [box, frameBox] = [await badge.boundingBox(), await frame.boundingBox()]
      if (!box || !frameBox) throw new Error('a badge or its area has no box')
      expect(inside(box, frameBox), `badge inside its area at ${step.name}`).toBe(true)
    }
    await page.screenshot({ path: `${SHOTS}/04-locked-${step.name}.png` })
  }

  // In Spanish the words are longer: the bar folds a little earlier, the badges still fit.
  const boardUrl = page.url()
  await page.goto(server.origin)
  await page.getByLabel('Language').selectOption('es')
  await page.goto(boardUrl)
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'connected')
  await expect(page.getByTestId('add-sticky')).toContainText('Agregar nota')
  await zoomTo(page, ['Shift+1'])
  await expect(page.getByTestId('area-badge-locked').first()).toContainText('Bloqueada')
  await expect.poll(() => labelProblems(corners, cornerFrame, COOPS)).toEqual([])
  await page.screenshot({ path: `${SHOTS}/05-es-1400.png` })
  await page.setViewportSize({ width: 390, height: 844 })
  await expect.poll(() => labelProblems(corners, cornerFrame, COOPS)).toEqual([])
  await page.screenshot({ path: `${SHOTS}/05-es-390.png` })
})
