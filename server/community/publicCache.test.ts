import { describe, expect, it } from 'vitest'
import type { CommunityInfo } from '../persistence/types'
import { createPublicAnswerCache, PUBLIC_CACHE_MS, type PublicAnswers } from './publicCache'

const community: CommunityInfo = {
  id: 'c1',
  name: 'Spółdzielnie Śląska · 協同組合',
  description: 'Ένωση συνεταιρισμών',
  createdAt: '2026-03-01T09:00:00.000Z',
  standingBoardId: 's1',
  published: true,
  relationLabels: ['works with'],
}

/** A cache on a clock the test moves, and a maker that counts its readings. */
function setUp() {
  let now = 1_000
  let made = 0
  const cache = createPublicAnswerCache(() => now)
  const make = async (): Promise<PublicAnswers> => {
    made++
    const answer = { bytes: Buffer.from(`reading ${made}`), etag: `"${made}"` }
    return { public: answer, graph: { ...answer, etag: `"g${made}"` } }
  }
  return {
    cache,
    make,
    made: () => made,
    advance: (ms: number) => {
      now += ms
    },
  }
}

describe('the public answer cache', () => {
  it('reads once for both answers and every request within a minute, again after it', async () => {
    const { cache, make, made, advance } = setUp()
    expect((await cache.answer(community, 'public', make)).etag).toBe('"1"')
    expect((await cache.answer(community, 'graph', make)).etag).toBe('"g1"')
    advance(PUBLIC_CACHE_MS - 1)
    expect((await cache.answer(community, 'public', make)).etag).toBe('"1"')
    expect(made()).toBe(1)
    advance(1)
    expect((await cache.answer(community, 'public', make)).etag).toBe('"2"')
  })

  it('makes one reading for requests that arrive together, and reads again once forgotten', async () => {
    const { cache, make, made } = setUp()
    const answers = await Promise.all([1, 2, 3].map(() => cache.answer(community, 'graph', make)))
    expect(answers.map((answer) => answer.etag)).toEqual(['"g1"', '"g1"', '"g1"'])
    cache.forget('other')
    await cache.answer(community, 'graph', make)
    expect(made()).toBe(1)
    cache.forget(community.id)
    expect((await cache.answer(community, 'graph', make)).etag).toBe('"g2"')
  })

  it('reads again when the community’s facts changed, on any node', async () => {
    const { cache, make } = setUp()
    await cache.answer(community, 'public', make)
    expect((await cache.answer({ ...community, relationLabels: ['works with', 'mentors'] }, 'public', make)).etag).toBe('"2"')
    expect((await cache.answer({ ...community, relationLabels: ['works with', 'mentors'], name: 'Ørestad' }, 'public', make)).etag).toBe(
      '"3"',
    )
  })

  it('keeps no failed reading', async () => {
    const { cache, make } = setUp()
    await expect(cache.answer(community, 'public', () => Promise.reject(new Error('the store is down')))).rejects.toThrow('down')
    expect((await cache.answer(community, 'public', make)).etag).toBe('"1"')
  })
})
