import { describe, expect, it } from 'vitest'
import { loadBoardToken, saveBoardToken } from '../../lib/boardAccess'
import { memoryStorage } from '../../lib/storage'
import { openPastedLink } from './openPastedLink'
import { testTranslator } from '../../i18n/testing'

const t = testTranslator('en')

const ORIGIN = 'http://plenary.test'
const ID = 'AbCdEfGhIjKlMnOpQrStUv'
const TOKEN = 'k'.repeat(32)

describe('openPastedLink', () => {
  it('keeps the token of an invite link and opens the board without it in the address', () => {
    const storage = memoryStorage()
    expect(openPastedLink(`${ORIGIN}/b/${ID}#token=${TOKEN}`, ORIGIN, t, storage)).toEqual({ ok: true, path: `/b/${ID}` })
    expect(loadBoardToken(ID, storage)).toBe(TOKEN)
  })

  it('opens a bare id only when this browser already holds its token', () => {
    const storage = memoryStorage()
    expect(openPastedLink(ID, ORIGIN, t, storage)).toMatchObject({ ok: false, error: expect.stringContaining('no invite') })
    saveBoardToken(ID, TOKEN, storage)
    expect(openPastedLink(ID, ORIGIN, t, storage)).toEqual({ ok: true, path: `/b/${ID}` })
  })
})
