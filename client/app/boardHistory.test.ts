import { describe, expect, it } from 'vitest'
import { forgetBoard, listBoards, MAX_HISTORY_ENTRIES, rememberBoard } from './boardHistory'
import { memoryStorage } from '../lib/storage'

const id = (n: number) => `board${String(n).padStart(17, '0')}`

describe('board history', () => {
  it('lists boards newest first with their titles', () => {
    const storage = memoryStorage()
    rememberBoard({ id: id(1), title: 'January' }, storage, new Date('2026-01-10T10:00:00Z'))
    rememberBoard({ id: id(2), title: 'February', createdHere: true }, storage, new Date('2026-02-10T10:00:00Z'))
    expect(listBoards(storage).map((b) => [b.title, b.createdHere])).toEqual([
      ['February', true],
      ['January', false],
    ])
  })

  it('moves a revisited board to the top, refreshes its title and keeps "created here"', () => {
    const storage = memoryStorage()
    rememberBoard({ id: id(1), title: 'Draft', createdHere: true }, storage, new Date('2026-01-01T00:00:00Z'))
    rememberBoard({ id: id(2), title: 'Other' }, storage, new Date('2026-01-02T00:00:00Z'))
    rememberBoard({ id: id(1), title: 'Final' }, storage, new Date('2026-01-03T00:00:00Z'))
    const [first] = listBoards(storage)
    expect(first).toMatchObject({ id: id(1), title: 'Final', createdHere: true })
    expect(listBoards(storage)).toHaveLength(2)
  })

  it('skips damaged entries instead of losing the whole list', () => {
    const storage = memoryStorage()
    rememberBoard({ id: id(1), title: 'Kept' }, storage)
    const raw = JSON.parse(storage.getItem('plenary.boardHistory.v1') ?? '[]') as unknown[]
    storage.setItem('plenary.boardHistory.v1', JSON.stringify([...raw, { id: 'bad' }, 42, null]))
    expect(listBoards(storage).map((b) => b.title)).toEqual(['Kept'])
  })

  it('survives storage that holds something other than a list', () => {
    const storage = memoryStorage()
    storage.setItem('plenary.boardHistory.v1', '{not json')
    expect(listBoards(storage)).toEqual([])
  })

  it('keeps at most the newest entries', () => {
    const storage = memoryStorage()
    for (let n = 0; n < MAX_HISTORY_ENTRIES + 5; n++) {
      rememberBoard({ id: id(n), title: `Board ${n}` }, storage, new Date(Date.UTC(2026, 0, 1, 0, n)))
    }
    const boards = listBoards(storage)
    expect(boards).toHaveLength(MAX_HISTORY_ENTRIES)
    expect(boards[0]?.title).toBe(`Board ${MAX_HISTORY_ENTRIES + 4}`)
  })

  it('forgets a board', () => {
    const storage = memoryStorage()
    rememberBoard({ id: id(1), title: 'One' }, storage)
    rememberBoard({ id: id(2), title: 'Two' }, storage)
    forgetBoard(id(1), storage)
    expect(listBoards(storage).map((b) => b.id)).toEqual([id(2)])
  })
})
