import { describe, expect, it } from 'vitest'
import { lastSeenSummons, rememberSummons, type SummonStorage } from './summonMemory'

function memoryStorage(): SummonStorage {
  const items = new Map<string, string>()
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) }
}

describe('summons memory', () => {
  it('remembers the last summons per board', () => {
    const storage = memoryStorage()
    expect(lastSeenSummons(storage, 'b1')).toBeNull()
    rememberSummons(storage, 'b1', 1234)
    expect(lastSeenSummons(storage, 'b1')).toBe(1234)
    expect(lastSeenSummons(storage, 'b2')).toBeNull()
  })

  it('ignores junk and storage that throws', () => {
    const storage = memoryStorage()
    storage.setItem('plenary:summons-seen:b1', 'nonsense')
    expect(lastSeenSummons(storage, 'b1')).toBeNull()
    const broken: SummonStorage = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('denied')
      },
    }
    expect(lastSeenSummons(broken, 'b1')).toBeNull()
    expect(() => rememberSummons(broken, 'b1', 1)).not.toThrow()
    expect(lastSeenSummons(null, 'b1')).toBeNull()
  })
})
