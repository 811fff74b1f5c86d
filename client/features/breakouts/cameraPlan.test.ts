import { describe, expect, it } from 'vitest'
import { cameraPhase, planCameraMove } from './cameraPlan'
import { testMember, testSession } from './testSession'

const members = [testMember('ana', 'g1'), testMember('bo', 'g2')]

describe('planCameraMove', () => {
  it("takes a member to their group's area once, not again while nothing changes", () => {
    const running = cameraPhase(testSession(), members, 'ana')
    expect(planCameraMove(null, running)).toEqual({ kind: 'group', areaId: 'shape:area-g1' })
    expect(planCameraMove(running, cameraPhase(testSession(), [...members], 'ana'))).toBeNull()
  })

  it('moves a member again when a facilitator moves them to another group', () => {
    const before = cameraPhase(testSession(), members, 'ana')
    const after = cameraPhase(testSession(), [testMember('ana', 'g3'), testMember('bo', 'g2')], 'ana')
    expect(planCameraMove(before, after)).toEqual({ kind: 'group', areaId: 'shape:area-g3' })
  })

  it('leaves facilitators (in no group) where they are at the start, and brings them back at the end', () => {
    const running = cameraPhase(testSession(), members, 'fac')
    expect(planCameraMove({ kind: 'none' }, running)).toBeNull()
    expect(planCameraMove(running, cameraPhase(testSession({ status: 'ended' }), members, 'fac'))).toEqual({ kind: 'plenary' })
  })

  it('brings members back to the plenary when the session they were in ends, once', () => {
    const running = cameraPhase(testSession(), members, 'bo')
    const ended = cameraPhase(testSession({ status: 'ended' }), members, 'bo')
    expect(planCameraMove(running, ended)).toEqual({ kind: 'plenary' })
    expect(planCameraMove(ended, ended)).toBeNull()
  })

  it('does not move anyone who opens a board whose session ended before they came', () => {
    expect(planCameraMove(null, cameraPhase(testSession({ status: 'ended' }), members, 'ana'))).toBeNull()
  })

  it('takes a late joiner to their group once their entry arrives', () => {
    const unassigned = cameraPhase(testSession(), members, 'cy')
    expect(planCameraMove(null, unassigned)).toBeNull()
    const assigned = cameraPhase(testSession(), [...members, testMember('cy', 'g2')], 'cy')
    expect(planCameraMove(unassigned, assigned)).toEqual({ kind: 'group', areaId: 'shape:area-g2' })
  })
})
