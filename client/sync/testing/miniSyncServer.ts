/**
 * A minimal y-websocket-compatible server for the sync layer's tests (not the product server):
 * one Y.Doc and awareness per room, sync and awareness frames, and knobs to refuse a room
 * with a close code or drop every socket.
 */
import type { AddressInfo } from 'node:net'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import { WebSocketServer, type WebSocket } from 'ws'
import * as Y from 'yjs'
import { MessageType, Paths, TOKEN_PARAM } from '../../../shared/protocol'

interface Room {
  doc: Y.Doc
  awareness: awarenessProtocol.Awareness
  sockets: Set<WebSocket>
}

/** A running test server; see the module comment. */
export interface MiniSyncServer {
  /** Base URL to give the provider (`ws://127.0.0.1:port/sync`). */
  readonly url: string
  /** The server's copy of a room's document. */
  doc(room: string): Y.Doc
  /** Makes new connections to `room` close at once with `code`. */
  refuse(room: string, code: number, reason: string): void
  /** Closes every open socket of `room` with `code`. */
  closeRoom(room: string, code: number, reason: string): void
  /** The `token` query parameter of every connection made to `room`, in order. */
  tokens(room: string): (string | null)[]
  /** Sets the server's own awareness state in `room`, as the product server publishes its counts. */
  setServerState(room: string, state: Record<string, unknown> | null): void
  stop(): Promise<void>
}

function send(socket: WebSocket, message: Uint8Array): void {
  if (socket.readyState === socket.OPEN) socket.send(message)
}

/** Starts a server on a free port of 127.0.0.1. */
export async function startMiniSyncServer(): Promise<MiniSyncServer> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  const rooms = new Map<string, Room>()
  const refused = new Map<string, { code: number; reason: string }>()
  const tokens = new Map<string, (string | null)[]>()

  const roomFor = (name: string): Room => {
    const existing = rooms.get(name)
    if (existing) return existing
    const doc = new Y.Doc()
    const room: Room = { doc, awareness: new awarenessProtocol.Awareness(doc), sockets: new Set() }
    room.awareness.setLocalState(null)
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, MessageType.sync)
      syncProtocol.writeUpdate(encoder, update)
      const message = encoding.toUint8Array(encoder)
      for (const socket of room.sockets) if (socket !== origin) send(socket, message)
    })
    room.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
      const changed = [...(added ?? []), ...(updated ?? []), ...(removed ?? [])]
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, MessageType.awareness)
      encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(room.awareness, changed))
      const message = encoding.toUint8Array(encoder)
      for (const socket of room.sockets) send(socket, message)
    })
    rooms.set(name, room)
    return room
  }

  server.on('connection', (socket, request) => {
    const url = new URL(request.url ?? '/', 'http://mini')
    const name = url.pathname.slice(Paths.sync.length + 1)
    tokens.set(name, [...(tokens.get(name) ?? []), url.searchParams.get(TOKEN_PARAM)])
    const refusal = refused.get(name)
    if (refusal) {
      socket.close(refusal.code, refusal.reason)
      return
    }
    const room = roomFor(name)
    room.sockets.add(socket)
    const clients = new Set<number>()
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data))
      const encoder = encoding.createEncoder()
      const type = decoding.readVarUint(decoder)
      if (type === MessageType.sync) {
        encoding.writeVarUint(encoder, MessageType.sync)
        syncProtocol.readSyncMessage(decoder, encoder, room.doc, socket)
        if (encoding.length(encoder) > 1) send(socket, encoding.toUint8Array(encoder))
      } else if (type === MessageType.awareness) {
        const update = decoding.readVarUint8Array(decoder)
        const before = new Set(room.awareness.getStates().keys())
        awarenessProtocol.applyAwarenessUpdate(room.awareness, update, socket)
        for (const id of room.awareness.getStates().keys()) if (!before.has(id)) clients.add(id)
      }
    })
    socket.on('close', () => {
      room.sockets.delete(socket)
      awarenessProtocol.removeAwarenessStates(room.awareness, [...clients], null)
    })
    const step1 = encoding.createEncoder()
    encoding.writeVarUint(step1, MessageType.sync)
    syncProtocol.writeSyncStep1(step1, room.doc)
    send(socket, encoding.toUint8Array(step1))
    const states = [...room.awareness.getStates().keys()]
    if (states.length > 0) {
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, MessageType.awareness)
      encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(room.awareness, states))
      send(socket, encoding.toUint8Array(encoder))
    }
  })

  const { port } = server.address() as AddressInfo
  return {
    url: `ws://127.0.0.1:${port}${Paths.sync}`,
    doc: (name) => roomFor(name).doc,
    refuse: (name, code, reason) => refused.set(name, { code, reason }),
    closeRoom(name, code, reason) {
      for (const socket of rooms.get(name)?.sockets ?? []) socket.close(code, reason)
    },
    tokens: (name) => tokens.get(name) ?? [],
    setServerState: (name, state) => roomFor(name).awareness.setLocalState(state),
    async stop() {
      for (const room of rooms.values()) {
        for (const socket of room.sockets) socket.terminate()
        room.awareness.destroy()
        room.doc.destroy()
      }
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
