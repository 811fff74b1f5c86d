/**
 * The per-connection rate limit of the sync endpoint: one token bucket for messages and one
 * for bytes. A connection that exceeds either is closed with 4002 (`CloseCode.rateLimited`),
 * which the stock y-websocket client answers by reconnecting with backoff.
 *
 * Awareness echoes (see awarenessEcho.ts) are paid for by echo credits instead: one credit
 * for each awareness frame the server sends the connection, since a stock client answers each
 * with at most one echo. So the limits hold in a room of any size, and a client cannot use
 * echoes to send more than the server itself sent it.
 */
import type { RateLimitConfig } from '../config'
import { TokenBucket, type Clock } from './tokenBucket'

/** Which limit a frame exceeded; a metrics label and a log field. */
export type RateLimitExceeded = 'messages' | 'bytes'

/** Admits or refuses a connection's incoming frames. */
export interface ConnectionRateLimit {
  /** The server sent the connection an awareness frame, which a stock client echoes once. */
  awarenessSent(): void
  /**
   * Accounts one frame of `bytes`; `echo` when it is an awareness echo. Returns the limit it
   * exceeds, or null when it is admitted.
   */
  admit(bytes: number, echo: boolean): RateLimitExceeded | null
}

/** A fresh limit for one connection (its buckets start full, so a resync burst passes). */
export function createConnectionRateLimit(config: RateLimitConfig, now?: Clock): ConnectionRateLimit {
  const messages = new TokenBucket(config.messageBurst, config.messagesPerSecond, now)
  const bytes = new TokenBucket(config.byteBurst, config.bytesPerSecond, now)
  // Bounded, so credits a client never used cannot be saved up for a flood.
  const maxEchoCredits = config.messageBurst
  let echoCredits = 0
  return {
    awarenessSent() {
      echoCredits = Math.min(maxEchoCredits, echoCredits + 1)
    },
    admit(frameBytes, echo) {
      if (echo && echoCredits > 0) {
        echoCredits--
        return null
      }
      if (!messages.take(1)) return 'messages'
      if (!bytes.take(frameBytes)) return 'bytes'
      return null
    },
  }
}
