/**
 * Readiness: whether this node can serve boards now, as `GET /readyz` answers it, so a load
 * balancer stops sending people to a node that cannot store what they do. The store and the
 * fan-out each check their own part; the answer is cached briefly, so a flood of probes (load
 * balancers, container health checks) costs one check per second. Liveness (`/healthz`) is
 * another question: a node that is not ready is still alive, and restarting it would not help.
 */
import type { Logger } from '../logger'

/** Which part keeps a node from serving: its own lifecycle, its store or its fan-out. */
export type ReadinessReason = 'starting' | 'stopping' | 'sqlite' | 'postgres' | 'redis'

/**
 * Whether a part can serve; when it cannot, which part, and why (`cause`, for the log only:
 * it may name hosts, so it is never sent to the prober).
 */
export type Readiness = { ready: true } | { ready: false; reason: ReadinessReason; cause?: unknown }

/** One part's check. A failure should be an answer; a rejection is taken as "not ready" all the same. */
export type ReadinessCheck = () => Promise<Readiness>

/** A check and the part it checks, named when the check rejects instead of answering. */
export interface ReadinessPart {
  readonly part: ReadinessReason
  readonly check: ReadinessCheck
}

/** The answer every check gives when its part works. */
export const READY: Readiness = { ready: true }

/** The node's readiness, as `/readyz` reports it. */
export interface ReadinessProbe {
  /** Not ready while starting or stopping; otherwise the first failing check's answer, cached for a while. */
  check(): Promise<Readiness>
  /** The node listens and its parts are open: from now on the checks decide. */
  serving(): void
  /** The node is shutting down: not ready from now on, whatever the checks say. */
  stopping(): void
}

/** Options of {@link createReadinessProbe}. */
export interface ReadinessOptions {
  /** How long an answer is reused (default 1000 ms). */
  cacheMs?: number
  /** Told when the node stops or starts again being ready, with the cause. */
  logger?: Logger
  now?: () => number
}

/** Runs `probe`: ready if it resolves within `timeoutMs`, not ready for `reason` if it rejects or takes longer. */
export async function probeWithin(reason: ReadinessReason, timeoutMs: number, probe: () => Promise<unknown>): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    await Promise.race([probe(), timeout])
    return READY
  } catch (cause) {
    return { ready: false, reason, cause }
  } finally {
    clearTimeout(timer)
  }
}

/** A probe over `parts` (checked together; the first failing one, in this order, is the answer). */
export function createReadinessProbe(parts: readonly ReadinessPart[], options: ReadinessOptions = {}): ReadinessProbe {
  const cacheMs = options.cacheMs ?? 1000
  const now = options.now ?? Date.now
  let phase: 'starting' | 'serving' | 'stopping' = 'starting'
  // A check in flight is shared by every probe that arrives meanwhile; its answer then lasts cacheMs.
  let cached: { answer: Promise<Readiness>; expires: number } | null = null
  let lastReason: ReadinessReason | null = null

  const report = (answer: Readiness): void => {
    const reason = answer.ready ? null : answer.reason
    if (reason === lastReason) return
    if (!answer.ready)
      options.logger?.warn({ reason: answer.reason, err: answer.cause }, 'not ready: load balancers should stop sending people here')
    else options.logger?.info({ was: lastReason }, 'ready again')
    lastReason = reason
  }

  const run = async (): Promise<Readiness> => {
    const answers = await Promise.all(
      parts.map(({ part, check }) => check().catch((cause: unknown): Readiness => ({ ready: false, reason: part, cause }))),
    )
    const answer = answers.find((one) => !one.ready) ?? READY
    report(answer)
    return answer
  }

  return {
    check() {
      if (phase !== 'serving') return Promise.resolve({ ready: false, reason: phase })
      if (cached && now() < cached.expires) return cached.answer
      const entry = { answer: run(), expires: Number.POSITIVE_INFINITY }
      cached = entry
      // run() does not reject; `finally` would still end the entry's life if it did.
      void entry.answer
        .finally(() => {
          entry.expires = now() + cacheMs
        })
        .catch(() => undefined)
      return entry.answer
    },
    serving() {
      phase = 'serving'
    },
    stopping() {
      phase = 'stopping'
      cached = null
    },
  }
}
