/**
 * The parent-facing side of a benchmark worker process (clientWorker.ts, throughputWorker.ts):
 * commands arrive over Node IPC, a failure goes back as an `error` message instead of killing
 * the worker silently, and `close` ends the process.
 */

/** What a worker does for each of its parent's commands. */
export interface WorkerCommands<Connect, Run> {
  /** Connect the worker's clients; resolves once they are ready (or have failed). */
  connect(command: Connect): Promise<void>
  run(command: Run): void
  /** Drop every connection; the process exits right after. */
  closeAll(): void
}

/** Serves the parent's commands with `commands` until `close`. */
export function serveParent<Connect extends { type: 'connect' }, Run extends { type: 'run' }>(
  commands: WorkerCommands<Connect, Run>,
): void {
  const handle = async (message: Connect | Run | { type: 'close' }): Promise<void> => {
    if (message.type === 'close') {
      // A socket still connecting errors when destroyed; the process is exiting anyway.
      process.on('uncaughtException', () => undefined)
      commands.closeAll()
      setTimeout(() => process.exit(0), 200)
    } else if (message.type === 'run') commands.run(message)
    else await commands.connect(message)
  }
  process.on('message', (message: Connect | Run | { type: 'close' }) => {
    handle(message).catch((error: unknown) =>
      process.send?.({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    )
  })
}
