/**
 * A stock y-websocket client in Node, exactly as a bot would use it, for integration tests.
 */
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { LINK_TOKEN_KEY, Paths, Role, TOKEN_PARAM } from '../../shared/protocol'

/** A connected stock client with its own Y.Doc. */
export interface TestClient {
  doc: Y.Doc
  provider: WebsocketProvider
  destroy(): void
}

/** Connects a stock WebsocketProvider to `origin` for `board`, with the token of `role`'s link. */
export function connectClient(
  origin: string,
  board: TestBoard,
  options: { connect?: boolean; role?: Role; token?: string; user?: { id: string; name: string; coop: string }; doc?: Y.Doc } = {},
): TestClient {
  // An existing doc: the same client reconnecting elsewhere, with whatever it has not sent.
  const doc = options.doc ?? new Y.Doc()
  const token = options.token ?? board.tokens[options.role ?? Role.participant]
  const provider = new WebsocketProvider(`${origin.replace(/^http/, 'ws')}${Paths.sync}`, board.id, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: options.connect ?? true,
    params: { [TOKEN_PARAM]: token },
  })
  // The presence a browser publishes; rules that keep entries to their own writer read its id.
  if (options.user) provider.awareness.setLocalStateField('user', { ...options.user, color: '#1d4ed8' })
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

/** A board created through the API: its id, links and the token of each link. */
export interface TestBoard {
  id: string
  links: Record<Role, string>
  tokens: Record<Role, string>
}

/** The token in a board link's fragment. */
export function tokenOfLink(link: string): string {
  return new URL(link).hash.slice(`#${LINK_TOKEN_KEY}=`.length)
}

/** Creates a board through the REST API. */
export async function createBoard(origin: string, title = 'Test board'): Promise<TestBoard> {
  const response = await fetch(`${origin}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  })
  if (response.status !== 201) throw new Error(`createBoard: ${response.status}`)
  const body = (await response.json()) as { id: string; links: Record<Role, string> }
  const tokens = {
    facilitator: tokenOfLink(body.links.facilitator),
    participant: tokenOfLink(body.links.participant),
    viewer: tokenOfLink(body.links.viewer),
  }
  return { id: body.id, links: body.links, tokens }
}
