import { describe, expect, it } from 'vitest'
import type { StageFollow, StageSummon } from '../../../shared/stage/stage'
import {
  FRESH_SUMMONS_MS,
  outlinedPresenter,
  presenceOf,
  presenterToFollow,
  shouldActOnSummons,
  SUMMONS_OUTLINE_MS,
  viewportOfPresence,
} from './stageLogic'

const follow: StageFollow = { presenterId: 'p-ana', presenterLabel: 'Ana · Sur', reason: 'facilitator', since: 1000 }
const summons: StageSummon = { presenterId: 'p-ana', presenterLabel: 'Ana · Sur', at: 50_000 }

describe('stage logic', () => {
  it('follows the presenter unless this browser is the presenter', () => {
    expect(presenterToFollow(follow, 'p-bo')).toBe('p-ana')
    expect(presenterToFollow(follow, 'p-ana')).toBeNull()
    expect(presenterToFollow(null, 'p-bo')).toBeNull()
  })

  it('acts on each new summons once, never on its own', () => {
    expect(shouldActOnSummons(summons, 40_000, 'p-bo', 50_000)).toBe(true)
    expect(shouldActOnSummons(summons, 50_000, 'p-bo', 50_000)).toBe(false)
    expect(shouldActOnSummons(summons, 40_000, 'p-ana', 50_000)).toBe(false)
    expect(shouldActOnSummons(null, 40_000, 'p-bo', 50_000)).toBe(false)
  })

  it('in a tab that saw no summons, acts only on a fresh one', () => {
    expect(shouldActOnSummons(summons, null, 'p-bo', summons.at + 1000)).toBe(true)
    expect(shouldActOnSummons(summons, null, 'p-bo', summons.at + FRESH_SUMMONS_MS + 1)).toBe(false)
  })

  it('outlines the followed presenter, or the summoner for ten minutes', () => {
    expect(outlinedPresenter(follow, null, null, 'p-bo', 0)).toEqual({ presenterId: 'p-ana', presenterLabel: 'Ana · Sur' })
    expect(outlinedPresenter(follow, null, null, 'p-ana', 0)).toBeNull()
    expect(outlinedPresenter(null, summons, 1000, 'p-bo', 1000 + SUMMONS_OUTLINE_MS - 1)?.presenterId).toBe('p-ana')
    expect(outlinedPresenter(null, summons, 1000, 'p-bo', 1000 + SUMMONS_OUTLINE_MS)).toBeNull()
    expect(outlinedPresenter(null, summons, null, 'p-bo', 1000)).toBeNull()
    expect(outlinedPresenter(null, summons, 1000, 'p-ana', 1000)).toBeNull()
  })

  it('finds a presence by participant id, with or without the user: prefix', () => {
    const a = { userId: 'user:p-ana', currentPageId: 'page:page', camera: { x: 0, y: 0, z: 1 }, screenBounds: { w: 1, h: 1 } }
    const b = { ...a, userId: 'p-bo' }
    expect(presenceOf([a, b], 'p-ana')).toBe(a)
    expect(presenceOf([a, b], 'p-bo')).toBe(b)
    expect(presenceOf([a, b], 'p-cy')).toBeNull()
  })

  it('turns a camera and screen size into the page area they show', () => {
    const presence = { userId: 'p-ana', currentPageId: 'page:page', camera: { x: -100, y: 50, z: 2 }, screenBounds: { w: 800, h: 600 } }
    expect(viewportOfPresence(presence)).toEqual({ x: 100, y: -50, w: 400, h: 300 })
    expect(viewportOfPresence({ ...presence, camera: { x: 0, y: 0, z: 0 } })).toBeNull()
    expect(viewportOfPresence({ ...presence, screenBounds: { w: 0, h: 600 } })).toBeNull()
    expect(viewportOfPresence({ ...presence, camera: null })).toBeNull()
  })
})
