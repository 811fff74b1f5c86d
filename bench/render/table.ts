/** Medians over a page's runs, and the Markdown table the suite prints for scenario `render`. */
import { median } from '../lib/measure'
import type { FrameStats, LoadTimes, PageRun } from './page'

/** Medians of the frame statistics over runs. */
export interface GestureMedians {
  p50: number
  p95: number
  max: number
  over33: number
}

/** The load figures summarised over a page's runs. */
type LoadFigure = 'editorMs' | 'storeMs' | 'paintedMs' | 'interactiveMs' | 'clickToSelectedMs' | 'visibleNotes'

/** Medians over a page's runs. */
export interface RunMedians extends Pick<LoadTimes, LoadFigure> {
  idle: GestureMedians
  pan: GestureMedians
  zoom: GestureMedians
}

const round = (value: number, places = 1): number => Math.round(value * 10 ** places) / 10 ** places

function gestureMedians(stats: readonly FrameStats[]): GestureMedians {
  return {
    p50: round(median(stats.map((s) => s.p50))),
    p95: round(median(stats.map((s) => s.p95))),
    max: round(median(stats.map((s) => s.max))),
    over33: round(median(stats.map((s) => s.over33)), 3),
  }
}

/** Each figure's median over `runs` (separately per figure). */
export function runMedians(runs: readonly PageRun[]): RunMedians {
  const load = (key: LoadFigure): number => round(median(runs.map((run) => run.load[key])))
  return {
    editorMs: load('editorMs'),
    storeMs: load('storeMs'),
    paintedMs: load('paintedMs'),
    interactiveMs: load('interactiveMs'),
    clickToSelectedMs: load('clickToSelectedMs'),
    visibleNotes: load('visibleNotes'),
    idle: gestureMedians(runs.map((run) => run.idle)),
    pan: gestureMedians(runs.map((run) => run.pan)),
    zoom: gestureMedians(runs.map((run) => run.zoom)),
  }
}

const pct = (share: number): string => `${round(share * 100)}%`
const ms = (value: number): string => `${Math.round(value)} ms`

/** The scenario's Markdown: load times with the ratio, then frame times. */
export function renderTable(rows: readonly { label: string; medians: RunMedians }[], notes: number, runs: number): string {
  const [plenary, peer] = rows
  const ratio = (pick: (m: RunMedians) => number): string =>
    plenary && peer ? `${round(pick(plenary.medians) / pick(peer.medians), 2)}×` : '–'
  const lines = [
    `Render of ${notes.toLocaleString('en')} notes in Chromium (median of ${runs} fresh pages, ms from navigation start)`,
    '',
    '| page | editor mounted | (a) all shapes in store | (b) notes in view painted | (c) click handled | click → selection painted | notes in view |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      ({ label, medians: m }) =>
        `| ${label} | ${ms(m.editorMs)} | ${ms(m.storeMs)} | ${ms(m.paintedMs)} | ${ms(m.interactiveMs)} | ${ms(m.clickToSelectedMs)} | ${m.visibleNotes} |`,
    ),
  ]
  if (plenary && peer) {
    lines.push(
      `| ratio Plenary / bare tldraw | ${ratio((m) => m.editorMs)} | ${ratio((m) => m.storeMs)} | ${ratio((m) => m.paintedMs)} | ${ratio((m) => m.interactiveMs)} | ${ratio((m) => m.clickToSelectedMs)} | |`,
    )
  }
  lines.push(
    '',
    '| page | camera (1 s still, 3 s moving) | frame p50 | frame p95 | frame max | frames > 33 ms |',
    '|---|---|---:|---:|---:|---:|',
    ...rows.flatMap(({ label, medians: m }) => [
      `| ${label} | still | ${m.idle.p50} ms | ${m.idle.p95} ms | ${m.idle.max} ms | ${pct(m.idle.over33)} |`,
      `| ${label} | pan 1,500 px/s | ${m.pan.p50} ms | ${m.pan.p95} ms | ${m.pan.max} ms | ${pct(m.pan.over33)} |`,
      `| ${label} | zoom 100% → 20% → 100% | ${m.zoom.p50} ms | ${m.zoom.p95} ms | ${m.zoom.max} ms | ${pct(m.zoom.over33)} |`,
    ]),
  )
  return lines.join('\n')
}
