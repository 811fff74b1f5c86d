/**
 * A stock y-websocket client in Node, exactly as a bot would use it, for integration tests.
 */
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { Paths } from '../../shared/protocol'

/** A connected stock client with its own Y.Doc. */
export interface TestClient {
  doc: Y.Doc
  provider: WebsocketProvider
  destroy(): void
}

/** Connects a stock WebsocketProvider to `origin` for `boardId`. */
export function connectClient(origin: string, boardId: string, options: { connect?: boolean } = {}): TestClient {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(`${origin.replace(/^http/, 'ws')}${Paths.sync}`, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: options.connect ?? true,
  })
  return {
    doc,
    provider,
    destroy() {
      provider.destroy()
      doc.destroy()
    },
  }
}

/** Resolves once the provider has completed its first sync. */
export function waitForSync(client: TestClient, timeoutMs = 5000): Promise<void> {
  if (client.provider.synced) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('sync timed out')), timeoutMs)
    const onSync = (synced: boolean) => {
      if (!synced) return
      clearTimeout(timer)
      client.provider.off('sync', onSync)
      resolve()
    }
    client.provider.on('sync', onSync)
  })
}

/** Polls `predicate` until it holds, failing after `timeoutMs`. */
export async function waitFor(predicate: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** Creates a board through the REST API and returns its id. */
export async function createBoard(origin: string, title = 'Test board'): Promise<string> {
  const response = await fetch(`${origin}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  })
  if (response.status !== 201) throw new Error(`createBoard: ${response.status}`)
  const body = (await response.json()) as { id: string }
  return body.id
}
