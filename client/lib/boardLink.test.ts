import { describe, expect, it } from 'vitest'
import { testTranslator } from '../i18n/testing'
import { boardIdFromPath, boardPath, inviteLink, parseBoardLink } from './boardLink'

const ID = 'AbCdEfGhIjKlMnOpQrSt_-'
const ORIGIN = 'https://board.example.coop'

const t = testTranslator('en')

describe('parseBoardLink', () => {
  it('accepts a bare board id', () => {
    expect(parseBoardLink(`  ${ID} `, ORIGIN, t)).toEqual({ ok: true, id: ID, token: null })
  })

  it('accepts a full link to this server, with or without a trailing slash', () => {
    expect(parseBoardLink(`${ORIGIN}/b/${ID}`, ORIGIN, t)).toEqual({ ok: true, id: ID, token: null })
    expect(parseBoardLink(`${ORIGIN}/b/${ID}/`, ORIGIN, t)).toEqual({ ok: true, id: ID, token: null })
  })

  it('keeps the invite token of a full link', () => {
    const token = 'x'.repeat(32)
    expect(parseBoardLink(`${ORIGIN}/b/${ID}#token=${token}`, ORIGIN, t)).toEqual({ ok: true, id: ID, token })
    expect(inviteLink(ORIGIN, ID, token)).toBe(`${ORIGIN}/b/${ID}#token=${token}`)
  })

  it('explains a link whose token was cut off', () => {
    expect(parseBoardLink(`${ORIGIN}/b/${ID}#token=abc`, ORIGIN, t)).toMatchObject({ ok: false, error: expect.stringContaining('cut off') })
  })

  it('accepts a path', () => {
    expect(parseBoardLink(`/b/${ID}`, ORIGIN, t)).toEqual({ ok: true, id: ID, token: null })
  })

  it('refuses a link to another server and names it', () => {
    const result = parseBoardLink(`https://other.example.org/b/${ID}`, ORIGIN, t)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toContain('other.example.org')
  })

  it('explains empty input and text that is not a link', () => {
    expect(parseBoardLink('   ', ORIGIN, t)).toMatchObject({ ok: false, error: expect.stringContaining('Paste') })
    expect(parseBoardLink('hello there', ORIGIN, t)).toMatchObject({ ok: false })
    expect(parseBoardLink(`${ORIGIN}/b/short`, ORIGIN, t)).toMatchObject({ ok: false })
  })
})

describe('board paths', () => {
  it('round-trips an id through the board path', () => {
    expect(boardIdFromPath(boardPath(ID))).toBe(ID)
  })

  it('rejects paths that are not a single board segment', () => {
    expect(boardIdFromPath('/')).toBeNull()
    expect(boardIdFromPath('/b/')).toBeNull()
    expect(boardIdFromPath(`/b/${ID}/extra`)).toBeNull()
    expect(boardIdFromPath('/b/%E0%A4%A')).toBeNull()
  })
})
