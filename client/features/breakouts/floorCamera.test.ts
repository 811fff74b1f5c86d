import { describe, expect, it } from 'vitest'
import { floorPhase, planFloorMove } from './floorCamera'
import { testSession } from './testSession'

const ended = { status: 'ended' as const, endedAt: 1_700_000 }

describe('floorPhase', () => {
  it('names the area of the group that has the floor', () => {
    const session = testSession({ ...ended, reportBack: { order: ['g3', 'g1', 'g2'], current: 1 } })
    expect(floorPhase(session)).toEqual({ key: 's1/1/g1', areaId: 'shape:area-g1' })
  })

  it('is null before report-back, after the last group and for a group the session does not have', () => {
    expect(floorPhase(null)).toBeNull()
    expect(floorPhase(testSession(ended))).toBeNull()
    expect(floorPhase(testSession({ ...ended, reportBack: { order: ['g1', 'g2'], current: null } }))).toBeNull()
    expect(floorPhase(testSession({ ...ended, reportBack: { order: ['g9'], current: 0 } }))).toBeNull()
  })
})

describe('planFloorMove', () => {
  const floor = (current: number) => floorPhase(testSession({ ...ended, reportBack: { order: ['g1', 'g2', 'g3'], current } }))

  it("goes to the next group's area when the floor passes, and only once", () => {
    const first = floor(0)
    const second = floor(1)
    expect(planFloorMove(first?.key ?? null, second)).toBe('shape:area-g2')
    expect(planFloorMove(second?.key ?? null, floor(1))).toBeNull()
  })

  it('goes to the area on load during report-back (a reload of the presenter or a follower)', () => {
    expect(planFloorMove(null, floor(2))).toBe('shape:area-g3')
  })

  it('goes back to a group that gets the floor again', () => {
    expect(planFloorMove(floor(1)?.key ?? null, floor(0))).toBe('shape:area-g1')
  })

  it('leaves the view alone when report-back ends', () => {
    expect(planFloorMove(floor(2)?.key ?? null, null)).toBeNull()
  })
})
