import { describe, expect, it } from 'vitest'
import { memoryStorage } from '../lib/storage'
import type { AddressBar } from '../lib/boardAccess'
import { loadBoardToken, tokenShelf } from '../lib/boardAccess'
import { communityFromPath, communityPath, communityTokens, publicDirectoryPath, withToken } from './communityLink'
import { boardLinkWithToken, snapshotLink } from './boardLinks'

const ID = 'CoMmUnItYiDxxxxxxxxxx1'
const TOKEN = 'c'.repeat(32)

/** An address bar whose replaceState changes the location, as the browser's does. */
function addressBar(url: string): AddressBar & { href: () => string } {
  let current = new URL(url, 'http://plenary.test')
  return {
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
      replaceState: (_data: unknown, _unused: string, next?: string) => {
        if (next !== undefined) current = new URL(next, current)
      },
    },
    href: () => current.href,
  }
}

describe('community paths', () => {
  it('names the community page and its public directory', () => {
    expect(communityFromPath(communityPath(ID))).toEqual({ kind: 'page', id: ID })
    expect(communityFromPath(`${communityPath(ID)}/`)).toEqual({ kind: 'page', id: ID })
    expect(communityFromPath(publicDirectoryPath(ID))).toEqual({ kind: 'public', id: ID })
  })

  it('names nothing for other paths or ids of the wrong shape', () => {
    expect(communityFromPath('/c/')).toBeNull()
    expect(communityFromPath('/c/short')).toBeNull()
    expect(communityFromPath(`/c/${ID}/minutes`)).toBeNull()
    expect(communityFromPath(`/c/${ID}/public/x`)).toBeNull()
    expect(communityFromPath(`/b/${ID}`)).toBeNull()
  })

  it('links into boards with the community token, and to a snapshot read-only', () => {
    expect(withToken(communityPath(ID), TOKEN)).toBe(`/c/${ID}#token=${TOKEN}`)
    expect(boardLinkWithToken('BoArDiDxxxxxxxxxxxxxx1', TOKEN)).toBe(`/b/BoArDiDxxxxxxxxxxxxxx1#token=${TOKEN}`)
    expect(snapshotLink('BoArDiDxxxxxxxxxxxxxx1', 'snap 1', TOKEN)).toBe(`/b/BoArDiDxxxxxxxxxxxxxx1?snapshot=snap+1#token=${TOKEN}`)
  })
})

describe('community tokens', () => {
  it('takes the token from the link, keeps it and clears it from the address bar', () => {
    const storage = memoryStorage()
    const bar = addressBar(`/c/${ID}#token=${TOKEN}`)
    expect(communityTokens.take(ID, bar, storage)).toEqual({ kind: 'token', token: TOKEN })
    expect(bar.href()).toBe(`http://plenary.test/c/${ID}`)
    // A later visit without the fragment finds it again.
    expect(communityTokens.take(ID, addressBar(`/c/${ID}`), storage)).toEqual({ kind: 'token', token: TOKEN })
  })

  it('keeps community tokens apart from board tokens', () => {
    const storage = memoryStorage()
    communityTokens.save(ID, TOKEN, storage)
    expect(loadBoardToken(ID, storage)).toBeNull()
  })

  it('says why there is no token: none, or a link cut off', () => {
    const storage = memoryStorage()
    expect(communityTokens.take(ID, addressBar(`/c/${ID}`), storage)).toEqual({ kind: 'missing', reason: 'none' })
    expect(communityTokens.take(ID, addressBar(`/c/${ID}#token=abc`), storage)).toEqual({ kind: 'missing', reason: 'malformed' })
  })

  it('forgets a refused token but keeps a newer one', () => {
    const storage = memoryStorage()
    communityTokens.save(ID, TOKEN, storage)
    communityTokens.dropRefused(ID, 'd'.repeat(32), storage)
    expect(communityTokens.load(ID, storage)).toBe(TOKEN)
    communityTokens.dropRefused(ID, TOKEN, storage)
    expect(communityTokens.load(ID, storage)).toBeNull()
  })
})

describe('a link token waiting for the server', () => {
  const NEW = 'd'.repeat(32)

  it('keeps the stored token until the server accepts the link’s, and finds the link’s again meanwhile', () => {
    const shelf = tokenShelf('plenary.test.pending.v1')
    const storage = memoryStorage()
    shelf.save(ID, TOKEN, storage)
    const bar = addressBar(`/c/${ID}#token=${NEW}`)
    expect(shelf.takePending(ID, bar, storage)).toEqual({ access: { kind: 'token', token: NEW }, previous: TOKEN })
    expect(bar.href()).toBe(`http://plenary.test/c/${ID}`)
    expect(shelf.load(ID, storage)).toBe(TOKEN)
    // A second read (React's development double render), the fragment already gone.
    expect(shelf.takePending(ID, bar, storage)).toEqual({ access: { kind: 'token', token: NEW }, previous: TOKEN })
    shelf.accept(ID, NEW, storage)
    expect(shelf.load(ID, storage)).toBe(NEW)
    expect(shelf.takePending(ID, bar, storage)).toEqual({ access: { kind: 'token', token: NEW }, previous: null })
  })

  it('falls back to the stored token when the link’s is refused', () => {
    const shelf = tokenShelf('plenary.test.pending.v1')
    const storage = memoryStorage()
    shelf.save(ID, TOKEN, storage)
    shelf.takePending(ID, addressBar(`/c/${ID}#token=${NEW}`), storage)
    shelf.dropRefused(ID, NEW, storage)
    expect(shelf.load(ID, storage)).toBe(TOKEN)
    expect(shelf.takePending(ID, addressBar(`/c/${ID}`), storage)).toEqual({ access: { kind: 'token', token: TOKEN }, previous: null })
  })

  it('has nothing to fall back on in a browser that never opened the page', () => {
    const shelf = tokenShelf('plenary.test.pending.v1')
    const storage = memoryStorage()
    expect(shelf.takePending(ID, addressBar(`/c/${ID}#token=${NEW}`), storage)).toEqual({
      access: { kind: 'token', token: NEW },
      previous: null,
    })
    shelf.dropRefused(ID, NEW, storage)
    expect(shelf.takePending(ID, addressBar(`/c/${ID}`), storage)).toEqual({ access: { kind: 'missing', reason: 'none' }, previous: null })
  })
})
