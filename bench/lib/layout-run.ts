/**
 * The layout benchmark itself (entry point: bench/layout.ts). For each candidate layout:
 * one client creates the notes, three clients (three Y.Docs exchanging every update, as
 * through the server) move random notes, then the final document is measured the way the
 * server and a joining client would use it (layoutSession.ts, layoutMeasure.ts); the figures
 * are printed as Markdown (layoutTable.ts) and written to bench/results/layout.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { gzipSync } from 'node:zlib'
import {
  layoutKeyValue,
  layoutNestedMap,
  layoutSplitPosition,
  layoutWholeRecord,
  loadYKeyValue,
  type Layout,
  type LayoutKey,
} from './layouts'
import { layoutChangedParts, layoutFlatFields, layoutFourParts, layoutNestedFields, layoutPropsMetaMaps } from './mergingLayouts'
import { measureLayout, mergeScaling, type LayoutResult, type MergeScaling } from './layoutMeasure'
import { CLIENTS, MOVES, NOTES, SEED } from './layoutSession'
import { markdown, type Reference } from './layoutTable'
import { mean } from './measure'
import { makeNotes, type Position } from './notes'
import { createRng } from './prng'

function packageVersion(name: string): string | null {
  try {
    const url = new URL(`../../node_modules/${name}/package.json`, import.meta.url)
    const parsed: unknown = JSON.parse(readFileSync(url, 'utf8'))
    if (typeof parsed === 'object' && parsed !== null && 'version' in parsed && typeof parsed.version === 'string') {
      return parsed.version
    }
    return null
  } catch {
    return null
  }
}

function selectedLayouts(): Set<LayoutKey> {
  // `--layouts=A,C` runs a subset, e.g. to skip D's slow session while iterating.
  const arg = process.argv.find((a) => a.startsWith('--layouts='))
  const all: LayoutKey[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'P']
  if (arg === undefined) return new Set(all)
  const wanted = arg.slice('--layouts='.length).toUpperCase().split(',')
  return new Set(all.filter((key) => wanted.includes(key)))
}

/** The layout whose raw log gets the Y.mergeUpdates scaling check (the recommended one). */
const MERGE_LAYOUT: LayoutKey = 'P'

/** Runs the layouts chosen by `--layouts=` (all by default), prints the tables and writes the JSON report. */
export async function runLayoutBenchmark(): Promise<void> {
  const started = performance.now()
  const { notes } = makeNotes(createRng(SEED), NOTES)
  const recordBytes = notes.map((n) => Buffer.byteLength(JSON.stringify(n)))

  const wanted = selectedLayouts()
  const layouts: Layout[] = [
    layoutWholeRecord,
    layoutNestedMap,
    layoutSplitPosition,
    layoutPropsMetaMaps,
    layoutNestedFields,
    layoutFlatFields,
    layoutFourParts,
    layoutChangedParts,
  ]
  if (wanted.has('D')) {
    const YKeyValue = await loadYKeyValue()
    if (YKeyValue === null) {
      console.error('y-utility is not installed, skipping layout D (npm install --no-save y-utility)')
    } else {
      layouts.push(layoutKeyValue(YKeyValue))
    }
  }

  const results: LayoutResult[] = []
  let merge: MergeScaling | null = null
  let finalBoard: Map<string, Position> | null = null
  for (const layout of layouts.filter((l) => wanted.has(l.key))) {
    const layoutStart = performance.now()
    const { result, log, expected } = measureLayout(layout, notes)
    results.push(result)
    if (layout.key === MERGE_LAYOUT) merge = { layout: layout.key, runs: mergeScaling(log) }
    console.error(`${layout.name}: measured in ${((performance.now() - layoutStart) / 1000).toFixed(1)} s`)
    finalBoard ??= expected
  }

  const finalJson = Buffer.from(JSON.stringify(notes.map((n) => ({ ...n, ...(finalBoard?.get(n.id) ?? {}) }))))
  const reference: Reference = {
    recordJsonBytes: { mean: mean(recordBytes), min: Math.min(...recordBytes), max: Math.max(...recordBytes) },
    finalBoardJsonBytes: finalJson.length,
    finalBoardJsonGzipBytes: gzipSync(finalJson).length,
  }

  console.log(markdown(results, reference, merge))

  const report = {
    command: 'npx tsx bench/layout.ts',
    environment: {
      node: process.version,
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      yjs: packageVersion('yjs'),
      tldraw: packageVersion('tldraw'),
      'y-utility': packageVersion('y-utility'),
      heapMeasured: globalThis.gc !== undefined,
    },
    workload: { seed: SEED, notes: NOTES, moves: MOVES, clients: CLIENTS },
    reference,
    results,
    mergeUpdatesScaling: merge,
    totalSeconds: (performance.now() - started) / 1000,
  }
  const dir = new URL('../results/', import.meta.url)
  mkdirSync(dir, { recursive: true })
  writeFileSync(new URL('layout.json', dir), JSON.stringify(report, null, 2) + '\n')
  console.error(`wrote bench/results/layout.json in ${report.totalSeconds.toFixed(1)} s total`)
}
