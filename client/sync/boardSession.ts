/**
 * One open board in this browser: its Y.Doc, local copy, connection, tldraw store, binding
 * and presence, composed and summarised as a {@link BoardSync} snapshot. Plain module; the
 * React hook is a thin subscriber.
 */
import { atom, isEqual, type TLStore } from 'tldraw'
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import type { Participant } from '../../shared/participant'
import { Role } from '../../shared/protocol'
import { bindStoreToDoc } from './bind'
import { createBoardStore } from './boardStore'
import { createConnection, type BrowserNetwork } from './connection'
import { openLocalPersistence, type LocalPersistence } from './localPersistence'
import { bindPresence, readPeers, type ShowPresence } from './presence'
import { createFeatureDoc } from './featureDoc'
import type { BoardSync, BoardSyncOptions, Peer, RejectedRecord } from './types'
import { readViewerCount } from './viewerCount'

/** How many rejected records are remembered for the notice; older ones are dropped. */
const MAX_REJECTED = 100

/** Options of {@link createBoardSession}. */
export interface BoardSessionOptions extends BoardSyncOptions {
  /** Base URL of the sync endpoint (see `syncServerUrl`). */
  serverUrl: string
  network: BrowserNetwork
  /** Keeps a local copy; defaults to IndexedDB. Null turns local persistence off. */
  openPersistence?: ((boardId: string, doc: Y.Doc) => LocalPersistence | null) | null
  /** For Node, where there is no global WebSocket (tests). */
  WebSocketPolyfill?: typeof WebSocket
}

/** A running board session; see {@link createBoardSession}. */
export interface BoardSession {
  /** The current state; the same object until something changes. */
  getSnapshot: () => BoardSync
  /** Calls `listener` after every change of the snapshot; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void
  /** Updates who this browser is (a rename, a new colour) without reconnecting. */
  setParticipant: (participant: Participant) => void
  /** Releases everything: connection, local copy, bindings, awareness, document. */
  destroy: () => void
}

/** Keeps the latest rejection per record id, newest last, bounded. */
function withRejected(list: RejectedRecord[], rejected: RejectedRecord): RejectedRecord[] {
  const next = list.filter((r) => r.id !== rejected.id)
  next.push(rejected)
  return next.length > MAX_REJECTED ? next.slice(next.length - MAX_REJECTED) : next
}

/** Field-by-field identity: the store is compared by reference, never walked. */
function sameSnapshot(a: BoardSync, b: BoardSync): boolean {
  const entriesA = Object.entries(a)
  const fieldsB = new Map<string, unknown>(Object.entries(b))
  return entriesA.length === fieldsB.size && entriesA.every(([key, value]) => Object.is(value, fieldsB.get(key)))
}

function closeMessage(close: { code: number; reason: string }): string {
  const detail = close.reason ? `: ${close.reason}` : ''
  return `The server closed the connection (code ${close.code}${detail}).`
}

/**
 * Opens the board `options.boardId` with the invite token `options.token`. The snapshot stays
 * 'loading' until the server has synced the document, or until the local copy has produced a
 * non-empty one (so an offline reload still shows the board); a permanent close before that is
 * an 'error'. A viewer's session is read-only end to end: the editor refuses changes, nothing
 * local is written into the document, and no presence is published.
 */
export function createBoardSession(options: BoardSessionOptions): BoardSession {
  const viewOnly = options.role === Role.viewer
  const doc = new Y.Doc()
  const awareness = new Awareness(doc)
  const $participant = atom('plenary participant', options.participant)
  const $status = atom<'online' | 'offline'>('plenary collaboration status', 'offline')
  const $showPresence = atom<ShowPresence | null>('plenary presence filter', null)
  const setPresenceFilter = (show: ShowPresence | null): void => {
    $showPresence.set(show)
  }
  const presenceOptions = { showPresenceOf: $showPresence, redact: options.redactPresence }
  const assets = options.assets({ boardId: options.boardId, token: options.token })
  const store: TLStore = createBoardStore({
    shapeUtils: options.shapeUtils,
    participant: $participant,
    status: $status,
    mode: atom('plenary collaboration mode', viewOnly ? 'readonly' : 'readwrite'),
    assets,
  })

  const listeners = new Set<() => void>()
  let rejected: RejectedRecord[] = []
  let peers: Peer[] = []
  let viewers = 0
  let localLoaded = false
  let destroyed = false
  // Set once everything below exists; the binding may report rejections before that.
  let started = false
  let snapshot: BoardSync = { status: 'loading' }

  const unbindStore = bindStoreToDoc(store, doc, {
    onRejectedRecord: (record) => {
      rejected = withRejected(rejected, record)
      update()
    },
    readOnly: viewOnly,
  })
  const features = createFeatureDoc(doc, { canWrite: !viewOnly })
  // Presence waits for the document: merging anything into an empty tldraw store makes it
  // create a default page and document, which would then be written over the board's own.
  let unbindPresence: (() => void) | null = null
  const openPersistence = options.openPersistence === undefined ? openLocalPersistence : options.openPersistence
  const persistence = openPersistence?.(options.boardId, doc) ?? null
  const connection = createConnection({
    doc,
    awareness,
    serverUrl: options.serverUrl,
    room: options.boardId,
    token: options.token,
    network: options.network,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  })

  const computeSnapshot = (): BoardSync => {
    const c = connection.getSnapshot()
    const loaded = c.everSynced || (localLoaded && recordsMap(doc).size > 0)
    if (snapshot.status !== 'ready' && !loaded) {
      return c.permanentClose
        ? { status: 'error', error: closeMessage(c.permanentClose), permanentClose: c.permanentClose }
        : { status: 'loading' }
    }
    return {
      status: 'ready',
      store,
      connection: c.connection,
      unsentChanges: c.unsentChanges,
      peers,
      viewers,
      permanentClose: c.permanentClose,
      rejectedRecords: rejected,
      features,
      setPresenceFilter,
    }
  }

  function update(): void {
    if (destroyed || !started) return
    $status.set(connection.getSnapshot().connection === 'connected' ? 'online' : 'offline')
    const next = computeSnapshot()
    if (next.status === 'ready' && !unbindPresence) {
      unbindPresence = bindPresence(store, awareness, $participant.get(), { publish: !viewOnly, ...presenceOptions })
    }
    // Each field is replaced only when it really changed, so identity is enough.
    if (sameSnapshot(next, snapshot)) return
    snapshot = next
    for (const listener of [...listeners]) listener()
  }

  const onAwarenessChange = (): void => {
    const nextPeers = readPeers(awareness, awareness.clientID)
    const nextViewers = readViewerCount(awareness.getStates())
    // Cursor moves change awareness many times a second; the people list rarely changes.
    const peersChanged = !isEqual(nextPeers, peers)
    if (!peersChanged && nextViewers === viewers) return
    if (peersChanged) peers = nextPeers
    viewers = nextViewers
    update()
  }

  // Listed as online from the start; the cursor follows once presence is bound. Viewers are
  // counted by the server instead, so they publish nothing.
  if (!viewOnly) awareness.setLocalStateField('user', options.participant)
  const unsubscribeConnection = connection.subscribe(update)
  awareness.on('change', onAwarenessChange)
  void persistence?.loaded.then(() => {
    localLoaded = true
    update()
  })
  started = true
  update()

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    setParticipant(participant) {
      if (destroyed || isEqual(participant, $participant.get())) return
      $participant.set(participant)
      if (viewOnly) return
      awareness.setLocalStateField('user', participant)
      if (!unbindPresence) return
      unbindPresence()
      unbindPresence = bindPresence(store, awareness, participant, presenceOptions)
    },
    destroy() {
      if (destroyed) return
      destroyed = true
      listeners.clear()
      unsubscribeConnection()
      awareness.off('change', onAwarenessChange)
      unbindPresence?.()
      // The provider tells the others we left while it still has a socket.
      connection.destroy()
      awareness.destroy()
      unbindStore()
      features.destroy()
      assets.dispose()
      persistence?.destroy()
      doc.destroy()
      store.dispose()
    },
  }
}
