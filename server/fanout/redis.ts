/**
 * Cross-node fan-out over Redis pub/sub (ioredis): one channel per board, one connection
 * subscribed to the channels of the boards this node has loaded and one for publishing.
 * Pub/sub delivers at most once, so nothing relies on it for durability: every update is in
 * PostgreSQL before it is published, and after an outage each node catches up from there
 * (see FanoutHandlers.resync). While Redis is down each node keeps serving its own clients.
 */
import { Redis } from 'ioredis'
import { asError } from '../../shared/values'
import { probeWithin, type Readiness } from '../health/readiness'
import type { Logger } from '../logger'
import { boardChannelName, decodeFanoutMessage, encodeFanoutMessage, FanoutKind } from './frames'
import type { BoardChannel, Fanout, FanoutEvents, FanoutHandlers } from './types'

/** Options of {@link openRedisFanout}. */
export interface RedisFanoutOptions {
  nodeId: string
  logger: Logger
  /** How long startup waits for Redis before serving without it (it connects later). */
  connectWaitMs?: number
  /** Told of every message sent to and received from the other nodes, for metrics. */
  events?: FanoutEvents
}

/** Longest wait for a SUBSCRIBE before a room loads anyway (resync on recovery covers it). */
const SUBSCRIBE_WAIT_MS = 2_000

/** How long Redis has to answer a readiness check's PING. */
const READINESS_TIMEOUT_MS = 1_000

/** Reconnect quickly at first, then every 2 s, forever: an outage must end by itself. */
const retryStrategy = (attempt: number): number => Math.min(100 * attempt, 2_000)

/** Connects to `url` (redis://…) and returns the fan-out; never fails because Redis is down. */
export async function openRedisFanout(url: string, options: RedisFanoutOptions): Promise<Fanout> {
  const { nodeId, logger } = options
  const log = logger.child({ nodeId })
  // Commands fail at once while disconnected instead of queueing: a publish that cannot go
  // out is caught up by the resync, and a room load must never wait for Redis.
  const connectionOptions = { enableOfflineQueue: false, autoResubscribe: false, maxRetriesPerRequest: 1, retryStrategy }
  const subscriber = new Redis(url, connectionOptions)
  const publisher = new Redis(url, connectionOptions)
  const channels = new Map<string, Set<FanoutHandlers>>()
  let closed = false

  const resyncAll = (): void => {
    for (const handlers of Array.from(channels.values())) for (const handler of handlers) handler.resync(true)
  }

  watchLink(subscriber, 'subscriber', log, async () => {
    // Subscriptions are re-made here rather than by ioredis so the resync below starts only
    // once every channel is listened to again: nothing published after it can be missed.
    const names = Array.from(channels.keys())
    if (names.length > 0) await subscriber.subscribe(...names).catch((error: unknown) => log.warn({ err: error }, 'resubscribing failed'))
    resyncAll()
  })
  // A publisher that was down may have dropped messages: others must catch up from the store.
  watchLink(publisher, 'publisher', log, async () => resyncAll())

  subscriber.on('messageBuffer', (channel: Buffer, bytes: Buffer) => {
    const handlers = channels.get(channel.toString())
    if (!handlers || closed) return
    const message = decodeFanoutMessage(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength))
    if (!message) {
      log.warn({ channel: channel.toString() }, 'ignored a malformed fan-out message')
      return
    }
    if (message.origin === nodeId) return
    options.events?.received?.(bytes.byteLength)
    for (const handler of Array.from(handlers)) {
      if (message.kind === FanoutKind.update) handler.update(message.payload)
      else if (message.kind === FanoutKind.awareness) handler.awareness(message.payload)
      else handler.resync(false)
    }
  })

  await Promise.all([subscriber, publisher].map((connection) => waitUntilReady(connection, options.connectWaitMs ?? 3_000)))
  if (subscriber.status !== 'ready' || publisher.status !== 'ready')
    log.warn({ url: redactUrl(url) }, 'Redis is not reachable yet; serving this node alone until it is')

  const publish = (channel: string, kind: FanoutKind, payload: Uint8Array): void => {
    if (closed || publisher.status !== 'ready') return
    const bytes = encodeFanoutMessage({ origin: nodeId, kind, payload })
    options.events?.published?.(bytes.byteLength)
    publisher.publish(channel, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).catch((error: unknown) => {
      log.debug({ err: error, channel }, 'publish failed; the resync after recovery covers it')
    })
  }

  return {
    nodeId,
    async join(boardId: string, handlers: FanoutHandlers): Promise<BoardChannel> {
      const name = boardChannelName(boardId)
      let members = channels.get(name)
      if (!members) {
        members = new Set()
        channels.set(name, members)
      }
      members.add(handlers)
      if (members.size === 1 && subscriber.status === 'ready') {
        await withTimeout(subscriber.subscribe(name), SUBSCRIBE_WAIT_MS).catch((error: unknown) =>
          log.warn({ err: error, boardId }, 'subscribing failed; will catch up when Redis is back'),
        )
      }
      let left = false
      return {
        reachesOtherNodes: true,
        publishUpdate: (update) => publish(name, FanoutKind.update, update),
        publishAwareness: (update) => publish(name, FanoutKind.awareness, update),
        publishResync: () => publish(name, FanoutKind.resync, new Uint8Array(0)),
        async leave() {
          if (left) return
          left = true
          const current = channels.get(name)
          current?.delete(handlers)
          if (!current || current.size > 0) return
          channels.delete(name)
          if (subscriber.status === 'ready' && !closed) {
            await subscriber.unsubscribe(name).catch((error: unknown) => log.debug({ err: error, boardId }, 'unsubscribe failed'))
          }
        },
      }
    },
    readiness(): Promise<Readiness> {
      // Both links must work: without the subscriber this node misses the others' edits, without the publisher they miss its own.
      const down = Object.entries({ subscriber, publisher }).find(([, connection]) => connection.status !== 'ready')
      if (closed || down) {
        const cause = new Error(down ? `the Redis ${down[0]} link is ${down[1].status}` : 'the fan-out is closed')
        return Promise.resolve({ ready: false, reason: 'redis', cause })
      }
      // A link can look ready while the network between has silently gone; a PING finds out.
      return probeWithin('redis', READINESS_TIMEOUT_MS, () => publisher.ping())
    },
    async close() {
      closed = true
      channels.clear()
      await Promise.all([subscriber, publisher].map((connection) => quitConnection(connection)))
    },
  }
}

/** Logs an outage once and calls `onRecovered` each time the connection is ready again. */
function watchLink(connection: Redis, name: string, log: Logger, onRecovered: () => Promise<void>): void {
  let everReady = false
  let down = false
  connection.on('ready', () => {
    if (down && everReady) log.info({ link: name }, 'Redis is back; catching up from the store')
    down = false
    everReady = true
    // Also on the first connection: rooms loaded while Redis was unreachable at startup
    // have missed messages too.
    void onRecovered()
  })
  connection.on('close', () => {
    if (!down && everReady) log.warn({ link: name }, 'lost Redis; serving this node’s clients only until it returns')
    down = true
  })
  // ioredis reports every failed reconnect attempt; the outage is logged once above.
  connection.on('error', (error: Error) => log.debug({ err: error, link: name }, 'Redis connection error'))
}

function waitUntilReady(connection: Redis, timeoutMs: number): Promise<void> {
  if (connection.status === 'ready') return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(done, timeoutMs)
    function done(): void {
      clearTimeout(timer)
      connection.off('ready', done)
      resolve()
    }
    connection.once('ready', done)
  })
}

async function quitConnection(connection: Redis): Promise<void> {
  if (connection.status === 'ready') {
    await withTimeout(connection.quit(), 1_000).catch(() => connection.disconnect())
  } else {
    connection.disconnect()
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer from Redis within ${ms} ms`)), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(asError(error))
      },
    )
  })
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return 'redis://…'
  }
}
