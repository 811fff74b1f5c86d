import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Role } from '../../shared/protocol'
import { usePostgresStores } from '../testing/postgresStores'
import { tempDir } from '../testing/testServer'
import { openSqliteStore } from './sqlite'
import type { BoardStore, NewBoardSnapshot } from './types'

let boards = 0
async function newBoard(store: BoardStore): Promise<string> {
  const id = `snapboard${++boards}`
  await store.createBoard({ id, title: 'Board', createdAt: new Date(0).toISOString() }, [
    { hash: `${id}-f`, role: Role.facilitator, generation: 1 },
  ])
  return id
}

function snapshot(boardId: string, id: string, kind: 'auto' | 'manual', createdAt: number): NewBoardSnapshot {
  return {
    id,
    boardId,
    name: `Snapshot ${id}`,
    author: 'Ana · Sur',
    kind,
    createdAt,
    state: new Uint8Array([1, 2, 3, kind === 'auto' ? 4 : 5]),
  }
}

/** What every BoardStore must do with named snapshots. */
function behavesLikeASnapshotStore(open: () => Promise<BoardStore>): void {
  it('stores, lists newest first and reads back snapshots with their state, per board', async () => {
    const store = await open()
    const board = await newBoard(store)
    const other = await newBoard(store)
    await store.saveBoardSnapshot(snapshot(board, 'one', 'manual', 1_000), 10)
    await store.saveBoardSnapshot(snapshot(board, 'two', 'auto', 2_000), 10)
    const list = await store.listBoardSnapshots(board)
    expect(list.map((s) => s.id)).toEqual(['two', 'one'])
    expect(list[1]).toEqual({
      id: 'one',
      boardId: board,
      name: 'Snapshot one',
      author: 'Ana · Sur',
      kind: 'manual',
      createdAt: 1_000,
      bytes: 4,
    })
    const read = await store.getBoardSnapshot(board, 'two')
    expect(read?.info.kind).toBe('auto')
    expect([...(read?.state ?? [])]).toEqual([1, 2, 3, 4])
    expect(await store.getBoardSnapshot(other, 'two')).toBeNull()
    expect(await store.listBoardSnapshots(other)).toEqual([])
  })

  it('makes room by dropping the oldest automatic snapshots, and refuses once only manual ones are left', async () => {
    const store = await open()
    const board = await newBoard(store)
    expect(await store.saveBoardSnapshot(snapshot(board, 'a1', 'auto', 1), 3)).toEqual({ ok: true, pruned: [] })
    expect(await store.saveBoardSnapshot(snapshot(board, 'm1', 'manual', 2), 3)).toEqual({ ok: true, pruned: [] })
    expect(await store.saveBoardSnapshot(snapshot(board, 'a2', 'auto', 3), 3)).toEqual({ ok: true, pruned: [] })
    expect(await store.saveBoardSnapshot(snapshot(board, 'm2', 'manual', 4), 3)).toEqual({ ok: true, pruned: ['a1'] })
    expect(await store.saveBoardSnapshot(snapshot(board, 'a3', 'auto', 5), 3)).toEqual({ ok: true, pruned: ['a2'] })
    expect(await store.saveBoardSnapshot(snapshot(board, 'm3', 'manual', 6), 3)).toEqual({ ok: true, pruned: ['a3'] })
    expect(await store.saveBoardSnapshot(snapshot(board, 'm4', 'manual', 7), 3)).toEqual({ ok: false, reason: 'full' })
    expect(await store.saveBoardSnapshot(snapshot(board, 'a4', 'auto', 8), 3)).toEqual({ ok: false, reason: 'full' })
    expect((await store.listBoardSnapshots(board)).map((s) => s.id)).toEqual(['m3', 'm2', 'm1'])
  })
}

describe('SQLite board snapshots', () => {
  const stores: BoardStore[] = []
  afterAll(async () => {
    for (const store of stores) await store.close()
  })
  behavesLikeASnapshotStore(async () => {
    const store = openSqliteStore(join(tempDir(), 'plenary.sqlite'))
    stores.push(store)
    return store
  })

  it('adds the snapshots table to a data folder made before snapshots existed, keeping its boards', async () => {
    const file = join(tempDir(), 'plenary.sqlite')
    const old = new Database(file)
    old.exec(`CREATE TABLE boards (id TEXT PRIMARY KEY, title TEXT NOT NULL, created_at TEXT NOT NULL);
      INSERT INTO boards VALUES ('oldboard', 'Old', '2026-01-01T00:00:00.000Z');`)
    old.close()
    for (let i = 0; i < 2; i++) {
      const store = openSqliteStore(file)
      expect(await store.getBoard('oldboard')).toMatchObject({ title: 'Old' })
      await store.saveBoardSnapshot(snapshot('oldboard', `s${i}`, 'manual', i), 10)
      await store.close()
    }
    const store = openSqliteStore(file)
    stores.push(store)
    expect((await store.listBoardSnapshots('oldboard')).map((s) => s.id)).toEqual(['s1', 's0'])
  })
})

describe('PostgreSQL board snapshots', () => {
  const { open } = usePostgresStores()
  behavesLikeASnapshotStore(open)
})
