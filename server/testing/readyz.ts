/** Polls a server's `/readyz` for tests: its answer is cached for a second, so a change shows within a few. */
import { isDeepStrictEqual } from 'node:util'

/** What `/readyz` answered: the status and the JSON body. */
export interface ReadyzAnswer {
  status: number
  body: unknown
}

/** One `GET /readyz`. */
export async function getReadyz(origin: string): Promise<ReadyzAnswer> {
  const response = await fetch(`${origin}/readyz`)
  return { status: response.status, body: await response.json() }
}

/** Asks `/readyz` until it answers `expected` or `timeoutMs` passes; returns the last answer. */
export async function readyzUntil(origin: string, expected: ReadyzAnswer, timeoutMs = 15_000): Promise<ReadyzAnswer> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const answer = await getReadyz(origin)
    if (isDeepStrictEqual(answer, expected) || Date.now() > deadline) return answer
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
