import pg from 'pg'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { Role } from '../../shared/protocol'
import { usePostgresStores } from '../testing/postgresStores'
import { testNote } from '../testing/testNotes'
import { isStorageUnavailable } from './errors'
import { applyStoredDocument } from './storedDocument'
import type { BoardStore } from './types'

// A missing PostgreSQL fails every test with the reason.
const { open, service } = usePostgresStores()

let boardCount = 0
async function newBoard(store: BoardStore): Promise<string> {
  const id = `pgboard${++boardCount}`
  await store.createBoard({ id, title: `Board ${boardCount}`, createdAt: new Date(0).toISOString() }, [
    { hash: `${id}-f`, role: Role.facilitator, generation: 1 },
    { hash: `${id}-p`, role: Role.participant, generation: 1 },
  ])
  return id
}

/** One note written by its own writer, as one update. */
function noteUpdate(n: number): Uint8Array {
  const doc = new Y.Doc()
  recordsMap(doc).set(`shape:n${n}`, testNote(n))
  return Y.encodeStateAsUpdate(doc)
}

async function storedNotes(store: BoardStore, boardId: string): Promise<string[]> {
  const doc = new Y.Doc()
  applyStoredDocument(doc, await store.loadDocument(boardId), () => undefined)
  return [...recordsMap(doc).keys()].sort()
}

const noteIds = (ns: number[]) => ns.map((n) => `shape:n${n}`).sort()

describe('PostgreSQL store', () => {
  it('creates its schema idempotently when several nodes start at once, and keeps boards and tokens', async () => {
    const [a, b, c] = await Promise.all([open(), open(), open()])
    if (!a || !b || !c) throw new Error('three stores expected')
    const id = await newBoard(a)
    expect(await b.getBoard(id)).toMatchObject({ id, title: expect.stringMatching(/^Board/) })
    expect(await c.findToken(id, `${id}-p`)).toEqual({ role: Role.participant, generation: 1, revoked: false })
    expect(await b.rotateToken(id, { hash: `${id}-p2`, role: Role.participant, generation: 2 })).toEqual([`${id}-p`])
    expect(await a.findToken(id, `${id}-p`)).toMatchObject({ revoked: true })
    expect(await a.currentGenerations(id)).toEqual({ facilitator: 1, participant: 2 })
    expect(await a.getBoard('nope')).toBeNull()
  })

  it('stores a batch of updates in order with one statement, numbered after what was there', async () => {
    const [store] = await Promise.all([open()])
    if (!store) throw new Error('a store expected')
    const id = await newBoard(store)
    const first = await store.appendUpdate(id, noteUpdate(1))
    const last = await store.appendUpdates(id, [noteUpdate(2), noteUpdate(3), noteUpdate(4)])
    const stored = await store.loadDocument(id)
    expect(stored.updates.map((u) => u.seq)).toEqual([first, ...stored.updates.slice(1).map((u) => u.seq)])
    expect(stored.updates).toHaveLength(4)
    expect(stored.updates.at(-1)?.seq).toBe(last)
    expect(new Set(stored.updates.map((u) => u.seq)).size).toBe(4)
    expect(await storedNotes(store, id)).toEqual(noteIds([1, 2, 3, 4]))
    await expect(store.appendUpdates('no-such-board', [noteUpdate(5), noteUpdate(6)])).rejects.toThrow()
  })

  it('numbers appended updates across nodes and loads them in order', async () => {
    const [a, b] = await Promise.all([open(), open()])
    if (!a || !b) throw new Error('two stores expected')
    const id = await newBoard(a)
    const first = await a.appendUpdate(id, noteUpdate(1))
    const second = await b.appendUpdate(id, noteUpdate(2))
    expect(second).toBeGreaterThan(first)
    const stored = await a.loadDocument(id)
    expect(stored.snapshot).toBeNull()
    expect(stored.updates.map((u) => u.seq)).toEqual([first, second])
    expect(await storedNotes(b, id)).toEqual(noteIds([1, 2]))
  })

  it('never loses an update another node stored that the compacting node had not seen', async () => {
    const [a, b] = await Promise.all([open(), open()])
    if (!a || !b) throw new Error('two stores expected')
    const id = await newBoard(a)
    // Node A's document holds notes 1 and 3; node B stored note 2 in between, which A has
    // not received yet when it compacts through its own last update.
    const docA = new Y.Doc()
    recordsMap(docA).set('shape:n1', testNote(1))
    await a.appendUpdate(id, Y.encodeStateAsUpdate(docA))
    await b.appendUpdate(id, noteUpdate(2))
    const before = Y.encodeStateVector(docA)
    recordsMap(docA).set('shape:n3', testNote(3))
    const throughSeq = await a.appendUpdate(id, Y.encodeStateAsUpdate(docA, before))
    const after = await b.appendUpdate(id, noteUpdate(4))
    await a.compact(id, Y.encodeStateAsUpdate(docA), throughSeq)

    const stored = await b.loadDocument(id)
    expect(stored.snapshotSeq).toBe(throughSeq)
    expect(stored.updates.map((u) => u.seq)).toEqual([after])
    expect(await storedNotes(b, id)).toEqual(noteIds([1, 2, 3, 4]))
  })

  it('compacts one board on one node at a time while others keep appending, losing nothing', async () => {
    const nodes = await Promise.all([open(), open(), open()])
    const id = await newBoard(nodes[0])
    const docs = nodes.map(() => new Y.Doc())
    let n = 0
    const work: Promise<unknown>[] = []
    for (let round = 0; round < 8; round++) {
      nodes.forEach((store, i) => {
        const doc = docs[i] as Y.Doc
        const before = Y.encodeStateVector(doc)
        const note = ++n
        recordsMap(doc).set(`shape:n${note}`, testNote(note))
        const update = Y.encodeStateAsUpdate(doc, before)
        work.push(
          store.appendUpdate(id, update).then((seq) =>
            // Every node compacts what it has seen so far, concurrently with the others.
            round % 3 === 2 ? store.compact(id, Y.encodeStateAsUpdate(doc), seq) : undefined,
          ),
        )
      })
    }
    await Promise.all(work)
    expect(await storedNotes(nodes[1], id)).toEqual(noteIds(Array.from({ length: n }, (_, k) => k + 1)))
  })

  it('rejects writes loudly as "storage unavailable" while PostgreSQL is down, and works again when it is back', async () => {
    const store = await open()
    const id = await newBoard(store)
    await store.appendUpdate(id, noteUpdate(1))
    expect(await store.readiness()).toEqual({ ready: true })
    await service()?.stop()
    try {
      expect(await store.readiness()).toMatchObject({ ready: false, reason: 'postgres' })
      const failure = await store.appendUpdate(id, noteUpdate(2)).then(
        () => null,
        (error: unknown) => error,
      )
      expect(isStorageUnavailable(failure)).toBe(true)
      expect(isStorageUnavailable(await store.loadDocument(id).catch((error: unknown) => error))).toBe(true)
    } finally {
      await service()?.start()
    }
    await store.appendUpdate(id, noteUpdate(3))
    expect(await storedNotes(store, id)).toEqual(noteIds([1, 3]))
    // Its own connection was closed by the restart; the check opens another.
    expect(await store.readiness()).toEqual({ ready: true })
  })

  it('stays ready while every pooled connection is busy: a busy node is slow, not down', async () => {
    const pooled = 2
    const store = await open({ maxConnections: pooled })
    const id = await newBoard(store)
    const url = service()?.url
    if (!url) throw new Error('PostgreSQL expected')
    // Another session locks the log, so every append holds its pooled connection, waiting.
    const locker = new pg.Client(url)
    await locker.connect()
    try {
      await locker.query('BEGIN')
      await locker.query('LOCK TABLE updates IN ACCESS EXCLUSIVE MODE')
      const appends = Array.from({ length: pooled + 1 }, (_, n) => store.appendUpdate(id, noteUpdate(n + 1)))
      const waiting = async () =>
        Number((await locker.query<{ n: string }>('SELECT count(*) AS n FROM pg_locks WHERE NOT granted')).rows[0]?.n)
      while ((await waiting()) < pooled) await new Promise((resolve) => setTimeout(resolve, 20))
      expect(await store.readiness()).toEqual({ ready: true })
      await locker.query('COMMIT')
      expect(await Promise.all(appends)).toHaveLength(pooled + 1)
    } finally {
      await locker.end()
    }
  })
})
