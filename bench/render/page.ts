/**
 * One measured page: a fresh browser context opens `url`, the probe times the load (a)–(c),
 * then a scripted 3 s pan and 3 s zoom (camera moves driven by the page's own frames) record
 * the frame intervals, with 1 s of standing still as the machine's floor.
 */
import type { Browser, Page } from '@playwright/test'
import { percentile } from '../lib/measure'
import { asProbeState, probeScript, PROBE_CONTROL, PROBE_GLOBAL, type GestureKind, type ProbeState } from './probe'

/** A normal desktop window. */
export const VIEWPORT = { width: 1440, height: 900 }
const GESTURE_MS = 3000
const IDLE_MS = 1000

/** Load timings, ms since navigation start. */
export interface LoadTimes {
  /** The editor mounted. */
  editorMs: number
  /** (a) every shape in the editor's store. */
  storeMs: number
  /** (b) the notes in view painted. */
  paintedMs: number
  /** (c) a click sent right after (b) has selected a note and that selection was painted. */
  interactiveMs: number
  /** Of (c): from the click's pointerdown reaching the page to the painted selection. */
  clickToSelectedMs: number
  visibleNotes: number
  maxShapesPerPage: number | null
  canCreateOneMore: boolean | null
}

/** Frame intervals of one gesture. */
export interface FrameStats {
  frames: number
  p50: number
  p95: number
  max: number
  /** Share of frames longer than 33 ms (below 30 fps), 0–1. */
  over33: number
  zoomMin: number | null
  zoomMax: number | null
}

/** Everything one page run measured. */
export interface PageRun {
  load: LoadTimes
  /** No camera move: what this machine's headless Chromium paints when nothing changes. */
  idle: FrameStats
  pan: FrameStats
  zoom: FrameStats
}

async function readProbe(page: Page): Promise<ProbeState> {
  return asProbeState(await page.evaluate(`window.${PROBE_GLOBAL}`))
}

const round = (ms: number): number => Math.round(ms * 10) / 10

async function gesture(page: Page, kind: GestureKind, durationMs: number): Promise<FrameStats> {
  await page.evaluate(`window.${PROBE_CONTROL}.gesture(${JSON.stringify(kind)}, ${durationMs})`)
  const probe = await readProbe(page)
  if (probe.frames.length === 0) throw new Error(`no frames were recorded during the ${kind}`)
  return {
    frames: probe.frames.length,
    p50: round(percentile(probe.frames, 50)),
    p95: round(percentile(probe.frames, 95)),
    max: round(Math.max(...probe.frames)),
    over33: probe.frames.filter((ms) => ms > 33).length / probe.frames.length,
    zoomMin: probe.zoomMin,
    zoomMax: probe.zoomMax,
  }
}

/**
 * Measures one page. `initScripts` run before the page's own (Plenary's remembered identity).
 * Throws when fewer than `expected` shapes reach the editor or the DOM: a page that silently
 * rendered less must not yield a fast figure.
 */
export async function measurePage(browser: Browser, url: string, expected: number, initScripts: readonly string[] = []): Promise<PageRun> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  try {
    for (const content of initScripts) await context.addInitScript({ content })
    await context.addInitScript({ content: probeScript(expected) })
    const page = await context.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(url, { waitUntil: 'commit' })
    try {
      await page.waitForFunction(`window.${PROBE_GLOBAL} && window.${PROBE_GLOBAL}.paintedMs !== null`, undefined, {
        timeout: 60_000,
        polling: 'raf',
      })
    } catch {
      const probe = await readProbe(page).catch(() => null)
      throw new Error(
        `${url}: the board never rendered ${expected} notes (editor found: ${probe?.editorFound ?? '?'}, ` +
          `store: ${probe?.storeShapes ?? '?'} shapes, DOM: ${probe?.domNotes ?? '?'} notes, shown in view: ${probe?.visibleNotes ?? '?'})` +
          (pageErrors.length ? `; page errors: ${pageErrors.slice(0, 3).join(' | ')}` : ''),
      )
    }
    const loaded = await readProbe(page)
    if (
      loaded.storeShapes < expected ||
      loaded.domNotes < expected ||
      loaded.editorMs === null ||
      loaded.storeMs === null ||
      loaded.paintedMs === null ||
      !loaded.target
    ) {
      throw new Error(`${url}: only ${loaded.storeShapes} shapes in the store and ${loaded.domNotes} in the DOM, ${expected} expected`)
    }
    await page.mouse.click(loaded.target.x, loaded.target.y)
    await page.waitForFunction(`window.${PROBE_GLOBAL}.selectedMs !== null`, undefined, { timeout: 30_000, polling: 'raf' })
    const clicked = await readProbe(page)
    if (clicked.selectedMs === null || clicked.pointerDownMs === null) throw new Error('the click selected nothing')
    const load: LoadTimes = {
      editorMs: round(loaded.editorMs),
      storeMs: round(loaded.storeMs),
      paintedMs: round(loaded.paintedMs),
      interactiveMs: round(clicked.selectedMs),
      clickToSelectedMs: round(clicked.selectedMs - clicked.pointerDownMs),
      visibleNotes: loaded.visibleNotes,
      maxShapesPerPage: loaded.maxShapesPerPage,
      canCreateOneMore: loaded.canCreateOneMore,
    }
    // Let the load's trailing work (fonts, presence, idle callbacks) settle before the gestures.
    await page.keyboard.press('Escape')
    await page.waitForTimeout(1000)
    const idle = await gesture(page, 'idle', IDLE_MS)
    // Sideways along the board at 1,500 px/s, as someone scanning the notes does.
    const pan = await gesture(page, 'pan', GESTURE_MS)
    // Out to 20% (about 25 times the notes in view) and back in.
    const zoom = await gesture(page, 'zoom', GESTURE_MS)
    return { load, idle, pan, zoom }
  } finally {
    await context.close()
  }
}
