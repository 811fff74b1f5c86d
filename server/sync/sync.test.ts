import { WebSocket } from 'ws'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { createNoteRecord } from '../../shared/notes'
import { CloseCode } from '../../shared/protocol'
import { useTestServer } from '../testing/harness'
import { connectClient, createBoard, waitFor, waitForSync, type TestBoard } from '../testing/syncClient'
import { startTestServer } from '../testing/testServer'

const note = (n: number, text = `note ${n}`) => createNoteRecord({ id: `shape:n${n}`, x: n * 10, y: 0, index: `a${n}V`, text })

function closeCodeOf(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url)
    ws.on('close', (code) => resolve(code))
    ws.on('error', reject)
  })
}

describe('sync endpoint with stock y-websocket clients', () => {
  const harness = useTestServer()
  const client = (board: TestBoard) => harness.client(board)

  it('makes two clients converge on the same records', async () => {
    const board = await createBoard(harness.server.origin)
    const a = client(board)
    const b = client(board)
    await Promise.all([waitForSync(a), waitForSync(b)])

    recordsMap(a.doc).set('shape:n1', note(1, 'from A'))
    recordsMap(b.doc).set('shape:n2', note(2, 'from B'))
    await waitFor(() => recordsMap(a.doc).size === 2 && recordsMap(b.doc).size === 2, 5000, 'both notes everywhere')

    recordsMap(b.doc).set('shape:n1', { ...note(1, 'from A'), x: 500 })
    await waitFor(() => (recordsMap(a.doc).get('shape:n1') as { x: number }).x === 500, 5000, 'the move')
    expect(recordsMap(a.doc).toJSON()).toEqual(recordsMap(b.doc).toJSON())
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc))
  })

  it('gives a late joiner the whole board, and counts it in the REST API', async () => {
    const board = await createBoard(harness.server.origin)
    const a = client(board)
    await waitForSync(a)
    a.doc.transact(() => {
      for (let i = 0; i < 50; i++) recordsMap(a.doc).set(`shape:n${i}`, note(i))
    })
    await waitFor(() => harness.server.registry.peek(board.id)?.doc.getMap('records').size === 50, 5000, 'server has 50')
    const late = client(board)
    await waitForSync(late)
    expect(recordsMap(late.doc).size).toBe(50)
    const info = (await (
      await fetch(`${harness.server.origin}/api/boards/${board.id}`, { headers: { authorization: `Bearer ${board.tokens.viewer}` } })
    ).json()) as { counts: unknown }
    expect(info.counts).toEqual({ records: 50, shapes: 50, notes: 50 })
  })

  it('relays presence (awareness) and removes it when a client leaves', async () => {
    const board = await createBoard(harness.server.origin)
    const a = client(board)
    const b = client(board)
    await Promise.all([waitForSync(a), waitForSync(b)])
    a.provider.awareness.setLocalStateField('user', { name: 'Ana' })
    const aId = a.doc.clientID
    await waitFor(() => b.provider.awareness.getStates().has(aId), 5000, 'presence of A at B')
    a.destroy()
    await waitFor(() => !b.provider.awareness.getStates().has(aId), 5000, 'presence of A gone')
  })

  it('refuses an unknown board with a permanent close code', async () => {
    const base = `${harness.server.origin.replace('http', 'ws')}/sync/`
    expect(await closeCodeOf(`${base}AAAAAAAAAAAAAAAAAAAAAA`)).toBe(CloseCode.boardNotFound)
    expect(await closeCodeOf(`${base}not-a-board`)).toBe(CloseCode.boardNotFound)
    expect(await closeCodeOf(`${base}%E0%A4%A`)).toBe(CloseCode.badRequest)
    expect(CloseCode.boardNotFound).toBeGreaterThanOrEqual(4400)
    expect(CloseCode.boardNotFound).toBeLessThan(4500)
  })

  it('survives 1,000 garbage frames from one socket while another client stays in sync', async () => {
    const board = await createBoard(harness.server.origin)
    const honest = client(board)
    const other = client(board)
    await Promise.all([waitForSync(honest), waitForSync(other)])

    const closeCodes: number[] = []
    for (let round = 0; round < 5; round++) {
      const ws = new WebSocket(`${harness.server.origin.replace('http', 'ws')}/sync/${board.id}?token=${board.tokens.participant}`)
      await new Promise((resolve) => ws.once('open', resolve))
      const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)))
      let seed = round + 1
      for (let i = 0; i < 1000; i++) {
        const length = 1 + (i % 64)
        const frame = new Uint8Array(length)
        for (let j = 0; j < length; j++) {
          seed = (seed * 1103515245 + 12345) & 0x7fffffff
          frame[j] = seed & 0xff
        }
        // Start most frames with a valid message type so they reach the deeper decoders.
        frame[0] = i % 4
        if (ws.readyState !== WebSocket.OPEN) break
        ws.send(i % 100 === 99 ? 'text frame' : frame)
      }
      closeCodes.push(await closed)
    }
    expect(closeCodes.every((code) => code === CloseCode.malformedMessage)).toBe(true)

    recordsMap(honest.doc).set('shape:after', { ...note(7, 'still alive'), id: 'shape:after' })
    await waitFor(() => recordsMap(other.doc).has('shape:after'), 5000, 'sync after garbage')
    expect((await fetch(`${harness.server.origin}/healthz`)).status).toBe(200)
  })

  it('closes a connection that sends a frame larger than the limit, and only that one', async () => {
    const small = await startTestServer({ maxFrameBytes: 1024 })
    try {
      const board = await createBoard(small.origin)
      const honest = connectClient(small.origin, board)
      await waitForSync(honest)
      const ws = new WebSocket(`${small.origin.replace('http', 'ws')}/sync/${board.id}?token=${board.tokens.participant}`)
      await new Promise((resolve) => ws.once('open', resolve))
      const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)))
      ws.on('error', () => undefined)
      ws.send(new Uint8Array(4096))
      expect(await closed).toBe(CloseCode.messageTooBig)
      recordsMap(honest.doc).set('shape:n1', note(1))
      await waitFor(() => small.registry.peek(board.id)?.doc.getMap('records').size === 1, 5000, 'honest update')
      honest.destroy()
    } finally {
      await small.close()
    }
  })

  it('unloads a room once its last client has left, and reloads it with everything', async () => {
    const board = await createBoard(harness.server.origin)
    const a = client(board)
    await waitForSync(a)
    recordsMap(a.doc).set('shape:n1', note(1))
    await waitFor(() => harness.server.registry.peek(board.id)?.doc.getMap('records').size === 1, 5000, 'stored')
    a.destroy()
    await waitFor(() => harness.server.registry.peek(board.id) === undefined, 5000, 'room unloaded')
    const b = client(board)
    await waitForSync(b)
    expect(recordsMap(b.doc).get('shape:n1')).toEqual(note(1))
  })
})
