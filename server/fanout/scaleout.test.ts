import { Redis } from 'ioredis'
import { describe, expect, it } from 'vitest'
import { recordsMap } from '../../shared/boardDoc'
import { CloseCode, ErrorId, Role } from '../../shared/protocol'
import { useCluster } from '../testing/cluster'
import { connectClient, createBoard, waitFor, waitForSync, type TestClient } from '../testing/syncClient'
import { testNote } from '../testing/testNotes'
import { fakeClientDir, spawnServer, tempDir } from '../testing/testServer'
import { boardChannelName, decodeFanoutMessage, FanoutKind } from './frames'

const cluster = useCluster()

/** A client's records as one comparable string. */
function recordsOf(client: TestClient): string {
  const json = recordsMap(client.doc).toJSON()
  return JSON.stringify(
    Object.keys(json)
      .sort()
      .map((key) => [key, json[key]]),
  )
}

function writeNote(client: TestClient, n: number): void {
  recordsMap(client.doc).set(`shape:n${n}`, testNote(n))
}

async function converged(clients: TestClient[], size: number, what: string, timeoutMs = 15_000): Promise<void> {
  await waitFor(() => clients.every((c) => recordsMap(c.doc).size === size), timeoutMs, what)
  const first = recordsOf(clients[0] as TestClient)
  for (const client of clients) expect(recordsOf(client)).toBe(first)
}

const userOf = (state: unknown): unknown =>
  typeof state === 'object' && state !== null ? (state as Record<string, unknown>).user : undefined

describe('several server nodes on PostgreSQL and Redis', () => {
  it('converges clients spread across three nodes and shows presence across nodes', async () => {
    const nodes = await Promise.all([cluster.node(), cluster.node(), cluster.node()])
    const board = await createBoard(nodes[1]?.origin ?? '')
    const clients = nodes.flatMap((node) => [cluster.client(node.origin, board), cluster.client(node.origin, board)])
    await Promise.all(clients.map((c) => waitForSync(c)))
    clients.forEach((client, i) => {
      for (let k = 0; k < 4; k++) writeNote(client, i * 4 + k)
    })
    await converged(clients, 24, 'every client on every node has every note')

    const ana = clients[0] as TestClient
    ana.provider.awareness.setLocalStateField('user', { id: 'p-ana', name: 'Ana', coop: 'Mill', color: '#f00' })
    const anaId = ana.doc.clientID
    await waitFor(
      () => clients.every((c) => (userOf(c.provider.awareness.getStates().get(anaId)) as { id?: string } | undefined)?.id === 'p-ana'),
      10_000,
      'Ana’s presence on every node',
    )
    // The role was stamped by Ana's node and travels with her state.
    expect((clients[5] as TestClient).provider.awareness.getStates().get(anaId)).toMatchObject({ role: Role.participant })

    // Ana's connection ends without a goodbye: her node removes her state everywhere.
    ana.provider.disconnect()
    await waitFor(() => !(clients[5] as TestClient).provider.awareness.getStates().has(anaId), 10_000, 'Ana gone on other nodes')
  })

  it('stores each update once and never loops messages between nodes', async () => {
    const [a, b] = await Promise.all([cluster.node(), cluster.node()])
    if (!a || !b) throw new Error('two nodes expected')
    const board = await createBoard(a.origin)
    const spy = new Redis(cluster.redis.url)
    cluster.defer(() => spy.disconnect())
    const published: string[] = []
    spy.on('messageBuffer', (_channel: Buffer, bytes: Buffer) => {
      const message = decodeFanoutMessage(new Uint8Array(bytes))
      if (message?.kind === FanoutKind.update) published.push(message.origin)
    })
    await spy.subscribe(boardChannelName(board.id))
    const onA = cluster.client(a.origin, board)
    const onB = cluster.client(b.origin, board)
    await Promise.all([waitForSync(onA), waitForSync(onB)])
    for (let n = 0; n < 10; n++) writeNote(onA, n)
    for (let n = 10; n < 20; n++) writeNote(onB, n)
    await converged([onA, onB], 20, 'both clients have all 20 notes')
    // A last edit that crosses over after everything else, so any echo would be in by then.
    writeNote(onA, 20)
    await waitFor(() => recordsMap(onB.doc).has('shape:n20'), 10_000, 'the last note on B')
    await Promise.all([a.registry.peek(board.id)?.flush(), b.registry.peek(board.id)?.flush()])

    const stored = await a.store.loadDocument(board.id)
    expect(stored.updates).toHaveLength(21)
    expect(published.filter((origin) => origin === a.fanout.nodeId)).toHaveLength(11)
    expect(published.filter((origin) => origin === b.fanout.nodeId)).toHaveLength(10)
  })

  it('gives a node that loads the board while others are editing it the full board', async () => {
    const [a, b] = await Promise.all([cluster.node(), cluster.node()])
    if (!a || !b) throw new Error('two nodes expected')
    const board = await createBoard(a.origin)
    const onA = cluster.client(a.origin, board)
    const onB = cluster.client(b.origin, board)
    await Promise.all([waitForSync(onA), waitForSync(onB)])
    let n = 0
    const writing = setInterval(() => {
      writeNote(onA, n++)
      writeNote(onB, n++)
    }, 5)
    let onLate: TestClient
    try {
      await waitFor(() => n >= 40, 10_000, 'edits under way')
      const late = await cluster.node()
      onLate = cluster.client(late.origin, board)
      await waitForSync(onLate)
      await waitFor(() => n >= 120, 10_000, 'edits while the late node serves')
    } finally {
      clearInterval(writing)
    }
    await converged([onA, onB, onLate], n, 'every client, the late node’s too, has every note')
  })

  it('keeps serving each node’s clients while Redis is down, and converges once it is back', async () => {
    const [a, b] = await Promise.all([cluster.node(), cluster.node()])
    if (!a || !b) throw new Error('two nodes expected')
    const board = await createBoard(a.origin)
    const onA = cluster.client(a.origin, board)
    const alsoOnA = cluster.client(a.origin, board)
    const onB = cluster.client(b.origin, board)
    await Promise.all([onA, alsoOnA, onB].map((c) => waitForSync(c)))
    writeNote(onA, 1)
    writeNote(onB, 2)
    await converged([onA, alsoOnA, onB], 2, 'before the outage')

    await cluster.redis.stop()
    writeNote(onA, 3)
    writeNote(onB, 4)
    // Per-node sync goes on: a client on the same node sees the edit.
    await waitFor(() => recordsMap(alsoOnA.doc).has('shape:n3'), 10_000, 'same-node sync during the outage')
    await cluster.redis.start()
    writeNote(onB, 5)
    await converged([onA, alsoOnA, onB], 5, 'every client has every note after Redis is back', 20_000)
  })

  it('loses nothing when a node is killed with SIGKILL: its clients reconnect to another node', async () => {
    const env = {
      DATABASE_URL: cluster.postgres.url,
      REDIS_URL: cluster.redis.url,
      CLIENT_DIR: fakeClientDir(),
      DATA_DIR: tempDir(),
    }
    const [doomed, survivor] = await Promise.all([spawnServer(env), spawnServer(env)])
    cluster.defer(async () => {
      for (const node of [doomed, survivor]) if (node.child.exitCode === null && node.child.signalCode === null) node.child.kill('SIGKILL')
      await Promise.all([doomed.exited, survivor.exited])
    })
    const board = await createBoard(doomed.origin)
    const writer = cluster.client(doomed.origin, board)
    const watcher = cluster.client(survivor.origin, board)
    await Promise.all([waitForSync(writer), waitForSync(watcher)])

    // The watcher, on the other node, only ever holds what was stored and fanned out.
    const seen = new Set<string>()
    recordsMap(watcher.doc).observe((event) => {
      for (const key of event.keysChanged) seen.add(key)
    })
    let written = 0
    const writing = setInterval(() => {
      for (let k = 0; k < 3; k++) writeNote(writer, written++)
    }, 3)
    try {
      await waitFor(() => seen.size >= 60, 15_000, 'a stream in flight across nodes')
      doomed.child.kill('SIGKILL')
      await doomed.exited
    } finally {
      clearInterval(writing)
    }
    const seenAtKill = [...seen]

    const reader = cluster.client(survivor.origin, board)
    await waitForSync(reader)
    expect(seenAtKill.filter((id) => !recordsMap(reader.doc).has(id))).toEqual([])

    // The writer's client reconnects to the surviving node with everything it wrote.
    writer.provider.destroy()
    const moved = connectClient(survivor.origin, board, { doc: writer.doc })
    cluster.defer(() => moved.destroy())
    await converged([moved, reader, watcher], written, 'the survivor has every note the writer made')
  })

  it('refuses writes loudly while PostgreSQL is down (4001, HTTP 503) and takes them once it is back', async () => {
    const node = await cluster.node()
    const board = await createBoard(node.origin)
    const client = cluster.client(node.origin, board)
    await waitForSync(client)
    writeNote(client, 1)
    await waitFor(() => node.registry.peek(board.id)?.doc.getMap('records').has('shape:n1') === true, 10_000, 'stored')
    await node.registry.peek(board.id)?.flush()
    const closeCodes: number[] = []
    client.provider.on('connection-close', (event) => {
      if (event) closeCodes.push(event.code)
    })

    await cluster.postgres.stop()
    try {
      writeNote(client, 2)
      await waitFor(() => closeCodes.includes(CloseCode.storageUnavailable), 15_000, 'closed with 4001')
      const response = await fetch(`${node.origin}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'During the outage' }),
      })
      expect(response.status).toBe(503)
      expect(await response.json()).toMatchObject({ error: { id: ErrorId.storageUnavailable } })
    } finally {
      await cluster.postgres.start()
    }
    // The client kept its edit and sends it again once the node can store it.
    const reader = cluster.client(node.origin, board)
    await converged([client, reader], 2, 'the edit made during the outage is stored', 20_000)
  })
})
