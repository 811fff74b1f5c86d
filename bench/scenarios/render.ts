/**
 * Scenario `render`: a 5,000-note board in headless Chromium (1440 × 900). Plenary's real
 * client joins the board from its server as a participant; the peer is stock tldraw opening
 * the same records from a local snapshot. Each page is opened fresh 3 times (alternating) and
 * timed to (a) every shape in the store, (b) the notes in view painted, (c) a click handled;
 * then a 3 s pan and a 3 s zoom record frame intervals. See docs/PERFORMANCE.md.
 */
import { chromium } from '@playwright/test'
import { countBoardRecords } from '../../shared/boardDoc'
import { buildRenderPages } from '../render/builds'
import { measurePage, VIEWPORT, type PageRun } from '../render/page'
import { snapshotOfDoc } from '../render/snapshot'
import { startStaticServer } from '../render/staticServer'
import { renderTable, runMedians, type RunMedians } from '../render/table'
import { startBenchServer } from '../lib/servers'
import { NOTES, seedNotes } from './coldJoin'

/** One page's runs and their medians. */
export interface RenderPageResult {
  page: 'plenary' | 'tldraw'
  label: string
  runs: PageRun[]
  medians: RunMedians
}

/** What scenario `render` measured. */
export interface RenderResult {
  scenario: 'render'
  notes: number
  viewport: { width: number; height: number }
  pages: RenderPageResult[]
  /** Plenary / bare tldraw, of the medians; the target is ≤ 1.2. */
  ratio: { storeMs: number; paintedMs: number; interactiveMs: number }
  /** The targets, as measured here. */
  targets: { plenaryInteractiveUnder2s: boolean; ratioAtMost1_2: boolean }
  /** Plenary's maxShapesPerPage as its editor holds it, and whether a 5,001st note may be made. */
  plenaryMaxShapesPerPage: number | null
  plenaryCanCreateOneMore: boolean | null
  /** The Markdown table the suite printed. */
  table: string
}

const RUNS = 3
const LABELS = { plenary: 'Plenary (real client, synced from its server)', tldraw: 'bare tldraw 5.4.2, local snapshot' } as const

// Debian's Chromium, launched as the project's Playwright config does.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** A participant who joined before: the join dialog is skipped, and no coop means no corner to fly to. */
const REMEMBERED_IDENTITY = `try { localStorage.setItem('plenary.identity.v1', ${JSON.stringify(JSON.stringify({ name: 'Render bench', coop: '' }))}) } catch {}`

/** Runs the scenario; `log` reports progress. */
export async function runRender(log: (line: string) => void = () => undefined): Promise<RenderResult> {
  const builds = await buildRenderPages()
  const server = await startBenchServer('plenary', { CLIENT_DIR: builds.plenaryClientDir })
  let seeder: Awaited<ReturnType<typeof seedNotes>> | null = null
  let staticServer: Awaited<ReturnType<typeof startStaticServer>> | null = null
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  })
  try {
    const target = await server.newRoom('render')
    if (target.kind !== 'yws' || !target.params.token) throw new Error('Plenary target without a token')
    // The seeder stays connected, so the room stays loaded: this measures the browser, not SQLite.
    seeder = await seedNotes(target)
    const held = countBoardRecords(seeder.doc).notes
    if (held !== NOTES) throw new Error(`the board holds ${held} notes, ${NOTES} expected`)
    staticServer = await startStaticServer(builds.baselineDir, JSON.stringify(snapshotOfDoc(seeder.doc)))
    const origin = target.url.replace(/^ws/, 'http').replace(/\/sync$/, '')
    const urls = { plenary: `${origin}/b/${target.room}#token=${target.params.token}`, tldraw: `${staticServer.origin}/` }

    const runs: Record<'plenary' | 'tldraw', PageRun[]> = { plenary: [], tldraw: [] }
    for (let i = 0; i < RUNS; i++) {
      // Alternating spreads whatever else the machine does over both pages.
      for (const page of ['plenary', 'tldraw'] as const) {
        const run = await measurePage(browser, urls[page], NOTES, page === 'plenary' ? [REMEMBERED_IDENTITY] : [])
        runs[page].push(run)
        log(
          `render ${page} #${i + 1}: store ${run.load.storeMs} ms, painted ${run.load.paintedMs} ms, interactive ${run.load.interactiveMs} ms; pan p95 ${run.pan.p95} ms, zoom p95 ${run.zoom.p95} ms`,
        )
      }
    }
    const pages: RenderPageResult[] = (['plenary', 'tldraw'] as const).map((page) => ({
      page,
      label: LABELS[page],
      runs: runs[page],
      medians: runMedians(runs[page]),
    }))
    const [plenary, peer] = pages as [RenderPageResult, RenderPageResult]
    const ratioOf = (pick: (m: RunMedians) => number): number => Math.round((pick(plenary.medians) / pick(peer.medians)) * 100) / 100
    const ratio = {
      storeMs: ratioOf((m) => m.storeMs),
      paintedMs: ratioOf((m) => m.paintedMs),
      interactiveMs: ratioOf((m) => m.interactiveMs),
    }
    const firstLoad = plenary.runs[0]?.load
    return {
      scenario: 'render',
      notes: NOTES,
      viewport: VIEWPORT,
      pages,
      ratio,
      targets: { plenaryInteractiveUnder2s: plenary.medians.interactiveMs < 2000, ratioAtMost1_2: ratio.interactiveMs <= 1.2 },
      plenaryMaxShapesPerPage: firstLoad?.maxShapesPerPage ?? null,
      plenaryCanCreateOneMore: firstLoad?.canCreateOneMore ?? null,
      table: renderTable(
        pages.map((p) => ({ label: p.label, medians: p.medians })),
        NOTES,
        RUNS,
      ),
    }
  } finally {
    await browser.close()
    seeder?.destroy()
    await staticServer?.stop()
    await server.stop()
    builds.remove()
  }
}
