/**
 * The sync endpoint: WebSocket upgrades on `/sync/:boardId` become connections of the board's
 * room. Close codes (shared/protocol.ts) tell the stock y-websocket client whether to retry.
 */
import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type RawData, type WebSocket } from 'ws'
import { CloseCode, Paths, TOKEN_PARAM, isBoardId } from '../../shared/protocol'
import { authenticate } from '../auth/boardAuth'
import { isOriginAllowed } from '../http/origin'
import { newConnectionId } from '../ids'
import type { Logger } from '../logger'
import type { BoardStore } from '../persistence/types'
import type { RoomRegistry } from '../rooms/RoomRegistry'

/** What the sync endpoint needs. */
export interface SyncTransportDeps {
  store: BoardStore
  registry: RoomRegistry
  logger: Logger
  maxFrameBytes: number
  pingIntervalMs: number
  /** The configured public origin, checked against the Origin header of browsers. */
  publicUrl: string | null
}

/** The running sync endpoint. */
export interface SyncTransport {
  /** Number of open WebSocket connections. */
  readonly connectionCount: number
  /** Stops accepting upgrades and pings; rooms are closed by the registry. */
  close(): void
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}

/** Attaches the sync endpoint to `server`. */
export function attachSyncTransport(server: Server, deps: SyncTransportDeps): SyncTransport {
  const wss = new WebSocketServer({ noServer: true, maxPayload: deps.maxFrameBytes })
  const alive = new WeakMap<WebSocket, boolean>()

  const refuse = (req: IncomingMessage, socket: Duplex, head: Buffer, code: number, reason: string) => {
    // Close codes only exist once the upgrade is complete, so accept and close at once.
    wss.handleUpgrade(req, socket, head, (ws) => ws.close(code, reason))
  }

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const { pathname, searchParams } = new URL(req.url ?? '/', 'http://internal')
    if (!pathname.startsWith(`${Paths.sync}/`)) {
      socket.destroy()
      return
    }
    void accept(req, socket, head, pathname.slice(Paths.sync.length + 1), searchParams.get(TOKEN_PARAM))
  }

  const accept = async (
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    rawBoardId: string,
    token: string | null,
  ) => {
    const connId = newConnectionId()
    const log = deps.logger.child({ connId })
    let boardId: string
    try {
      boardId = decodeURIComponent(rawBoardId)
    } catch {
      return refuse(req, socket, head, CloseCode.badRequest, 'bad board id')
    }
    if (!isBoardId(boardId)) return refuse(req, socket, head, CloseCode.boardNotFound, 'no such board')
    if (!isOriginAllowed(req, deps.publicUrl)) {
      log.warn({ boardId, origin: req.headers.origin }, 'refused a foreign origin')
      return refuse(req, socket, head, CloseCode.originNotAllowed, 'origin not allowed')
    }
    try {
      if (!(await deps.store.getBoard(boardId))) return refuse(req, socket, head, CloseCode.boardNotFound, 'no such board')
      const auth = await authenticate(deps.store, boardId, token)
      if (!auth.ok) {
        log.info({ boardId, reason: auth.reason }, 'refused a token')
        return auth.reason === 'revoked'
          ? refuse(req, socket, head, CloseCode.linkRevoked, 'this link was replaced')
          : refuse(req, socket, head, CloseCode.unauthorized, 'missing or wrong token')
      }
      const room = await deps.registry.acquire(boardId)
      wss.handleUpgrade(req, socket, head, (ws) => {
        alive.set(ws, true)
        const connection = room.addConnection({
          id: connId,
          role: auth.role,
          tokenHash: auth.tokenHash,
          socket: {
            send: (frame) => ws.send(frame),
            close: (code, reason) => ws.close(code, reason),
          },
        })
        log.info({ boardId, role: auth.role }, 'connected')
        ws.on('message', (data, isBinary) => {
          if (!isBinary) {
            room.closeConnection(connection, CloseCode.malformedMessage, 'text frames are not part of the protocol')
            return
          }
          room.receive(connection, toBytes(data))
        })
        ws.on('pong', () => alive.set(ws, true))
        ws.on('error', (error) => log.warn({ boardId, err: error }, 'socket error'))
        ws.on('close', (code) => {
          room.removeConnection(connection)
          deps.registry.release(room)
          log.info({ boardId, code }, 'disconnected')
        })
      })
      // The upgrade may not have happened (the socket closed while the room loaded).
      if (room.connectionCount === 0) deps.registry.release(room)
    } catch (error) {
      log.error({ boardId, err: error }, 'upgrade failed')
      socket.destroy()
    }
  }

  server.on('upgrade', onUpgrade)
  const pinger = setInterval(() => {
    for (const ws of wss.clients) {
      if (alive.get(ws) === false) {
        ws.terminate()
        continue
      }
      alive.set(ws, false)
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
