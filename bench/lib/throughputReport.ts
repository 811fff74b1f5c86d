/** The Markdown table the throughput scenario prints (bench/scenarios/throughput.ts). */
import type { ThroughputResult } from '../scenarios/throughput'

const ms = (value: number) => value.toLocaleString('en-US')

export function throughputTable(result: ThroughputResult): string {
  const lines = [
    `Throughput: ${result.writers} writers (closed loop, ${result.window} edits in flight), ${result.receivers} receivers, ` +
      `${result.updateBytes}-byte edits, ${result.warmupSeconds} s warm-up + ${result.seconds} s measured, runs alternating`,
    '',
    '| persistence | run | edits/s delivered to all | sent/s | undelivered | server CPU | server µs / edit | writers CPU | receivers CPU | machine busy | load 1m |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ]
  const counters = { on: 0, off: 0 }
  for (const run of result.runs) {
    counters[run.persistence]++
    lines.push(
      `| ${run.persistence} | ${counters[run.persistence]} | ${ms(run.editsPerSecond)} | ${ms(run.sentPerSecond)} | ${run.undelivered} | ` +
        `${run.serverCpuPercent}% | ${run.serverUsPerEdit} | ${run.writersCpuPercent}% | ${run.receiversCpuPercent}% | ${run.machineBusyPercent}% | ${run.loadAverage1m} |`,
    )
  }
  for (const setting of ['on', 'off'] as const) {
    const median = result[setting]
    lines.push(
      `| **${setting}, median** | | **${ms(median.editsPerSecond)}** | | | ${median.serverCpuPercent}% | ${median.serverUsPerEdit} | | | | |`,
    )
  }
  const append = result.appendUpdate
  lines.push(
    '',
    `On / off: **${Math.round(result.ratio * 1000) / 10}%** of the edits/s (target ≥ 90%); ` +
      `${Math.round(result.cpuRatio * 1000) / 10}% as implied by the server's CPU per edit. ` +
      `One SQLite appendUpdate of ${append.bytes} bytes: p50 ${append.p50Us} µs, p99 ${append.p99Us} µs, mean ${append.meanUs} µs (${ms(append.samples)} samples).`,
  )
  return lines.join('\n')
}
