import { statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { waitFor } from '../testing/syncClient'
import { tempDir } from '../testing/testServer'
import { testNote } from '../testing/testNotes'
import { openSqliteStore } from './sqlite'
import { applyStoredDocument } from './storedDocument'

function noteUpdate(n: number): Uint8Array {
  const doc = new Y.Doc()
  recordsMap(doc).set(`shape:n${n}`, testNote(n))
  return Y.encodeStateAsUpdate(doc)
}

describe('SQLite store, updates stored together', () => {
  it('numbers a batch in order after what was there and loads it back', async () => {
    const store = openSqliteStore(':memory:')
    await store.createBoard({ id: 'b', title: 'Batch', createdAt: new Date(0).toISOString() }, [])
    expect(await store.appendUpdate('b', noteUpdate(1))).toBe(1)
    expect(await store.appendUpdates('b', [noteUpdate(2), noteUpdate(3), noteUpdate(4)])).toBe(4)
    const stored = await store.loadDocument('b')
    expect(stored.updates.map((u) => u.seq)).toEqual([1, 2, 3, 4])
    const doc = new Y.Doc()
    applyStoredDocument(doc, stored, () => undefined)
    expect([...recordsMap(doc).keys()].sort()).toEqual(['shape:n1', 'shape:n2', 'shape:n3', 'shape:n4'])
    await expect(store.appendUpdates('b', [])).rejects.toThrow()
    await store.close()
  })
})

describe('SQLite store, WAL checkpoints', () => {
  it('are made by the worker thread, and the WAL is empty after close', async () => {
    const dir = tempDir()
    const file = join(dir, 'plenary.sqlite')
    const store = openSqliteStore(file, { checkpointEveryMs: 100 })
    await store.createBoard({ id: 'b', title: 'Checkpoints', createdAt: new Date(0).toISOString() }, [])
    const databaseBytes = () => statSync(file).size
    const before = databaseBytes()
    for (let n = 0; n < 200; n++)
      await store.appendUpdates(
        'b',
        Array.from({ length: 10 }, (_, i) => noteUpdate(n * 10 + i)),
      )
    // Commits only append to the WAL; the pages reach the database file when the worker checkpoints.
    await waitFor(() => databaseBytes() > before + 500_000, 5000, 'a checkpoint into the database file')
    await store.close()
    expect(statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0).toBe(0)
    const reopened = openSqliteStore(file, { checkpointEveryMs: 0 })
    expect((await reopened.loadDocument('b')).updates).toHaveLength(2000)
    await reopened.close()
  })
})
