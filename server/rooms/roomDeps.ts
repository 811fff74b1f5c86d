/** What a room needs from the outside, and what it reports; everything is injected. */
import type { Role } from '../../shared/protocol'
import type { Fanout } from '../fanout/types'
import type { PresenceLimitConfig, PresenceLimitExceeded } from '../limits/presenceLimit'
import type { Logger } from '../logger'
import type { BoardStore } from '../persistence/types'
import type { DocPolicy, Refusal } from '../policy/types'
import type { RoomAudience } from './audience'
import type { Room } from './Room'

/** What happened in a room, for metrics. Every method is optional to implement. */
export interface RoomEvents {
  refused?(refusal: Refusal, role: Role): void
  stored?(ms: number, bytes: number): void
  broadcast?(bytes: number, receivers: number): void
  /** A connection was closed with 4005 for exceeding a presence cap (limits/presenceLimit.ts). */
  presenceLimited?(limit: PresenceLimitExceeded): void
  /** A room was loaded from the store (subscribed, read, decoded, checked) in `ms`. */
  loaded?(ms: number): void
  /** Loading a room failed (the store could not be read). */
  loadFailed?(): void
  /** A room's update log was compacted into a snapshot of `bytes` in `ms`. */
  compacted?(ms: number, bytes: number): void
  /** Compacting failed; the log stays as it was and the next compaction tries again. */
  compactionFailed?(): void
}

/** What a room needs from the outside. */
export interface RoomDeps {
  store: BoardStore
  logger: Logger
  policy: DocPolicy
  events?: RoomEvents
  /** Compact the stored log into a snapshot after this many appended updates. */
  compactEvery: number
  /** Called when storing fails: the room must be dropped without storing its memory state. */
  onStorageFailure?(room: Room): void
  /** How rooms of the same board on other server nodes hear each other; none by default. */
  fanout?: Fanout
  /**
   * Who sees whose presence and which coop a presence names, read from the board's features
   * (server/boardAudience.ts); absent: no feature, everyone sees everyone (NO_AUDIENCE).
   */
  audience?: RoomAudience
  /**
   * Presence changes are relayed to the room's connections at most once per this many
   * milliseconds, all changes of the interval in one frame (0 or absent: each change at once).
   * See docs/PERFORMANCE.md: at 300 people the relay count, not the bytes, decides.
   */
  awarenessFlushMs?: number
  /**
   * With coalescing on, at most this many presence states per second are relayed to one
   * connection; the rest wait, oldest change first, and go out with their latest state. Keeps
   * what each client must decode bounded however many people move in its view (absent: no cap).
   */
  awarenessStatesPerSecond?: number
  /**
   * With coalescing on, presence a connection cannot see (outside its view, on another page,
   * in another breakout group) reaches it at this interval instead of at once; 0 or absent
   * sends everything at once. See presenceRelay.ts.
   */
  presenceRefreshMs?: number
  /** Caps on what one connection may claim in awareness (absent: DEFAULT_PRESENCE_LIMITS). */
  presenceLimits?: PresenceLimitConfig
}
