/** Markdown tables of the suite's results, as printed and as pasted into docs/PERFORMANCE.md. */
import type { ColdJoinResult } from '../scenarios/coldJoin'
import type { FanoutResult } from '../scenarios/fanout'
import { SERVER_LABELS } from './servers'

const cell = (value: number | null | undefined, unit = ''): string => (value === null || value === undefined ? '–' : `${value}${unit}`)

/** The fan-out and live-meeting table: one row per server and size. */
export function fanoutTable(results: readonly FanoutResult[]): string {
  const lines = [
    '| scenario | server | N | edit p50 | edit p99 | edit max | undelivered | cursor p50 | cursor p99 | cursor states /client/s (sent) | disconnects | server CPU | µs CPU / delivery | clients’ CPU | machine busy | server RSS | KB / connection |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ]
  for (const r of results) {
    const undelivered =
      r.pairs === 0 ? '–' : `${r.undelivered} / ${r.pairs}${r.undelivered ? ` (${((100 * r.undelivered) / r.pairs).toFixed(1)}%)` : ''}`
    const synced = r.synced < r.clients ? ` (${r.clients - r.synced} never synced)` : ''
    lines.push(
      `| ${r.scenario === 'live' ? `(b) live, ${r.cursorHz} Hz cursors` : '(a) fan-out'} | ${SERVER_LABELS[r.server]} | ${r.clients}${synced} | ${cell(r.editP50, ' ms')} | ${cell(r.editP99, ' ms')} | ${cell(r.editMax, ' ms')} | ${undelivered} | ${cell(r.cursorP50, ' ms')} | ${cell(r.cursorP99, ' ms')} | ${r.cursorHz ? `${r.cursorStatesPerClientSecond} (${r.cursorStatesSentPerClientSecond})` : '–'} | ${r.disconnects} | ${cell(r.serverCpuPercent, '%')} | ${cell(r.serverCpuMicrosPerDelivery)} | ${cell(r.clientsCpuPercent, '%')} | ${r.machineBusyPercent}% | ${cell(r.serverRssIdleMB, ' MB')} | ${cell(r.serverKBPerConnection)} |`,
    )
  }
  return lines.join('\n')
}

/** The cold-join table. */
export function coldJoinTable(results: readonly ColdJoinResult[]): string {
  const lines = [
    '| server | variant | notes | bytes on the wire | compressed | gzip of the state | time to synced | room memory (RSS) |',
    '|---|---|---:|---:|---|---:|---:|---:|',
  ]
  for (const r of results) {
    lines.push(
      `| ${SERVER_LABELS[r.server]} | ${r.variant} | ${r.notes} | ${Math.round(r.wireBytes / 1000)} kB | ${r.deflate ? 'permessage-deflate' : 'no'} | ${Math.round(r.stateGzipBytes / 1000)} kB | ${r.syncedMs} ms | ${cell(r.roomMB, ' MB')} |`,
    )
  }
  return lines.join('\n')
}
