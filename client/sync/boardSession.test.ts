import { type TLStore } from 'tldraw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import { recordsMap } from '../../shared/boardDoc'
import { CloseCode, type Role } from '../../shared/protocol'
import type { Participant } from '../../shared/participant'
import { createBoardSession, type BoardSession } from './boardSession'
import type { BrowserNetwork } from './connection'
import { startMiniSyncServer, type MiniSyncServer } from './testing/miniSyncServer'
import { initialDocumentRecords, makeNote } from './testing/records'
import type { BoardSync, SessionAssetStore } from './types'

const alice: Participant = { id: 'alice-browser', name: 'Alice', coop: 'Coop Uno', color: '#1d4ed8' }
const bob: Participant = { id: 'bob-browser', name: 'Bob', coop: 'Coop Dos', color: '#15803d' }
const ROOM = 'AAAAAAAAAAAAAAAAAAAAAA'
const TOKEN = 't'.repeat(32)

type Ready = Extract<BoardSync, { status: 'ready' }>

/** A browser network switch the test controls, like Playwright's context.setOffline. */
function fakeNetwork(): BrowserNetwork & { set(online: boolean): void } {
  let online = true
  const listeners = new Set<(online: boolean) => void>()
  return {
    isOnline: () => online,
    subscribe(onChange) {
      listeners.add(onChange)
      return () => {
        listeners.delete(onChange)
      }
    },
    set(next) {
      online = next
      for (const listener of listeners) listener(next)
    },
  }
}

/** These sessions hold no images: the board page gives the real asset store. */
function noAssets(): SessionAssetStore {
  return { upload: () => Promise.reject(new Error('no uploads here')), dispose: () => undefined }
}

let server: MiniSyncServer
const sessions: BoardSession[] = []

beforeEach(async () => {
  server = await startMiniSyncServer()
})
afterEach(async () => {
  for (const session of sessions.splice(0)) session.destroy()
  await server.stop()
})

function open(participant: Participant, network = fakeNetwork(), room = ROOM, role: Role = 'participant'): BoardSession {
  const session = createBoardSession({
    boardId: room,
    token: TOKEN,
    role,
    participant,
    shapeUtils: [],
    assets: noAssets,
    redactPresence: (presence) => presence,
    serverUrl: server.url,
    network,
    openPersistence: null,
    // Node 20 has no global WebSocket; the browser's is what the hook uses.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  })
  sessions.push(session)
  return session
}

async function ready(session: BoardSession): Promise<Ready> {
  return vi.waitFor(() => {
    const snapshot = session.getSnapshot()
    if (snapshot.status !== 'ready') throw new Error(`still ${snapshot.status}`)
    return snapshot
  })
}

function storeOf(session: BoardSession): TLStore {
  const snapshot = session.getSnapshot()
  if (snapshot.status !== 'ready') throw new Error('not ready')
  return snapshot.store
}

describe('createBoardSession', () => {
  it('opens a board, shares edits between browsers and lists who is here', async () => {
    const [a, b] = [open(alice), open(bob)]
    expect(a.getSnapshot().status).toBe('loading')
    const [readyA] = await Promise.all([ready(a), ready(b)])
    expect(readyA.connection).toBe('connected')

    const note = makeNote({ text: 'Agenda' })
    readyA.store.put([...initialDocumentRecords(), note])
    await vi.waitFor(() => expect(storeOf(b).get(note.id)).toEqual(note))
    await vi.waitFor(() => expect(a.getSnapshot()).toMatchObject({ peers: [{ ...bob, role: null }] }))
    await vi.waitFor(() => expect(b.getSnapshot()).toMatchObject({ peers: [{ ...alice, role: null }] }))
    expect(server.tokens(ROOM)).toEqual([TOKEN, TOKEN])

    a.destroy()
    await vi.waitFor(() => expect(b.getSnapshot()).toMatchObject({ peers: [] }))
  })

  it('counts edits made offline and delivers them once back online', async () => {
    const network = fakeNetwork()
    const [a, b] = [open(alice, network), open(bob)]
    const readyA = await ready(a)
    await ready(b)
    readyA.store.put(initialDocumentRecords())

    network.set(false)
    await vi.waitFor(() => expect(a.getSnapshot()).toMatchObject({ connection: 'offline' }))
    const offlineNotes = [makeNote({ text: 'one' }), makeNote({ text: 'two' })]
    for (const note of offlineNotes) readyA.store.put([note])
    expect(a.getSnapshot()).toMatchObject({ unsentChanges: 2 })
    await new Promise((resolve) => setTimeout(resolve, 100))
    for (const note of offlineNotes) expect(storeOf(b).has(note.id)).toBe(false)

    network.set(true)
    await vi.waitFor(() => expect(a.getSnapshot()).toMatchObject({ connection: 'connected', unsentChanges: 0 }))
    for (const note of offlineNotes) {
      // Through the server, not only between the two providers of this process.
      expect(recordsMap(server.doc(ROOM)).get(note.id)).toEqual(note)
      await vi.waitFor(() => expect(storeOf(b).get(note.id)).toEqual(note))
    }
  })

  it('reports a board the server refuses for good as an error', async () => {
    server.refuse(ROOM, CloseCode.boardNotFound, 'no such board')
    const session = open(alice)
    await vi.waitFor(() =>
      expect(session.getSnapshot()).toEqual({
        status: 'error',
        error: 'The server closed the connection (code 4404: no such board).',
        permanentClose: { code: CloseCode.boardNotFound, reason: 'no such board' },
      }),
    )
  })

  it('stays closed after a permanent close, even when the browser comes back online', async () => {
    const network = fakeNetwork()
    const session = open(alice, network)
    await ready(session)
    server.refuse(ROOM, CloseCode.boardNotFound, 'deleted')
    server.closeRoom(ROOM, CloseCode.boardNotFound, 'deleted')
    await vi.waitFor(() =>
      expect(session.getSnapshot()).toMatchObject({
        status: 'ready',
        connection: 'closed',
        permanentClose: { code: CloseCode.boardNotFound, reason: 'deleted' },
      }),
    )
    network.set(false)
    network.set(true)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(session.getSnapshot()).toMatchObject({ connection: 'closed' })
  })

  it('reconnects by itself after a transient close', async () => {
    const session = open(alice)
    await ready(session)
    server.closeRoom(ROOM, CloseCode.serviceRestart, 'restarting')
    await vi.waitFor(() => expect(session.getSnapshot()).toMatchObject({ connection: 'reconnecting' }))
    await vi.waitFor(() => expect(session.getSnapshot()).toMatchObject({ connection: 'connected' }))
  })

  it('opens a viewer read-only: shows edits, sends none, publishes no presence and counts viewers', async () => {
    const [writer, viewer] = [open(alice), open(bob, fakeNetwork(), ROOM, 'viewer')]
    const readyWriter = await ready(writer)
    await ready(viewer)
    readyWriter.store.put(initialDocumentRecords())
    const note = makeNote({ text: 'Visible to viewers' })
    readyWriter.store.put([note])
    await vi.waitFor(() => expect(storeOf(viewer).get(note.id)).toEqual(note))

    const attempt = makeNote({ text: 'Written by a viewer' })
    storeOf(viewer).put([attempt])
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(recordsMap(server.doc(ROOM)).has(attempt.id)).toBe(false)
    expect(viewer.getSnapshot()).toMatchObject({ unsentChanges: 0 })
    // Nobody lists the viewer: its presence is the server's count, not a person.
    expect(writer.getSnapshot()).toMatchObject({ peers: [] })
    await vi.waitFor(() => expect(viewer.getSnapshot()).toMatchObject({ peers: [{ ...alice, role: null }] }))

    server.setServerState(ROOM, { plenary: { viewers: 1 } })
    await vi.waitFor(() => expect(writer.getSnapshot()).toMatchObject({ viewers: 1 }))
    await vi.waitFor(() => expect(viewer.getSnapshot()).toMatchObject({ viewers: 1 }))
  })
})
