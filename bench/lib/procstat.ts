/**
 * Process and machine figures read from Linux /proc: CPU time of one process, its resident
 * memory, and how busy the whole machine is. Read before and after a measured window.
 */
import { readFileSync } from 'node:fs'

/** Kernel clock ticks per second for /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100

/** CPU seconds (user + system) a process has used so far; null when it is gone. */
export function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name may hold spaces; fields are counted after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const utime = Number(fields[11])
    const stime = Number(fields[12])
    return (utime + stime) / TICKS_PER_SECOND
  } catch {
    return null
  }
}

/** Resident set size of a process in bytes; null when it is gone. */
export function processRssBytes(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const match = /VmRSS:\s+(\d+) kB/.exec(status)
    return match?.[1] ? Number(match[1]) * 1024 : null
  } catch {
    return null
  }
}

/** Busy and total jiffies of all CPUs together. */
export interface MachineTicks {
  busy: number
  total: number
}

/** The machine's CPU counters now. */
export function machineTicks(): MachineTicks {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? ''
  const values = line.trim().split(/\s+/).slice(1).map(Number)
  const total = values.reduce((sum, v) => sum + v, 0)
  // idle + iowait are the not-busy columns.
  const idle = (values[3] ?? 0) + (values[4] ?? 0)
  return { busy: total - idle, total }
}

/** Share of the machine's CPU time that was busy between two readings, in percent. */
export function busyPercent(before: MachineTicks, after: MachineTicks): number {
  const total = after.total - before.total
  return total > 0 ? (100 * (after.busy - before.busy)) / total : 0
}

/** Wall-clock time on a clock every process of this machine shares (epoch ms, sub-ms precision). */
export function sharedNow(): number {
  return performance.timeOrigin + performance.now()
}
