/**
 * The public directory's answers kept in memory, per community, for a minute: anonymous
 * requests, however many, read the community's boards at most once a minute per node.
 *
 * One cache per server (keyed by its room registry), so nodes sharing a process in tests keep
 * theirs apart as real nodes do. A change made on this node (publish, working groups, roster
 * import, rename) forgets the community's answers here at once; another node's cache may be up
 * to {@link PUBLIC_CACHE_MS} stale, and so may this one after a change made elsewhere or an
 * arrow drawn on a board. The community's facts an answer was made from (name, description,
 * relation labels) are compared on every hit, so a change of those, on any node, is seen at once.
 */
import type { CommunityInfo } from '../persistence/types'
import type { PublicFormat } from './publicDirectory'

/** How long an answer is kept, in milliseconds. */
export const PUBLIC_CACHE_MS = 60_000

/** Past this many communities held, expired answers are dropped when one is added. */
const SWEEP_ABOVE = 256

/** An answer's bytes and ETag. */
export interface PublicAnswer {
  bytes: Buffer
  etag: string
}

/** Both answers of a community, made together from one reading of its boards. */
export type PublicAnswers = Record<PublicFormat, PublicAnswer>

/** The cache of one node. */
export interface PublicAnswerCache {
  /** The community's answer in `format`: kept, or made by `make` (once, however many ask meanwhile). */
  answer(community: CommunityInfo, format: PublicFormat, make: () => Promise<PublicAnswers>): Promise<PublicAnswer>
  /** Forgets the community's answers (after a change made on this node). */
  forget(communityId: string): void
}

interface Entry {
  facts: string
  expires: number
  answers: Promise<PublicAnswers>
}

/** The facts of the community an answer shows directly: a change of any makes a kept answer stale. */
function factsKey(community: CommunityInfo): string {
  return JSON.stringify([community.name, community.description, community.relationLabels])
}

/** A new cache reading the time from `now`. */
export function createPublicAnswerCache(now: () => number = Date.now): PublicAnswerCache {
  const entries = new Map<string, Entry>()
  const sweep = (at: number) => {
    for (const [id, entry] of entries) if (entry.expires <= at) entries.delete(id)
  }
  return {
    async answer(community, format, make) {
      const at = now()
      const facts = factsKey(community)
      let entry = entries.get(community.id)
      if (!entry || entry.expires <= at || entry.facts !== facts) {
        if (entries.size >= SWEEP_ABOVE) sweep(at)
        const answers = make()
        const made: Entry = { facts, expires: at + PUBLIC_CACHE_MS, answers }
        entry = made
        entries.set(community.id, made)
        // A failed reading is not kept: the next request tries again.
        void answers.catch(() => {
          if (entries.get(community.id) === made) entries.delete(community.id)
        })
      }
      return (await entry.answers)[format]
    },
    forget(communityId) {
      entries.delete(communityId)
    },
  }
}

const caches = new WeakMap<object, PublicAnswerCache>()

/** This server's cache (one per room registry). */
export function publicAnswerCache(deps: { registry: object }): PublicAnswerCache {
  let cache = caches.get(deps.registry)
  if (!cache) {
    cache = createPublicAnswerCache()
    caches.set(deps.registry, cache)
  }
  return cache
}

/** Forgets the community's public answers on this server, after a change made here. */
export function forgetPublicAnswers(deps: { registry: object }, communityId: string): void {
  caches.get(deps.registry)?.forget(communityId)
}
