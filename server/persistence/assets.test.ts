import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Role } from '../../shared/protocol'
import { usePostgresStores } from '../testing/postgresStores'
import { tempDir } from '../testing/testServer'
import { openSqliteStore } from './sqlite'
import type { BoardStore, NewAsset } from './types'

let boards = 0
async function newBoard(store: BoardStore): Promise<string> {
  const id = `assetboard${++boards}`
  await store.createBoard({ id, title: 'Board', createdAt: new Date(0).toISOString() }, [
    { hash: `${id}-f`, role: Role.facilitator, generation: 1 },
  ])
  return id
}

function asset(size: number, fill: number): NewAsset {
  const bytes = new Uint8Array(size).fill(fill)
  return { hash: createHash('sha256').update(bytes).digest('hex'), mimeType: 'image/png', bytes }
}

/** What every BoardStore must do with uploaded assets. */
function behavesLikeAnAssetStore(open: () => Promise<BoardStore>): void {
  it('stores an asset once per board and reads it back by hash, only on that board', async () => {
    const store = await open()
    const board = await newBoard(store)
    const other = await newBoard(store)
    const image = asset(1_000, 7)
    expect(await store.putAsset(board, image, 10_000)).toEqual({ ok: true, created: true })
    expect(await store.putAsset(board, image, 10_000)).toEqual({ ok: true, created: false })
    expect(await store.assetBytes(board)).toBe(1_000)
    const read = await store.getAsset(board, image.hash)
    expect(read?.mimeType).toBe('image/png')
    expect(Buffer.from(read?.bytes ?? []).equals(Buffer.from(image.bytes))).toBe(true)
    expect(await store.getAsset(other, image.hash)).toBeNull()
    expect(await store.assetBytes(other)).toBe(0)
    // Another board keeps its own copy, counted against its own total.
    expect(await store.putAsset(other, image, 10_000)).toEqual({ ok: true, created: true })
    expect(await store.assetBytes(other)).toBe(1_000)
  })

  it("refuses an asset that would take the board's assets over their total, but not one already stored", async () => {
    const store = await open()
    const board = await newBoard(store)
    const first = asset(600, 1)
    expect(await store.putAsset(board, first, 1_000)).toEqual({ ok: true, created: true })
    expect(await store.putAsset(board, asset(401, 2), 1_000)).toEqual({ ok: false, reason: 'full' })
    expect(await store.putAsset(board, asset(400, 3), 1_000)).toEqual({ ok: true, created: true })
    expect(await store.putAsset(board, first, 1_000)).toEqual({ ok: true, created: false })
    expect(await store.assetBytes(board)).toBe(1_000)
  })

  it('lets only as many concurrent uploads through as the total holds', async () => {
    const store = await open()
    const board = await newBoard(store)
    const results = await Promise.all(Array.from({ length: 6 }, (_, n) => store.putAsset(board, asset(300, 10 + n), 1_000)))
    expect(results.filter((result) => result.ok)).toHaveLength(3)
    expect(await store.assetBytes(board)).toBe(900)
  })
}

describe('SQLite asset store', () => {
  const stores: BoardStore[] = []
  afterAll(async () => {
    for (const store of stores) await store.close()
  })
  behavesLikeAnAssetStore(async () => {
    const store = openSqliteStore(join(tempDir(), 'plenary.sqlite'))
    stores.push(store)
    return store
  })

  it('adds the assets table to a data folder made before assets existed, keeping its boards', async () => {
    const file = join(tempDir(), 'plenary.sqlite')
    const old = new Database(file)
    old.exec(`CREATE TABLE boards (id TEXT PRIMARY KEY, title TEXT NOT NULL, created_at TEXT NOT NULL);
      INSERT INTO boards VALUES ('oldboard', 'Old', '2026-01-01T00:00:00.000Z');`)
    old.close()
    const store = openSqliteStore(file)
    stores.push(store)
    expect(await store.getBoard('oldboard')).toMatchObject({ title: 'Old' })
    const image = asset(10, 9)
    expect(await store.putAsset('oldboard', image, 100)).toEqual({ ok: true, created: true })
    expect((await store.getAsset('oldboard', image.hash))?.bytes.byteLength).toBe(10)
  })
})

describe('PostgreSQL asset store', () => {
  const { open } = usePostgresStores()
  behavesLikeAnAssetStore(open)
})
