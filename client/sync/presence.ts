/**
 * Presence over Yjs awareness: this browser's cursor, selection and page go out as the local
 * awareness state; other browsers' states come in, validated, as instance_presence records.
 * What a feature hides (the anonymous areas' selections) is taken out both ways by the `redact`
 * option the board page gives, so this module names no feature.
 */
import {
  atom,
  createPresenceStateDerivation,
  react,
  type Signal,
  type TLInstancePresence,
  type TLInstancePresenceID,
  type TLShapeId,
  type TLStore,
} from 'tldraw'
import type { Awareness } from 'y-protocols/awareness'
import { participantLabel, type Participant } from '../../shared/participant'
import { Role } from '../../shared/protocol'
import { trailingThrottle } from '../lib/throttle'
import { participantToUser } from './participantUser'
import { presenceIdForClient, presenceRecordFromState, readStateRole, readStateUser } from './presenceState'
import type { Peer, PresentRole } from './types'

/**
 * Most selected shapes this browser publishes. Others draw an outline per published id, which
 * is useful for a handful and noise for thousands; and a select-all on a big board (~30 bytes
 * an id) would otherwise outgrow the server's cap on one presence state, which closes the
 * connection (4005) and would do so again at every reconnect.
 */
export const MAX_PUBLISHED_SELECTION = 100

/** `presence` with at most {@link MAX_PUBLISHED_SELECTION} selected shapes. */
export function withPublishableSelection(presence: TLInstancePresence): TLInstancePresence {
  if (presence.selectedShapeIds.length <= MAX_PUBLISHED_SELECTION) return presence
  return { ...presence, selectedShapeIds: presence.selectedShapeIds.slice(0, MAX_PUBLISHED_SELECTION) }
}

/** The shapes of the store by id, as a {@link PresenceRedaction} reads them. */
export interface ShapeLookup {
  get(id: string): unknown
}

/**
 * `presence` without what must not be shown of it (e.g. a selection inside an anonymous area,
 * and then the cursor); the same object when nothing is taken out. Runs inside reactions, so
 * the shapes it reads re-run what depends on them.
 */
export type PresenceRedaction = (presence: TLInstancePresence, shapes: ShapeLookup) => TLInstancePresence

const redactNothing: PresenceRedaction = (presence) => presence

/** Options of {@link bindPresence}. */
export interface PresenceOptions {
  /**
   * Least time between two published presence updates, in ms. The pointer moves at frame
   * rate; fifty delegates at that rate would flood every other browser. Default 50.
   */
  publishIntervalMs?: number
  /** Id of this browser's own presence record; tldraw derives one from the store id by default. */
  instanceId?: TLInstancePresenceID
  /**
   * False to only show the others and publish nothing: for viewers, whose presence the
   * server neither relays nor needs (it counts them instead). Default true.
   */
  publish?: boolean
  /**
   * Whose presence (cursor, selection) is shown: while it holds a predicate, a remote state
   * whose person it refuses is not put into the store (and is removed if it was there).
   * Breakouts set one so a member sees their own group, not 300 cursors. Default: everyone.
   */
  showPresenceOf?: Signal<ShowPresence | null>
  /**
   * Applied both to what this browser publishes and to what it shows of others (a stock client
   * may publish anything). Default: nothing is taken out.
   */
  redact?: PresenceRedaction
}

/** Who a remote presence belongs to, as a {@link ShowPresence} predicate sees it. */
export interface PresenceSubject {
  /** The participant id the state's validated `user` carries. */
  id: string
  /** The role the server stamped on the state. */
  role: PresentRole | null
}

/** True for a remote person whose presence should be shown. */
export type ShowPresence = (subject: PresenceSubject) => boolean

/** The `awareness.on('change')` payload, as y-protocols emits it. */
interface AwarenessChanges {
  added: number[]
  updated: number[]
  removed: number[]
}

/**
 * Publishes this browser's presence into `awareness` and mirrors every other browser's
 * presence into `store` until the returned function is called. Invalid remote states are
 * ignored; a peer's record disappears when its awareness state does.
 */
export function bindPresence(store: TLStore, awareness: Awareness, participant: Participant, options: PresenceOptions = {}): () => void {
  const publishes = options.publish ?? true
  const redact = options.redact ?? redactNothing
  // Read inside reactions, so a shape entering an anonymous area re-runs what depends on it.
  const shapes: ShapeLookup = { get: (id) => store.get(id as TLShapeId) }
  const $user = atom('plenary participant user', participantToUser(participant))
  const $presence = createPresenceStateDerivation($user, { instanceId: options.instanceId })(store)
  let latest: TLInstancePresence | null = null
  const publisher = trailingThrottle(() => {
    awareness.setLocalStateField('presence', latest)
  }, options.publishIntervalMs ?? 50)

  let stopPublishing = (): void => undefined
  if (publishes) {
    awareness.setLocalStateField('user', participant)
    stopPublishing = react('publish plenary presence', () => {
      const presence = $presence.get()
      latest = presence && withPublishableSelection(redact(presence, shapes))
      publisher.schedule()
    })
  }

  const shown = new Map<number, TLInstancePresenceID>()
  const pending = new Set<number>()
  let flushScheduled = false
  let bound = true

  const flush = (): void => {
    flushScheduled = false
    const toPut: TLInstancePresence[] = []
    const toRemove: TLInstancePresenceID[] = []
    const states = awareness.getStates()
    const selfUser = readStateUser(awareness.getLocalState())
    for (const clientId of pending) {
      const state = states.get(clientId)
      // Another tab of this browser is the same person: tldraw would draw our own cursor.
      const user = readStateUser(state)
      const isSelf = selfUser !== null && user?.id === selfUser.id
      const show = options.showPresenceOf?.get()
      const hidden = show !== null && show !== undefined && user !== null && !show({ id: user.id, role: readStateRole(state) })
      const received = state === undefined || isSelf || hidden ? null : presenceRecordFromState(clientId, state)
      const record = received && redact(received, shapes)
      if (record) {
        toPut.push(record)
        shown.set(clientId, record.id)
      } else {
        const id = shown.get(clientId) ?? presenceIdForClient(clientId)
        shown.delete(clientId)
        if (store.has(id)) toRemove.push(id)
      }
    }
    pending.clear()
    if (toPut.length === 0 && toRemove.length === 0) return
    store.mergeRemoteChanges(() => {
      if (toRemove.length > 0) store.remove(toRemove)
      if (toPut.length > 0) store.put(toPut)
    })
  }

  const queue = (clientIds: Iterable<number>): void => {
    for (const clientId of clientIds) {
      if (clientId !== awareness.clientID) pending.add(clientId)
    }
    // Deferred so a burst of awareness messages lands as one store change, and so we never
    // merge into the store from inside one of its own transactions.
    if (pending.size > 0 && !flushScheduled) {
      flushScheduled = true
      queueMicrotask(() => {
        if (bound) flush()
      })
    }
  }

  const onChange = ({ added, updated, removed }: AwarenessChanges): void => {
    queue([...added, ...updated, ...removed])
  }

  awareness.on('change', onChange)
  queue(awareness.getStates().keys())
  // A new predicate re-decides every state now shown or hidden (the first run is the queue above).
  const stopFiltering = options.showPresenceOf
    ? react('plenary presence filter', () => {
        options.showPresenceOf?.get()
        queue(awareness.getStates().keys())
      })
    : (): void => undefined

  return () => {
    if (!bound) return
    bound = false
    awareness.off('change', onChange)
    stopFiltering()
    stopPublishing()
    publisher.cancel()
    // What we publish is no longer kept current, so it must not stay visible to others.
    if (publishes) awareness.setLocalStateField('presence', null)
    const ours = [...shown.values()].filter((id) => store.has(id))
    shown.clear()
    if (ours.length > 0) store.mergeRemoteChanges(() => store.remove(ours))
  }
}

/** Ranks roles so that a person with several tabs is listed with the strongest one. */
function roleRank(role: PresentRole | null): number {
  return role === Role.facilitator ? 2 : role === Role.participant ? 1 : 0
}

/**
 * The participants of every other browser in `awareness`, validated, one per participant id,
 * with the role the server stamped on their state, sorted by label. States of `selfClientId`
 * and of other tabs with our own participant id are left out: they are this browser.
 */
export function readPeers(awareness: Awareness, selfClientId: number): Peer[] {
  const states = awareness.getStates()
  const selfId = readStateUser(states.get(selfClientId))?.id
  const byId = new Map<string, Peer>()
  states.forEach((state, clientId) => {
    if (clientId === selfClientId) return
    const user = readStateUser(state)
    if (!user || user.id === selfId) return
    const role = readStateRole(state)
    const known = byId.get(user.id)
    if (!known || roleRank(role) > roleRank(known.role)) byId.set(user.id, { ...user, role })
  })
  return [...byId.values()].sort((a, b) => participantLabel(a).localeCompare(participantLabel(b)) || a.id.localeCompare(b.id))
}
