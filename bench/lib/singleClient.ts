/**
 * One headless client in the benchmark's own process, with the bytes its socket read, for
 * the cold-join scenario. The WebSocket class is wrapped only to see the TCP socket behind it.
 */
import type { Socket } from 'node:net'
import { HocuspocusProvider } from '@hocuspocus/provider'
import { WebSocket, type ClientOptions } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { Target } from './protocol'
import { syncedWithin } from './syncedWithin'

/** A client whose socket's received bytes can be read. */
export interface CountingClient {
  doc: Y.Doc
  /** Resolves once the first sync completed (false after `timeoutMs`). */
  synced: Promise<boolean>
  /** Bytes read from the TCP socket so far (HTTP upgrade included), compressed as they travelled. */
  bytesRead(): number
  /** Whether the server accepted permessage-deflate. */
  compressed(): boolean
  destroy(): void
}

/** Connects one client to `target`; `deflate` offers permessage-deflate like a browser does. */
export function connectCountingClient(target: Target, options: { deflate: boolean; doc?: Y.Doc; timeoutMs?: number }): CountingClient {
  const doc = options.doc ?? new Y.Doc()
  let socket: Socket | null = null
  let ws: WebSocket | null = null
  const wsOptions: ClientOptions = { perMessageDeflate: options.deflate }
  const opened = (created: WebSocket): void => {
    ws = created
    created.once('upgrade', (response) => {
      socket = response.socket
    })
  }
  class CountingWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, wsOptions)
      opened(this)
    }
  }
  const timeoutMs = options.timeoutMs ?? 60_000
  let synced: Promise<boolean>
  let destroy: () => void
  if (target.kind === 'yws') {
    const provider = new WebsocketProvider(target.url, target.room, doc, {
      WebSocketPolyfill: CountingWebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params: target.params,
    })
    synced = syncedWithin(timeoutMs, (done) => provider.once('sync', done))
    destroy = () => provider.destroy()
  } else {
    // Not in the provider's declared configuration type, but passed on to its socket (see clientWorker.ts).
    const configuration = { url: target.url, name: target.room, document: doc, WebSocketPolyfill: CountingWebSocket }
    const provider = new HocuspocusProvider(configuration)
    synced = syncedWithin(timeoutMs, (done) => provider.on('synced', done))
    destroy = () => provider.destroy()
  }
  return {
    doc,
    synced,
    bytesRead: () => socket?.bytesRead ?? 0,
    compressed: () => (ws?.extensions ?? '').includes('permessage-deflate'),
    destroy,
  }
}
