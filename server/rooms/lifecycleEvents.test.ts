import { describe, expect, it } from 'vitest'
import { recordsMap } from '../../shared/boardDoc'
import { Role } from '../../shared/protocol'
import { createLogger } from '../logger'
import { openSqliteStore } from '../persistence/sqlite'
import type { BoardStore } from '../persistence/types'
import { createBoardPolicy } from '../policy/boardPolicy'
import { testNote } from '../testing/testNotes'
import type { RoomEvents } from './Room'
import { RoomRegistry } from './RoomRegistry'
import { buildOnScratch } from './serverWrite'

const BOARD = 'board-lifecycle'

/** Every lifecycle event a registry reports, in order. */
function recordEvents(): { events: RoomEvents; seen: string[]; loadMs: number[] } {
  const seen: string[] = []
  const loadMs: number[] = []
  return {
    seen,
    loadMs,
    events: {
      loaded: (ms) => {
        seen.push('loaded')
        loadMs.push(ms)
      },
      loadFailed: () => seen.push('loadFailed'),
      compacted: (_ms, bytes) => seen.push(`compacted ${bytes > 200 ? 'a note' : 'nothing'}`),
      compactionFailed: () => seen.push('compactionFailed'),
    },
  }
}

describe('the lifecycle events of rooms', () => {
  it('report a failed load and a failed compaction as well as successful ones', async () => {
    const inner = openSqliteStore(':memory:')
    await inner.createBoard({ id: BOARD, title: 'Asamblea', createdAt: new Date(0).toISOString() }, [])
    let failLoads = 1
    let failCompactions = 1
    const store: BoardStore = {
      ...inner,
      loadDocument: (boardId) => (failLoads-- > 0 ? Promise.reject(new Error('disk gone')) : inner.loadDocument(boardId)),
      compact: (boardId, snapshot, throughSeq) =>
        failCompactions-- > 0 ? Promise.reject(new Error('disk full')) : inner.compact(boardId, snapshot, throughSeq),
    }
    const { events, seen, loadMs } = recordEvents()
    const registry = new RoomRegistry({
      store,
      events,
      logger: createLogger('silent'),
      policy: createBoardPolicy(),
      compactEvery: 1000,
      idleUnloadMs: 60_000,
    })

    await expect(registry.acquire(BOARD)).rejects.toThrow('disk gone')
    const room = await registry.acquire(BOARD)
    const { change } = buildOnScratch(room.doc, (scratch) =>
      recordsMap(scratch).set('shape:n1', testNote(1, 10, 'Propuesta de Łucja: cooperativa de 協同組合')),
    )
    if (!change) throw new Error('expected a change')
    expect(await room.applyServerUpdate(change, Role.facilitator)).toBe(true)
    // Unloading compacts what was stored: the first attempt fails, the next load compacts again.
    await registry.closeAll()
    await registry.acquire(BOARD)
    await registry.closeAll()

    expect(seen).toEqual(['loadFailed', 'loaded', 'compactionFailed', 'loaded', 'compacted a note'])
    expect(loadMs.every((ms) => ms >= 0 && ms < 5000)).toBe(true)
    await inner.close()
  })
})
