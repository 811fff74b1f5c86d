/**
 * PostgreSQL-backed stores for tests: one throwaway PostgreSQL server per test file (or
 * describe block), every store opened on it closed afterwards.
 */
import { afterAll, beforeAll } from 'vitest'
import { asError } from '../../shared/values'
import { openPostgresStore, type PostgresStoreOptions } from '../persistence/postgres'
import type { BoardStore } from '../persistence/types'
import { startPostgres, type ServiceInstance } from './services'

/** Opens stores on the test's PostgreSQL; `service` is there to stop and restart it. */
export interface PostgresStores {
  open: (options?: PostgresStoreOptions) => Promise<BoardStore>
  service: () => ServiceInstance | null
}

/**
 * Registers the start and clean-up hooks where it is called and returns how to open a new
 * store. A PostgreSQL that could not start fails each test that opens a store, with the reason.
 */
export function usePostgresStores(): PostgresStores {
  let postgres: ServiceInstance | null = null
  let startError: Error | null = null
  const stores: BoardStore[] = []
  beforeAll(async () => {
    postgres = await startPostgres().catch((error: unknown) => {
      startError = asError(error)
      return null
    })
  }, 60_000)
  afterAll(async () => {
    for (const store of stores.splice(0)) await store.close().catch(() => undefined)
    await postgres?.dispose()
  })
  const open = async (options?: PostgresStoreOptions) => {
    if (startError) throw startError
    if (!postgres) throw new Error('PostgreSQL did not start')
    const store = await openPostgresStore(postgres.url, options)
    stores.push(store)
    return store
  }
  return { open, service: () => postgres }
}
