/**
 * The parent's side of the client worker processes: forks them, hands each a share of the
 * clients, and collects their reports.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import type { ConnectedReport, ParentMessage, ResultsReport, Target, WorkerMessage } from './protocol'

/** A set of worker processes holding one run's clients. */
/** Node flags for the client workers, e.g. `BENCH_WORKER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"`. */
const WORKER_NODE_ARGS = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean)

export interface WorkerPool {
  /** The worker processes, to read their CPU time. */
  readonly pids: readonly number[]
  /** Connects every client; resolves with how many synced. */
  connect(): Promise<{ synced: number; failed: number }>
  /** Starts the run and resolves with every worker's results. */
  run(times: { startAt: number; measureFrom: number; stopAt: number; reportAt: number }): Promise<ResultsReport[]>
  close(): Promise<void>
}

const WORKER = join(import.meta.dirname, 'clientWorker.ts')

/** Forks `workers` processes sharing `clients` clients (index 0, the writer, in the first). */
export function startWorkers(options: { target: Target; clients: number; workers: number; cursorHz: number; editHz: number }): WorkerPool {
  const count = Math.max(1, Math.min(options.workers, options.clients))
  const children: ChildProcess[] = []
  const shares: number[][] = Array.from({ length: count }, () => [])
  for (let index = 0; index < options.clients; index++) shares[index % count]?.push(index)
  for (let i = 0; i < count; i++) {
    children.push(fork(WORKER, [], { execArgv: [...WORKER_NODE_ARGS, '--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }))
  }
  const next = <T extends WorkerMessage['type']>(child: ChildProcess, type: T): Promise<Extract<WorkerMessage, { type: T }>> =>
    new Promise((resolve, reject) => {
      const onMessage = (message: WorkerMessage) => {
        if (message.type === 'error') {
          child.off('message', onMessage)
          reject(new Error(`worker: ${message.message}`))
          return
        }
        if (message.type !== type) return
        child.off('message', onMessage)
        resolve(message as Extract<WorkerMessage, { type: T }>)
      }
      child.on('message', onMessage)
      child.once('exit', (code) => reject(new Error(`worker exited with ${code}`)))
    })
  const post = (child: ChildProcess, message: ParentMessage) => child.send(message)
  return {
    pids: children.map((child) => child.pid).filter((pid): pid is number => pid !== undefined),
    async connect() {
      const reports: ConnectedReport[] = await Promise.all(
        children.map((child, i) => {
          const reply = next(child, 'connected')
          post(child, {
            type: 'connect',
            target: options.target,
            indexes: shares[i] ?? [],
            cursorHz: options.cursorHz,
            editHz: options.editHz,
          })
          return reply
        }),
      )
      return {
        synced: reports.reduce((sum, r) => sum + r.synced, 0),
        failed: reports.reduce((sum, r) => sum + r.failed, 0),
      }
    },
    run(times) {
      return Promise.all(
        children.map((child) => {
          const reply = next(child, 'results')
          post(child, { type: 'run', ...times })
          return reply
        }),
      )
    },
    async close() {
      await Promise.all(
        children.map(async (child) => {
          if (child.exitCode !== null) return
          const exited = new Promise((resolve) => child.once('exit', resolve))
          post(child, { type: 'close' })
          const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
          await exited
          clearTimeout(timer)
        }),
      )
    },
  }
}
