/** The Markdown the layout benchmark prints (bench/layout.ts), as pasted into the docs. */
import type { LayoutResult, MergeScaling } from './layoutMeasure'
import { CLIENTS, MOVES, NOTES, SEED } from './layoutSession'

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(0)} kB`
const MB = (bytes: number): string => `${(bytes / 1_000_000).toFixed(2)} MB`
const ms = (value: number): string => (value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(0)} ms`)

/** Sizes any layout is compared against. */
export interface Reference {
  recordJsonBytes: { mean: number; min: number; max: number }
  /** The final board as one plain JSON array: what any layout has to carry at least. */
  finalBoardJsonBytes: number
  finalBoardJsonGzipBytes: number
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`
}

/** The tables and sentences of a run, one layout a row. */
export function markdown(results: readonly LayoutResult[], reference: Reference, merge: MergeScaling | null): string {
  const lines = [
    `${NOTES.toLocaleString('en')} tldraw 5.4.2 note records (mean ${reference.recordJsonBytes.mean.toFixed(0)} B of JSON each), ` +
      `${MOVES.toLocaleString('en')} moves by ${CLIENTS} clients; seed 0x${SEED.toString(16)}; 1 kB = 1000 B.`,
    '',
    row([
      'layout',
      'bytes per move (mean / p95)',
      'snapshot before moves',
      'snapshot after moves',
      'growth',
      'gzip',
      'decode (median of 5)',
      'cold join: decode + read all (median of 3)',
      'heap of decoded doc',
      'session time per move (mover + 2 peers)',
    ]),
    row(Array.from({ length: 10 }, () => '---')),
    ...results.map((r) =>
      row([
        r.name,
        `${r.bytesPerMove.mean.toFixed(0)} B / ${r.bytesPerMove.p95} B`,
        MB(r.snapshotBeforeMovesBytes),
        MB(r.snapshotBytes),
        `×${r.snapshotGrowth.toFixed(2)}`,
        kB(r.snapshotGzipBytes),
        ms(r.decodeMsMedian),
        ms(r.joinMsMedian),
        r.heapBytes === null ? 'n/a (no --expose-gc)' : MB(r.heapBytes),
        ms(r.sessionMsPerMove),
      ]),
    ),
    '',
    `Reference: the final board as plain JSON is ${MB(reference.finalBoardJsonBytes)}, ` +
      `${kB(reference.finalBoardJsonGzipBytes)} gzipped. Snapshot in update format v2, gzipped: ` +
      results.map((r) => `${r.key} ${kB(r.snapshotV2GzipBytes)}`).join(', ') +
      '.',
    '',
    'Loading the raw update log (every update of the session, applied one by one) versus one compacted snapshot:',
    '',
    row(['layout', 'raw log', 'apply one by one (median of 3)', 'apply snapshot (median of 5)']),
    row(Array.from({ length: 4 }, () => '---')),
    ...results.map((r) =>
      row([
        r.name,
        `${r.rawLog.updates.toLocaleString('en')} updates, ${MB(r.rawLog.bytes)}`,
        ms(r.rawLog.applyOneByOneMs),
        ms(r.rawLog.applySnapshotMs),
      ]),
    ),
  ]
  if (merge !== null) {
    lines.push(
      '',
      `Y.mergeUpdates over the first N updates of layout ${merge.layout}'s log: ` +
        merge.runs.map((m) => `${m.updates.toLocaleString('en')} → ${ms(m.ms)}`).join(', ') +
        '.',
    )
  }
  return lines.join('\n')
}
