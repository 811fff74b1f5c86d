import { describe, expect, it } from 'vitest'
import {
  dropRefusedToken,
  forgetBoardToken,
  loadBoardToken,
  MAX_STORED_TOKENS,
  saveBoardToken,
  takeBoardAccess,
  tokenFromFragment,
  type AddressBar,
} from './boardAccess'
import { memoryStorage } from './storage'

const BOARD = 'AbCdEfGhIjKlMnOpQrStUv'
const OTHER = 'ZzCdEfGhIjKlMnOpQrStUv'
const TOKEN = 'a'.repeat(32)
const NEWER = 'b'.repeat(32)

/** An address bar whose replaceState really changes the location, like the browser's. */
function addressBar(url: string): AddressBar & { replaced: number; href(): string } {
  let current = new URL(url, 'http://plenary.test')
  const bar = {
    replaced: 0,
    location: {
      get pathname() {
        return current.pathname
      },
      get search() {
        return current.search
      },
      get hash() {
        return current.hash
      },
    },
    history: {
      state: null,
      replaceState(_data: unknown, _unused: string, next?: string) {
        bar.replaced++
        if (next !== undefined) current = new URL(next, current)
      },
    },
    href: () => current.href,
  }
  return bar
}

describe('tokenFromFragment', () => {
  it('reads a token, and tells a missing one from a cut-off one', () => {
    expect(tokenFromFragment(`#token=${TOKEN}`)).toEqual({ kind: 'token', token: TOKEN })
    expect(tokenFromFragment('')).toEqual({ kind: 'none' })
    expect(tokenFromFragment('#section')).toEqual({ kind: 'none' })
    expect(tokenFromFragment(`#token=${TOKEN.slice(0, 20)}`)).toEqual({ kind: 'malformed' })
    expect(tokenFromFragment('#token=')).toEqual({ kind: 'malformed' })
  })
})

describe('stored tokens', () => {
  it('keeps one token per board, the newest replacing the old', () => {
    const storage = memoryStorage()
    saveBoardToken(BOARD, TOKEN, storage)
    saveBoardToken(OTHER, TOKEN, storage)
    saveBoardToken(BOARD, NEWER, storage)
    expect(loadBoardToken(BOARD, storage)).toBe(NEWER)
    expect(loadBoardToken(OTHER, storage)).toBe(TOKEN)
    forgetBoardToken(BOARD, storage)
    expect(loadBoardToken(BOARD, storage)).toBeNull()
  })

  it('drops a refused token only while it is still the stored one', () => {
    const storage = memoryStorage()
    saveBoardToken(BOARD, NEWER, storage)
    dropRefusedToken(BOARD, TOKEN, storage)
    expect(loadBoardToken(BOARD, storage)).toBe(NEWER)
    dropRefusedToken(BOARD, NEWER, storage)
    expect(loadBoardToken(BOARD, storage)).toBeNull()
  })

  it('refuses what is not a token and skips damaged entries', () => {
    const storage = memoryStorage()
    expect(saveBoardToken(BOARD, 'short', storage)).toBe(false)
    expect(loadBoardToken(BOARD, storage)).toBeNull()
    storage.setItem(
      'plenary.boardTokens.v1',
      JSON.stringify({ [BOARD]: { token: '<script>', savedAt: 1 }, [OTHER]: { token: TOKEN, savedAt: 2 }, bad: 1 }),
    )
    expect(loadBoardToken(BOARD, storage)).toBeNull()
    expect(loadBoardToken(OTHER, storage)).toBe(TOKEN)
    storage.setItem('plenary.boardTokens.v1', '{not json')
    expect(loadBoardToken(OTHER, storage)).toBeNull()
  })

  it('keeps the tokens of the most recently opened boards only', () => {
    const storage = memoryStorage()
    const id = (n: number) => `board${String(n).padStart(17, '0')}`
    for (let n = 0; n < MAX_STORED_TOKENS + 3; n++) saveBoardToken(id(n), TOKEN, storage, 1000 + n)
    expect(loadBoardToken(id(0), storage)).toBeNull()
    expect(loadBoardToken(id(MAX_STORED_TOKENS + 2), storage)).toBe(TOKEN)
  })
})

describe('takeBoardAccess', () => {
  it('stores the link’s token and removes it from the address bar', () => {
    const storage = memoryStorage()
    const bar = addressBar(`/b/${BOARD}?x=1#token=${TOKEN}`)
    expect(takeBoardAccess(BOARD, bar, storage)).toEqual({ kind: 'token', token: TOKEN })
    expect(bar.href()).toBe(`http://plenary.test/b/${BOARD}?x=1`)
    expect(loadBoardToken(BOARD, storage)).toBe(TOKEN)
    // Called again (React may run initialisers twice): the stored token answers.
    expect(takeBoardAccess(BOARD, bar, storage)).toEqual({ kind: 'token', token: TOKEN })
    expect(bar.replaced).toBe(1)
  })

  it('uses the stored token when the address has none, and a newer link replaces it', () => {
    const storage = memoryStorage()
    saveBoardToken(BOARD, TOKEN, storage)
    expect(takeBoardAccess(BOARD, addressBar(`/b/${BOARD}`), storage)).toEqual({ kind: 'token', token: TOKEN })
    expect(takeBoardAccess(BOARD, addressBar(`/b/${BOARD}#token=${NEWER}`), storage)).toEqual({ kind: 'token', token: NEWER })
    expect(loadBoardToken(BOARD, storage)).toBe(NEWER)
  })

  it('says why there is no access: no token at all, or a cut-off one', () => {
    const storage = memoryStorage()
    expect(takeBoardAccess(BOARD, addressBar(`/b/${BOARD}`), storage)).toEqual({ kind: 'missing', reason: 'none' })
    const bar = addressBar(`/b/${BOARD}#token=abc`)
    expect(takeBoardAccess(BOARD, bar, storage)).toEqual({ kind: 'missing', reason: 'malformed' })
    expect(bar.href()).toBe(`http://plenary.test/b/${BOARD}`)
  })

  it('falls back to the stored token when a pasted link was cut off', () => {
    const storage = memoryStorage()
    saveBoardToken(BOARD, TOKEN, storage)
    expect(takeBoardAccess(BOARD, addressBar(`/b/${BOARD}#token=abc`), storage)).toEqual({ kind: 'token', token: TOKEN })
  })
})
