/**
 * The connection to the sync server: a stock y-websocket provider, the browser's online and
 * offline events, and a count of local changes the server has not received yet, exposed as a
 * snapshot with a subscribe API.
 */
import { WebsocketProvider } from 'y-websocket'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { Paths, TOKEN_PARAM } from '../../shared/protocol'
import { LOCAL_ORIGIN } from './bind'
import { FEATURE_ORIGIN } from './origins'
import {
  initialConnectionModel,
  reduceConnection,
  type ConnectionEvent,
  type ConnectionModel,
  type ConnectionSnapshot,
} from './connectionState'

/** Where the browser's network state comes from: `window` and `navigator` in the browser. */
export interface BrowserNetwork {
  isOnline(): boolean
  /** Calls `onChange` on every 'online' / 'offline' event; returns the unsubscribe. */
  subscribe(onChange: (online: boolean) => void): () => void
}

/** The real browser's network state. */
export const windowNetwork: BrowserNetwork = {
  isOnline: () => navigator.onLine,
  subscribe(onChange) {
    const online = (): void => onChange(true)
    const offline = (): void => onChange(false)
    window.addEventListener('online', online)
    window.addEventListener('offline', offline)
    return () => {
      window.removeEventListener('online', online)
      window.removeEventListener('offline', offline)
    }
  },
}

/** The sync server's base URL for a page served from `location` (y-websocket appends the room). */
export function syncServerUrl(location: { protocol: string; host: string }): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws'
  return `${scheme}://${location.host}${Paths.sync}`
}

/** Options of {@link createConnection}. */
export interface ConnectionOptions {
  doc: Y.Doc
  awareness: Awareness
  /** Base URL of the sync endpoint, e.g. from {@link syncServerUrl}. */
  serverUrl: string
  /** The board id; the provider connects to `${serverUrl}/${room}?token=…`. */
  room: string
  /** The invite token, sent as the `token` query parameter of the sync URL. */
  token: string
  network: BrowserNetwork
  /** For Node, where there is no global WebSocket (tests). */
  WebSocketPolyfill?: typeof WebSocket
}

/** A live connection; see {@link createConnection}. */
export interface Connection {
  readonly provider: WebsocketProvider
  getSnapshot(): ConnectionSnapshot
  /** Calls `listener` after every change of the snapshot; returns the unsubscribe. */
  subscribe(listener: () => void): () => void
  /** Disconnects and releases every listener. */
  destroy(): void
}

/**
 * Connects `doc` and `awareness` to the server. Going offline (as the browser reports it)
 * disconnects at once instead of waiting for the socket to time out, so the indicator reacts
 * immediately; coming back online reconnects, unless the server closed the board for good.
 */
export function createConnection(options: ConnectionOptions): Connection {
  const { doc, network } = options
  const provider = new WebsocketProvider(options.serverUrl, options.room, doc, {
    // Not yet: the provider reports 'connecting' from connect(), and we must be listening.
    connect: false,
    awareness: options.awareness,
    params: { [TOKEN_PARAM]: options.token },
    // No cross-tab channel: every tab gets exactly what the server grants its own link. With
    // it, a view-only or revoked tab would receive edits and presence from another tab of
    // this browser, and could hand its own awareness to that tab to relay.
    disableBc: true,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  })
  let model: ConnectionModel = initialConnectionModel(network.isOnline())
  const listeners = new Set<() => void>()

  const dispatch = (event: ConnectionEvent): void => {
    const next = reduceConnection(model, event)
    if (next === model) return
    model = next
    for (const listener of [...listeners]) listener()
  }

  const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }): void => dispatch({ type: 'socket', status })
  const onSync = (synced: boolean): void => dispatch({ type: 'synced', synced })
  const onClosed = (close: { code: number; reason: string }): void =>
    dispatch({ type: 'closed', close: { code: close.code, reason: close.reason } })
  const records = recordsMap(doc)
  const onAfterTransaction = (transaction: Y.Transaction): void => {
    // Both the editor's writes and the features' (a roster import) are ours to send.
    if (transaction.origin !== LOCAL_ORIGIN && transaction.origin !== FEATURE_ORIGIN) return
    const recordIds = new Set<string>()
    for (const [type, changedKeys] of transaction.changed) {
      if (!records.isRecordsType(type)) continue
      for (const key of changedKeys) if (typeof key === 'string') recordIds.add(key)
    }
    if (recordIds.size > 0) dispatch({ type: 'localChange', recordIds: [...recordIds] })
  }

  provider.on('status', onStatus)
  provider.on('sync', onSync)
  provider.on('closed', onClosed)
  doc.on('afterTransaction', onAfterTransaction)
  const unsubscribeNetwork = network.subscribe((online) => {
    dispatch({ type: 'browser', online })
    if (!online) provider.disconnect()
    else if (!model.permanentClose) provider.connect()
  })
  if (model.browserOnline) provider.connect()

  return {
    provider,
    getSnapshot: () => model,
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    destroy() {
      listeners.clear()
      unsubscribeNetwork()
      doc.off('afterTransaction', onAfterTransaction)
      provider.off('status', onStatus)
      provider.off('sync', onSync)
      provider.off('closed', onClosed)
      provider.destroy()
    },
  }
}
