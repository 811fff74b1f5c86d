/**
 * The sync endpoint: WebSocket upgrades on `/sync/:boardId` become connections of the board's
 * room. Close codes (shared/protocol.ts) tell the stock y-websocket client whether to retry.
 * The per-connection limits live here, where the socket is: a rate limit on what a client
 * sends, a cap on what the server holds for a client that does not read, and pings that
 * find dead connections.
 */
import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocket, WebSocketServer, type RawData, type ServerOptions } from 'ws'
import { CloseCode, MessageType, Paths, TOKEN_PARAM, isBoardId, type Role } from '../../shared/protocol'
import { authenticate } from '../auth/boardAuth'
import type { RateLimitConfig } from '../config'
import type { HostCheck } from '../http/hostCheck'
import { createHostRefusalLog, type HostRefusalLog } from '../http/hostRefusalLog'
import { isOriginAllowed } from '../http/origin'
import { parseRequestTarget } from '../http/requestTarget'
import { newConnectionId } from '../ids'
import { isAwarenessEcho } from '../limits/awarenessEcho'
import { createConnectionRateLimit, type RateLimitExceeded } from '../limits/connectionRateLimit'
import type { Logger } from '../logger'
import { isStorageUnavailable } from '../persistence/errors'
import type { BoardStore } from '../persistence/types'
import type { RoomRegistry } from '../rooms/RoomRegistry'

/** What happened at the sync endpoint, for metrics. Every method is optional to implement. */
export interface TransportEvents {
  connected?(role: Role): void
  disconnected?(role: Role): void
  /** Bytes of one frame received from a client (any frame, also ones then refused). */
  received?(bytes: number): void
  /** Bytes of one frame handed to a client's socket. */
  sent?(bytes: number): void
  /** A connection was closed because a frame was not one well-formed message (4000, or a WebSocket protocol error). */
  malformedFrame?(): void
  /** A connection was closed because a frame exceeded `maxFrameBytes` (1009). */
  oversizedFrame?(): void
  /** A connection was closed with 4002 for exceeding `limit`. */
  rateLimited?(limit: RateLimitExceeded): void
  /** A connection was terminated because its unsent data exceeded `maxSendBufferBytes`. */
  slowReader?(): void
  /** A connection was terminated because it did not answer a ping. */
  deadConnection?(): void
}

/** What the sync endpoint needs. */
export interface SyncTransportDeps {
  store: BoardStore
  registry: RoomRegistry
  logger: Logger
  maxFrameBytes: number
  pingIntervalMs: number
  rateLimit: RateLimitConfig
  maxSendBufferBytes: number
  /** Compress frames of at least this many bytes with permessage-deflate; 0 = off (see config.ts). */
  perMessageDeflateBytes?: number
  /** The configured public origin, checked against the Origin header of browsers. */
  publicUrl: string | null
  /** Refuses upgrades whose Host is not one of ours (DNS rebinding; see http/hostCheck.ts). */
  hostCheck?: HostCheck
  /** How a refused host name is logged (shared with the HTTP guard); by default its own. */
  hostRefusals?: HostRefusalLog
  events?: TransportEvents
}

/** The running sync endpoint. */
export interface SyncTransport {
  /** Number of open WebSocket connections. */
  readonly connectionCount: number
  /** Stops accepting upgrades and pings; rooms are closed by the registry. */
  close(): void
}

/**
 * How long a peer has to answer our close frame before its socket is destroyed. ws waits 30 s
 * by default, during which a client closed for flooding could keep the server parsing frames.
 */
const CLOSE_TIMEOUT_MS = 5_000

/** ws error codes of frames over `maxPayload`; every other `WS_ERR_*` is a protocol violation. */
const TOO_LARGE_ERRORS = new Set(['WS_ERR_UNSUPPORTED_MESSAGE_LENGTH', 'WS_ERR_UNSUPPORTED_DATA_PAYLOAD_LENGTH'])

/** Per accepted socket: liveness for the pinger, and the logger carrying its ids. */
interface SocketState {
  alive: boolean
  log: Logger
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}

function errorCode(error: Error): string | undefined {
  const code: unknown = (error as Error & { code?: unknown }).code
  return typeof code === 'string' ? code : undefined
}

/** Attaches the sync endpoint to `server`. */
export function attachSyncTransport(server: Server, deps: SyncTransportDeps): SyncTransport {
  // ws (^8.23 here) reads closeTimeout, which @types/ws does not declare yet: hence the wider type.
  const options: ServerOptions & { closeTimeout: number } = {
    noServer: true,
    maxPayload: deps.maxFrameBytes,
    closeTimeout: CLOSE_TIMEOUT_MS,
    perMessageDeflate: deps.perMessageDeflateBytes
      ? {
          threshold: deps.perMessageDeflateBytes,
          // Without context takeover each message is compressed on its own, so zlib's window is
          // not kept alive between the rare large frames (a join's sync step 2).
          serverNoContextTakeover: true,
          clientNoContextTakeover: true,
        }
      : false,
  }
  const wss = new WebSocketServer(options)
  const sockets = new WeakMap<WebSocket, SocketState>()
  const events = deps.events ?? {}
  const hostRefusals = deps.hostRefusals ?? createHostRefusalLog(deps.logger)

  const refuse = (req: IncomingMessage, socket: Duplex, head: Buffer, code: number, reason: string) => {
    // Close codes only exist once the upgrade is complete, so accept and close at once.
    wss.handleUpgrade(req, socket, head, (ws) => ws.close(code, reason))
  }

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // A target the URL parser refuses would throw here, outside any handler, and end the process.
    const target = parseRequestTarget(req.url)
    if (!target?.pathname.startsWith(`${Paths.sync}/`)) {
      socket.destroy()
      return
    }
    if (deps.hostCheck && !deps.hostCheck(req.headers.host)) {
      // Refused before the upgrade: a page that reached us under a foreign name gets no socket.
      hostRefusals(req.headers.host, 'upgrade')
      socket.end('HTTP/1.1 421 Misdirected Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      return
    }
    void accept(req, socket, head, target.pathname.slice(Paths.sync.length + 1), target.searchParams.get(TOKEN_PARAM))
  }

  const accept = async (req: IncomingMessage, socket: Duplex, head: Buffer, rawBoardId: string, token: string | null) => {
    const connId = newConnectionId()
    let boardId: string
    try {
      boardId = decodeURIComponent(rawBoardId)
    } catch {
      return refuse(req, socket, head, CloseCode.badRequest, 'bad board id')
    }
    if (!isBoardId(boardId)) return refuse(req, socket, head, CloseCode.boardNotFound, 'no such board')
    const log = deps.logger.child({ boardId, connId })
    if (!isOriginAllowed(req, deps.publicUrl)) {
      log.warn({ origin: req.headers.origin }, 'refused a foreign origin')
      return refuse(req, socket, head, CloseCode.originNotAllowed, 'origin not allowed')
    }
    try {
      if (!(await deps.store.getBoard(boardId))) return refuse(req, socket, head, CloseCode.boardNotFound, 'no such board')
      const auth = await authenticate(deps.store, boardId, token)
      if (!auth.ok) {
        log.info({ reason: auth.reason }, 'refused a token')
        return auth.reason === 'revoked'
          ? refuse(req, socket, head, CloseCode.linkRevoked, 'this link was replaced')
          : refuse(req, socket, head, CloseCode.unauthorized, 'missing or wrong token')
      }
      const room = await deps.registry.acquire(boardId)
      wss.handleUpgrade(req, socket, head, (ws) => {
        const state: SocketState = { alive: true, log }
        sockets.set(ws, state)
        const rateLimit = createConnectionRateLimit(deps.rateLimit)
        const connection = room.addConnection({
          id: connId,
          role: auth.role,
          tokenHash: auth.tokenHash,
          socket: {
            send: (frame) => {
              // Terminated, or closing: nothing more is queued for this socket.
              if (ws.readyState !== WebSocket.OPEN) return
              // A client that does not read would otherwise make the server buffer every
              // broadcast for it. Checked before adding the frame, so one frame larger than
              // the cap (a big board's sync step 2) still reaches a client that keeps up.
              if (ws.bufferedAmount > deps.maxSendBufferBytes) {
                log.warn({ bufferedBytes: ws.bufferedAmount, cap: deps.maxSendBufferBytes }, 'terminated a slow reader')
                events.slowReader?.()
                ws.terminate()
                return
              }
              ws.send(frame)
              events.sent?.(frame.byteLength)
              if (frame[0] === MessageType.awareness) rateLimit.awarenessSent()
            },
            close: (code, reason) => {
              // Counted once per connection: later frames of a closing one are not read.
              if (code === CloseCode.malformedMessage && ws.readyState === WebSocket.OPEN) events.malformedFrame?.()
              ws.close(code, reason)
            },
          },
        })
        events.connected?.(auth.role)
        log.info({ role: auth.role }, 'connected')
        ws.on('message', (data, isBinary) => {
          const frame = toBytes(data)
          events.received?.(frame.byteLength)
          // Frames still in flight after the server decided to close are dropped unread.
          if (connection.closed) return
          const echo = isBinary && isAwarenessEcho(frame, room.awareness)
          const exceeded = rateLimit.admit(frame.byteLength, echo)
          if (exceeded) {
            log.warn({ limit: exceeded }, 'rate limited')
            events.rateLimited?.(exceeded)
            room.closeConnection(connection, CloseCode.rateLimited, 'rate limited')
            return
          }
          // An echo would change nothing (see awarenessEcho.ts); at 300 people they are most
          // of what arrives, so they are not decoded and parsed as JSON at all.
          if (echo) return
          if (!isBinary) {
            log.warn('text frame')
            room.closeConnection(connection, CloseCode.malformedMessage, 'text frames are not part of the protocol')
            return
          }
          room.receive(connection, frame)
        })
        ws.on('pong', () => {
          state.alive = true
        })
        ws.on('error', (error) => {
          // ws closes the socket itself after a protocol error (1009 too large, 1007 bad UTF-8,
          // …). One that the server was already closing for another reason is not counted again.
          if (connection.closed) {
            log.debug({ err: error }, 'socket error while closing')
            return
          }
          const code = errorCode(error)
          if (code && TOO_LARGE_ERRORS.has(code)) events.oversizedFrame?.()
          else if (code?.startsWith('WS_ERR_')) events.malformedFrame?.()
          log.warn({ err: error }, 'socket error')
        })
        ws.on('close', (code) => {
          room.removeConnection(connection)
          deps.registry.release(room)
          events.disconnected?.(auth.role)
          log.info({ code }, 'disconnected')
        })
      })
      // The upgrade may not have happened (the socket closed while the room loaded).
      if (room.connectionCount === 0) deps.registry.release(room)
    } catch (error) {
      log.error({ err: error }, 'upgrade failed')
      // A client told "storage unavailable" retries with backoff, like after a dropped room.
      if (isStorageUnavailable(error)) refuse(req, socket, head, CloseCode.storageUnavailable, 'storage unavailable')
      else socket.destroy()
    }
  }

  server.on('upgrade', onUpgrade)
  const pinger = setInterval(() => {
    for (const ws of wss.clients) {
      const state = sockets.get(ws)
      if (!state) continue
      if (!state.alive) {
        state.log.info('terminated a connection that did not answer a ping')
        events.deadConnection?.()
        ws.terminate()
        continue
      }
      state.alive = false
      ws.ping()
    }
  }, deps.pingIntervalMs)
  pinger.unref()

  return {
    get connectionCount() {
      return wss.clients.size
    },
    close() {
      clearInterval(pinger)
      server.off('upgrade', onUpgrade)
      for (const ws of wss.clients) ws.close(CloseCode.serviceRestart, 'server shutting down')
      wss.close()
    },
  }
}
