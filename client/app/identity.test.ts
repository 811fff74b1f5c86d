import { describe, expect, it } from 'vitest'
import { colorForId } from '../../shared/participant'
import { loadIdentity, newParticipantId, participantId, saveIdentity, toParticipant, validateIdentity } from './identity'
import { memoryStorage } from '../lib/storage'

describe('identity', () => {
  it('keeps one participant id per browser', () => {
    const storage = memoryStorage()
    const first = participantId(storage)
    expect(first).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(participantId(storage)).toBe(first)
  })

  it('replaces a malformed stored participant id', () => {
    const storage = memoryStorage()
    storage.setItem('plenary.participantId.v1', JSON.stringify('x'))
    expect(participantId(storage)).toMatch(/^[A-Za-z0-9_-]{22}$/)
  })

  it('generates different ids', () => {
    expect(newParticipantId()).not.toBe(newParticipantId())
  })

  it('requires a name, tidies whitespace, and allows an empty cooperative', () => {
    expect(validateIdentity({ name: '   ', coop: 'X' }).ok).toBe(false)
    expect(validateIdentity({ name: '  Ana   María ', coop: '' })).toEqual({
      ok: true,
      identity: { name: 'Ana María', coop: '' },
    })
  })

  it('keeps a cooperative name as long as a roster coop’s, so picking one never cuts it', () => {
    const coop = 'Cooperativa de Trabajo de Desarrolladoras y Desarrolladores de Software Libre'
    expect(coop.length).toBeGreaterThan(60)
    expect(validateIdentity({ name: 'Ana', coop })).toEqual({ ok: true, identity: { name: 'Ana', coop } })
    const long = validateIdentity({ name: 'x'.repeat(100), coop: 'y'.repeat(100) })
    expect(long.ok && [long.identity.name.length, long.identity.coop.length]).toEqual([60, 80])
  })

  it('remembers name and cooperative, and ignores damaged stored values', () => {
    const storage = memoryStorage()
    expect(loadIdentity(storage)).toBeNull()
    saveIdentity({ name: 'Kenji', coop: 'Tokyo Dev Co-op' }, storage)
    expect(loadIdentity(storage)).toEqual({ name: 'Kenji', coop: 'Tokyo Dev Co-op' })
    storage.setItem('plenary.identity.v1', JSON.stringify({ name: 12 }))
    expect(loadIdentity(storage)).toBeNull()
  })

  it('builds the participant with the colour for its id', () => {
    expect(toParticipant('abc', { name: 'Ana', coop: 'C' })).toEqual({ id: 'abc', name: 'Ana', coop: 'C', color: colorForId('abc') })
  })
})
