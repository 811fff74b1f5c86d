/**
 * The room's one line of asynchronous work: batches of client updates, compactions and
 * catch-ups run one after another, so none sees the document half-way through another.
 */

/** Runs tasks in order; a failing task is reported and the next one runs all the same. */
export class TaskQueue {
  private tail: Promise<void> = Promise.resolve()

  constructor(private readonly onError: (error: unknown) => void) {}

  /** Queues `task` after everything queued so far. */
  enqueue(task: () => Promise<void>): void {
    this.tail = this.tail.then(task).catch(this.onError)
  }

  /** Resolves once every task queued so far has run. */
  idle(): Promise<void> {
    return this.tail
  }
}
