/**
 * Sends each connection the presence it can use. At assembly size presence, not edits,
 * decides whether a board feels live: 300 people moving cursors are 3,000 states a second,
 * and no browser can decode them all. So at each flush a receiver gets at once only the
 * states that show on its screen (the cursor is in its view, on its page, in its breakout
 * group) or that it follows, facilitators and the stage's presenter, plus joins, leaves and
 * cursors leaving its view. Everything else waits: every `refreshMs` (staggered per
 * connection) it gets the newest state of those whose visible-from-afar part changed (name,
 * page, selection, chat), and every three refreshes of everyone who changed at all, so no
 * state ages past the 30 s after which y-protocols drops it. Looking somewhere else sends
 * what is there at once. A receiver whose view is
 * unknown (a stock y-websocket client) gets everything at once. A cap per connection bounds
 * the worst case (everyone in one view), oldest first. Nobody gets their own states back.
 * Cursors are kept in a grid of page cells (presenceGrid.ts), so a flush costs each receiver
 * the cursors near its view, not every change in the room. The presence hub (presenceHub.ts)
 * decides when to flush.
 */
import type { Awareness } from 'y-protocols/awareness'
import { encodeAwarenessEntry, joinAwarenessEntries } from '../sync/awareness'
import { encodeAwareness } from '../sync/messages'
import { PresenceGrid } from './presenceGrid'
import { readPresenceFacts, viewKey, wantedEverywhere, wantedNow, type PresenceAudience, type PresenceFacts } from './presenceView'
import type { RoomConnection } from './RoomSocket'

/** What a relay needs from its room. */
export interface PresenceRelayOptions {
  awareness: Awareness
  /** How often a connection gets the states it was not sent at once; 0 sends everything at once. */
  refreshMs: number
  /** Most states one connection gets per flush. */
  statesPerFlush: number
  /** Breakout groups and stage presenters, read from the board at flush time `now` (ms since the epoch). */
  audience(now: number): PresenceAudience
}

/** What the relay remembers per receiving connection. */
interface ReceiverBook {
  /** Sources whose last state sent here showed on this receiver's screen. */
  readonly shown: Set<number>
  /** Sources the cap held back: sent first next time. */
  readonly held: Set<number>
  nextRefreshAt: number
  /** The flush of the last refresh: sources whose far part changed after it are owed at the next one. */
  refreshedAtFlush: number
  nextKeepAliveAt: number
  /** The flush of the last keep-alive: sources changed in any way after it are owed at the next one. */
  keptAliveAtFlush: number
  viewKey: string
}

/**
 * Keep-alives come every this many refreshes: at 5 s refreshes every 10 s, so a client that
 * renews its state every 15-18 s reaches everyone well within y-protocols' 30 s timeout.
 */
const REFRESHES_PER_KEEPALIVE = 2

/** Chooses, at each flush, the presence states each connection gets. */
export class PresenceRelay {
  private readonly facts = new Map<number, PresenceFacts>()
  private readonly books = new Map<RoomConnection, ReceiverBook>()
  /** Client ids by the grid cell of their cursor. */
  private readonly grid = new PresenceGrid()
  /** Client id by tldraw user id, to find whom a receiver follows. */
  private readonly byTldrawUser = new Map<string, number>()
  /** The flush in which each client id last changed, and last changed as seen from afar. */
  private readonly changedAtFlush = new Map<number, number>()
  private readonly farChangedAtFlush = new Map<number, number>()
  /** The flush in which each client id last renewed its state without changing it. */
  private readonly renewedAtFlush = new Map<number, number>()
  /** Client ids whose far part changed since the last flush. */
  private readonly farChanged = new Set<number>()
  private flushCount = 0
  private presenters: ReadonlySet<string> = new Set()
  /** The last flush that had changes, and changes seen from afar. */
  private lastChangeFlush = 0
  private lastFarChangeFlush = 0

  constructor(private readonly options: PresenceRelayOptions) {}

  /** Reads the facts of changed states; call on every awareness change. */
  noteChanged(ids: Iterable<number>): void {
    const states = this.options.awareness.getStates()
    for (const id of ids) {
      const state = states.get(id)
      const facts = state === undefined ? null : readPresenceFacts(state)
      const previous = this.facts.get(id)
      if (previous?.tldrawUserId && this.byTldrawUser.get(previous.tldrawUserId) === id) this.byTldrawUser.delete(previous.tldrawUserId)
      if (facts?.seenFromAfar !== previous?.seenFromAfar) this.farChanged.add(id)
      if (facts === null) this.facts.delete(id)
      else this.facts.set(id, facts)
      this.grid.place(id, facts)
      if (facts?.tldrawUserId) this.byTldrawUser.set(facts.tldrawUserId, id)
    }
  }

  /** True while some connection is owed or held a state, so flushing must go on without changes. */
  get waiting(): boolean {
    for (const book of this.books.values()) {
      if (book.held.size > 0) return true
      if (this.options.refreshMs <= 0) continue
      if (book.keptAliveAtFlush < this.lastChangeFlush) return true
      if (book.viewKey !== '' && book.refreshedAtFlush < this.lastFarChangeFlush) return true
    }
    return false
  }

  /** Forgets a connection that left. */
  forget(connection: RoomConnection): void {
    this.books.delete(connection)
  }

  /**
   * The frame each connection gets for this flush: `changed` holds every source whose state
   * changed since the last flush, oldest first; `urgent` those that joined or left, which
   * everyone gets at once; `renewed` those whose state only got a newer clock, which go with
   * each connection's keep-alive.
   */
  frames(
    connections: Iterable<RoomConnection>,
    sources: { changed: readonly number[]; urgent: ReadonlySet<number>; renewed: ReadonlySet<number> },
    now: number,
  ): Map<RoomConnection, Uint8Array> {
    const { changed, urgent } = sources
    this.flushCount++
    for (const id of sources.renewed) this.renewedAtFlush.set(id, this.flushCount)
    if (changed.length > 0 || sources.renewed.size > 0) this.lastChangeFlush = this.flushCount
    if (this.farChanged.size > 0) this.lastFarChangeFlush = this.flushCount
    for (const id of changed) this.changedAtFlush.set(id, this.flushCount)
    for (const id of this.farChanged) this.farChangedAtFlush.set(id, this.flushCount)
    this.farChanged.clear()
    const changedNow = new Set(changed)
    const encoded = new Map<number, Uint8Array>()
    const audience = this.options.audience(Date.now())
    // A new presenter's current state goes to everyone now: a summons moves people to it.
    const urgentNow = new Set(urgent)
    for (const participantId of audience.presenters) {
      if (this.presenters.has(participantId)) continue
      for (const [id, facts] of this.facts) if (facts.participantId === participantId) urgentNow.add(id)
    }
    this.presenters = audience.presenters
    // Wanted wherever their cursor is, so the grid lookup below would miss them.
    const everywhere = changed.filter((id) => {
      const facts = this.facts.get(id)
      return facts !== undefined && wantedEverywhere(audience, facts)
    })
    const frames = new Map<RoomConnection, Uint8Array>()
    for (const connection of connections) {
      const ids = this.selectFor(connection, { changed, changedNow, everywhere, urgent: urgentNow, audience, now })
      if (ids.length === 0) continue
      frames.set(connection, encodeAwareness(joinAwarenessEntries(ids.map((id) => this.entry(id, encoded)))))
    }
    // Leaves went to everyone at once; nobody is owed them.
    const states = this.options.awareness.getStates()
    for (const id of changed) {
      if (states.has(id)) continue
      this.changedAtFlush.delete(id)
      this.farChangedAtFlush.delete(id)
      this.renewedAtFlush.delete(id)
    }
    return frames
  }

  private selectFor(
    connection: RoomConnection,
    flush: {
      changed: readonly number[]
      changedNow: ReadonlySet<number>
      everywhere: readonly number[]
      urgent: ReadonlySet<number>
      audience: PresenceAudience
      now: number
    },
  ): number[] {
    const book = this.bookOf(connection, flush.now)
    const self = this.receiverFacts(connection)
    const chosen = new Set<number>()
    const choose = (id: number, wanted: boolean): void => {
      if (chosen.has(id) || connection.awarenessClientIds.has(id)) return
      // Only ids the awareness still knows can be encoded (it keeps the clock of removed ones).
      if (!this.options.awareness.meta.has(id)) {
        book.shown.delete(id)
        return
      }
      chosen.add(id)
      if (wanted) book.shown.add(id)
      else book.shown.delete(id)
    }
    const wanted = (id: number): boolean => {
      const source = this.facts.get(id)
      return source === undefined || wantedNow(flush.audience, self, source)
    }
    for (const id of book.held) choose(id, wanted(id))
    book.held.clear()
    for (const id of flush.urgent) choose(id, wanted(id))

    // Renewals and far moves, once per keep-alive interval, to stay within the 30 s timeout.
    const keepAlive = (): void => {
      // Cursors on the screen got every change already, but not their renewals.
      for (const [id, at] of this.changedAtFlush) if (at > book.keptAliveAtFlush && !book.shown.has(id)) choose(id, wanted(id))
      for (const [id, at] of this.renewedAtFlush) if (at > book.keptAliveAtFlush) choose(id, wanted(id))
      book.keptAliveAtFlush = this.flushCount
      book.nextKeepAliveAt = flush.now + this.options.refreshMs * REFRESHES_PER_KEEPALIVE
    }
    const view = self?.view ?? null
    if (self === null || view === null || this.options.refreshMs <= 0) {
      // No view to choose by: every change at once ("shown" means nothing here).
      for (const id of flush.changed) choose(id, false)
      book.viewKey = ''
      if (this.options.refreshMs > 0 && flush.now >= book.nextKeepAliveAt) keepAlive()
    } else {
      const key = viewKey(self)
      const looked = key !== book.viewKey
      book.viewKey = key
      // What shows on the screen: changed cursors near the view (every cursor there after a pan or zoom).
      const near = this.grid.near(self.pageId, view)
      for (const id of near ?? (looked ? this.facts.keys() : flush.changed)) {
        if ((looked || flush.changedNow.has(id)) && wanted(id)) choose(id, true)
      }
      for (const id of flush.everywhere) if (wanted(id)) choose(id, true)
      // Cursors that left the screen, so they are not drawn where they were last seen.
      for (const id of Array.from(book.shown)) if (flush.changedNow.has(id) && !chosen.has(id)) choose(id, wanted(id))
      const followed = self.following === null ? undefined : this.byTldrawUser.get(self.following)
      if (followed !== undefined && (looked || flush.changedNow.has(followed))) choose(followed, true)
      if (flush.now >= book.nextKeepAliveAt) {
        keepAlive()
        book.refreshedAtFlush = this.flushCount
        book.nextRefreshAt = flush.now + this.options.refreshMs
      } else if (flush.now >= book.nextRefreshAt) {
        // Cursors on the screen got every change already.
        for (const [id, at] of this.farChangedAtFlush) if (at > book.refreshedAtFlush && !book.shown.has(id)) choose(id, wanted(id))
        book.refreshedAtFlush = this.flushCount
        book.nextRefreshAt = flush.now + this.options.refreshMs
      }
    }
    const ids = Array.from(chosen)
    const cap = this.options.statesPerFlush
    if (ids.length <= cap) return ids
    for (const id of ids.slice(cap)) book.held.add(id)
    return ids.slice(0, cap)
  }

  private bookOf(connection: RoomConnection, now: number): ReceiverBook {
    let book = this.books.get(connection)
    if (!book) {
      // A newcomer got every state when it joined, so it is owed only what changes from now
      // on, first after one interval; staggered, so a room's refreshes do not all fall on one flush.
      const nextRefreshAt = now + this.options.refreshMs * (1 + Math.random())
      book = {
        shown: new Set(),
        held: new Set(),
        nextRefreshAt,
        // Joins go to everyone at once; a far change made in this very flush waits for the keep-alive.
        refreshedAtFlush: this.flushCount,
        // With the second refresh, 10-15 s after joining: what it got then ages like anything else.
        nextKeepAliveAt: nextRefreshAt + this.options.refreshMs,
        keptAliveAtFlush: this.flushCount - 1,
        viewKey: '',
      }
      this.books.set(connection, book)
    }
    return book
  }

  /** The receiving connection's own presence: the first of its states with a view. */
  private receiverFacts(connection: RoomConnection): PresenceFacts | null {
    let first: PresenceFacts | null = null
    for (const id of connection.awarenessClientIds) {
      const facts = this.facts.get(id)
      if (facts?.view) return facts
      first ??= facts ?? null
    }
    return first
  }

  private entry(id: number, encoded: Map<number, Uint8Array>): Uint8Array {
    let entry = encoded.get(id)
    if (!entry) {
      const awareness = this.options.awareness
      // A removed client keeps its clock in meta; its state encodes as null (y-protocols' removal).
      entry = encodeAwarenessEntry(id, awareness.meta.get(id)?.clock ?? 0, awareness.getStates().get(id) ?? null)
      encoded.set(id, entry)
    }
    return entry
  }
}
