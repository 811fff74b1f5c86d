/**
 * A process and all its descendants, read from Linux /proc: how many there are and how much
 * resident memory they hold together (npm, tsx and esbuild each run as a process of their own).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { processRssBytes } from './procstat'

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name may hold spaces; fields are counted after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return Number(fields[1])
  } catch {
    return null
  }
}

/** `root` and every process descended from it, alive right now. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const pid = Number(entry)
    const parent = parentOf(pid)
    if (parent === null) continue
    children.set(parent, [...(children.get(parent) ?? []), pid])
  }
  const tree: number[] = []
  const pending = [root]
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    tree.push(pid)
    pending.push(...(children.get(pid) ?? []))
  }
  return tree
}

/** One process of a tree: its command line and resident memory. */
export interface TreeProcess {
  pid: number
  rssBytes: number
  command: string
}

/** Every process in `root`'s tree with its resident memory, and their sum. */
export function treeMemory(root: number): { processes: TreeProcess[]; rssBytes: number } {
  const processes: TreeProcess[] = []
  for (const pid of processTree(root)) {
    const rssBytes = processRssBytes(pid)
    if (rssBytes === null) continue
    let command = ''
    try {
      command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ')
    } catch {
      // Gone between the listing and this read.
    }
    processes.push({ pid, rssBytes, command })
  }
  return { processes, rssBytes: processes.reduce((sum, p) => sum + p.rssBytes, 0) }
}
