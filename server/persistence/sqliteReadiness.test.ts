import Database from 'better-sqlite3'
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDir } from '../testing/testServer'
import { openSqliteStore } from './sqlite'
import { MIN_FREE_BYTES, sqliteReadiness } from './sqliteReadiness'
import type { BoardStore } from './types'

describe('the SQLite store’s readiness', () => {
  const cleanups: (() => unknown)[] = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  /** A store in its own folder, with a board created, closed after the test. */
  async function openStore(): Promise<{ dir: string; file: string; store: BoardStore }> {
    const dir = tempDir('plenary-ready-')
    const file = join(dir, 'data', 'plenary.sqlite')
    const store = openSqliteStore(file, { checkpointEveryMs: 0 })
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    cleanups.push(() => store.close().catch(() => undefined))
    await store.createBoard({ id: 'b1', title: 'Asamblea de la Cooperativa Łódź · 合作社', createdAt: new Date().toISOString() }, [])
    return { dir, file, store }
  }

  it('is ready while its file is there and takes a write', async () => {
    const { store } = await openStore()
    expect(await store.readiness()).toEqual({ ready: true })
    expect(await store.readiness()).toEqual({ ready: true })
  })

  it('is not ready once its data folder is deleted under it, though SQLite would go on writing', async () => {
    const { dir, store } = await openStore()
    rmSync(join(dir, 'data'), { recursive: true, force: true })
    expect(await store.readiness()).toMatchObject({ ready: false, reason: 'sqlite' })
    // SQLite itself does not notice: the write lands in the deleted file.
    await expect(store.appendUpdate('b1', new Uint8Array([0, 0]))).resolves.toBeGreaterThan(0)
  })

  it('is not ready when another file has taken its place', async () => {
    const { file, store } = await openStore()
    renameSync(file, `${file}.old`)
    writeFileSync(file, '')
    expect(await store.readiness()).toMatchObject({ ready: false, reason: 'sqlite' })
  })

  it('is not ready once its connection is closed', async () => {
    const { store } = await openStore()
    await store.close()
    expect(await store.readiness()).toMatchObject({ ready: false, reason: 'sqlite' })
  })

  it('is not ready when a write fails, as on a disk remounted read-only', async () => {
    const { file, store } = await openStore()
    // The store's check made its table; a read-only connection to the same file can read it but not write.
    expect(await store.readiness()).toEqual({ ready: true })
    const readOnly = new Database(file, { readonly: true })
    cleanups.push(() => readOnly.close())
    const answer = await sqliteReadiness(readOnly, file)()
    expect(answer).toMatchObject({ ready: false, reason: 'sqlite' })
    expect(String(answer.ready ? '' : answer.cause)).toMatch(/readonly/i)
  })

  it('is not ready when the disk is (nearly) full', async () => {
    const { file } = await openStore()
    const db = new Database(file)
    cleanups.push(() => db.close())
    let free = MIN_FREE_BYTES
    const check = sqliteReadiness(db, file, () => free)
    expect(await check()).toEqual({ ready: true })
    free = MIN_FREE_BYTES - 1
    const answer = await check()
    expect(answer).toMatchObject({ ready: false, reason: 'sqlite' })
    expect(String(answer.ready ? '' : answer.cause)).toMatch(/full/)
  })
})
