import { describe, expect, it } from 'vitest'
import { Role } from '../../../shared/protocol'
import { breakoutPresenceFilter, presenceFilterKey, visibleGroupMembers } from './presenceFilter'
import { testMember, testSession } from './testSession'

const members = [testMember('ana', 'g1'), testMember('bo', 'g1'), testMember('cy', 'g2'), testMember('di', 'g3')]

describe('breakoutPresenceFilter', () => {
  it('shows a member their own group and the facilitators, and hides the other groups', () => {
    const show = breakoutPresenceFilter(testSession(), members, { id: 'ana', role: Role.participant })
    expect(show).not.toBeNull()
    expect(show?.({ id: 'bo', role: Role.participant })).toBe(true)
    expect(show?.({ id: 'cy', role: Role.participant })).toBe(false)
    expect(show?.({ id: 'late-arrival', role: Role.participant })).toBe(false)
    expect(show?.({ id: 'fac', role: Role.facilitator })).toBe(true)
  })

  it('shows everyone to facilitators, viewers, people in no group, and once the session ended', () => {
    expect(breakoutPresenceFilter(testSession(), members, { id: 'fac', role: Role.facilitator })).toBeNull()
    expect(breakoutPresenceFilter(testSession(), members, { id: 'ana', role: Role.viewer })).toBeNull()
    expect(breakoutPresenceFilter(testSession(), members, { id: 'new', role: Role.participant })).toBeNull()
    expect(breakoutPresenceFilter(testSession({ status: 'ended' }), members, { id: 'ana', role: Role.participant })).toBeNull()
    expect(breakoutPresenceFilter(null, members, { id: 'ana', role: Role.participant })).toBeNull()
  })

  it('ignores members of other sessions', () => {
    const withOld = [...members, testMember('cy', 'g1', '', 's0')]
    expect(visibleGroupMembers(testSession(), withOld, { id: 'ana', role: Role.participant })).toEqual(['ana', 'bo'])
  })

  it('keys the same groups equally, so the predicate changes only when a group does', () => {
    const viewer = { id: 'ana', role: Role.participant }
    const a = presenceFilterKey(visibleGroupMembers(testSession(), members, viewer))
    const b = presenceFilterKey(visibleGroupMembers(testSession(), [...members].reverse(), viewer))
    const c = presenceFilterKey(visibleGroupMembers(testSession(), [...members, testMember('eve', 'g1')], viewer))
    expect(a).toBe(b)
    expect(c).not.toBe(a)
  })
})
