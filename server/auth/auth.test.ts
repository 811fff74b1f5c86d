import { WebSocket } from 'ws'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { createNoteRecord } from '../../shared/notes'
import { CloseCode } from '../../shared/protocol'
import { useTestServer } from '../testing/harness'
import { createBoard, tokenOfLink, waitFor, waitForSync, type TestBoard } from '../testing/syncClient'

const note = (n: number) => createNoteRecord({ id: `shape:n${n}`, x: n, y: 0, index: `a${n}`, text: `note ${n}` })

describe('roles, tokens and links', () => {
  const harness = useTestServer()
  const client = harness.client
  const wsUrl = (board: TestBoard, query: string) => `${harness.server.origin.replace('http', 'ws')}/sync/${board.id}${query}`
  const closeCodeOf = (url: string, headers: Record<string, string> = {}) =>
    new Promise<number>((resolve, reject) => {
      const ws = new WebSocket(url, { headers })
      ws.on('close', (code) => resolve(code))
      ws.on('error', reject)
    })
  const api = (path: string, token: string | null, method = 'GET') =>
    fetch(`${harness.server.origin}${path}`, { method, headers: token ? { authorization: `Bearer ${token}` } : {} })

  it('refuses a missing or wrong token at the sync endpoint with a permanent code', async () => {
    const board = await createBoard(harness.server.origin)
    const other = await createBoard(harness.server.origin)
    expect(await closeCodeOf(wsUrl(board, ''))).toBe(CloseCode.unauthorized)
    expect(await closeCodeOf(wsUrl(board, '?token=nope'))).toBe(CloseCode.unauthorized)
    expect(await closeCodeOf(wsUrl(board, `?token=${'A'.repeat(32)}`))).toBe(CloseCode.unauthorized)
    // A real token of another board opens nothing here.
    expect(await closeCodeOf(wsUrl(board, `?token=${other.tokens.facilitator}`))).toBe(CloseCode.unauthorized)
    expect(CloseCode.unauthorized).toBeGreaterThanOrEqual(4400)
  })

  it('refuses a browser page from another origin', async () => {
    const board = await createBoard(harness.server.origin)
    const url = wsUrl(board, `?token=${board.tokens.participant}`)
    expect(await closeCodeOf(url, { origin: 'https://evil.example' })).toBe(CloseCode.originNotAllowed)
    const honest = client(board, { role: 'participant' })
    await waitForSync(honest)
  })

  it('lets participants and facilitators change the board, and viewers only watch', async () => {
    const board = await createBoard(harness.server.origin)
    const facilitator = client(board, { role: 'facilitator' })
    const participant = client(board, { role: 'participant' })
    const viewer = client(board, { role: 'viewer' })
    await Promise.all([facilitator, participant, viewer].map((c) => waitForSync(c)))

    recordsMap(facilitator.doc).set('shape:n1', note(1))
    recordsMap(participant.doc).set('shape:n2', note(2))
    await waitFor(() => recordsMap(viewer.doc).size === 2, 5000, 'viewer sees both notes live')

    const before = Y.encodeStateAsUpdate(harness.server.registry.peek(board.id)!.doc)
    recordsMap(viewer.doc).set('shape:n3', note(3))
    recordsMap(viewer.doc).delete('shape:n1')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(Y.encodeStateAsUpdate(harness.server.registry.peek(board.id)!.doc)).toEqual(before)
    expect(recordsMap(participant.doc).has('shape:n3')).toBe(false)
    expect(recordsMap(participant.doc).has('shape:n1')).toBe(true)
  })

  it('counts viewers instead of relaying their cursors, and stamps the verified role on presence', async () => {
    const board = await createBoard(harness.server.origin)
    const participant = client(board, { role: 'participant' })
    const viewer = client(board, { role: 'viewer' })
    await Promise.all([waitForSync(participant), waitForSync(viewer)])
    viewer.provider.awareness.setLocalStateField('user', { name: 'Watcher' })
    participant.provider.awareness.setLocalState({ user: { name: 'Ana' }, role: 'facilitator', plenary: { viewers: 99 } })

    const serverState = () =>
      [...participant.provider.awareness.getStates().values()].find((state) => 'plenary' in state && !('user' in state))
    await waitFor(() => (serverState()?.plenary as { viewers?: number } | undefined)?.viewers === 1, 5000, 'viewer count')
    expect(participant.provider.awareness.getStates().has(viewer.doc.clientID)).toBe(false)

    await waitFor(() => viewer.provider.awareness.getStates().has(participant.doc.clientID), 5000, 'participant presence')
    const seen = viewer.provider.awareness.getStates().get(participant.doc.clientID)
    expect(seen).toEqual({ user: { name: 'Ana' }, role: 'participant' })

    viewer.destroy()
    await waitFor(() => (serverState()?.plenary as { viewers?: number } | undefined)?.viewers === 0, 5000, 'viewer gone')
  })

  it('answers the REST API by role: 401 without a token, links for facilitators only', async () => {
    const board = await createBoard(harness.server.origin)
    expect((await api(`/api/boards/${board.id}`, null)).status).toBe(401)
    expect((await api(`/api/boards/${board.id}`, 'x'.repeat(32))).status).toBe(401)
    for (const role of ['facilitator', 'participant', 'viewer'] as const) {
      const response = await api(`/api/boards/${board.id}`, board.tokens[role])
      expect(((await response.json()) as { role: string }).role).toBe(role)
    }
    expect((await api(`/api/boards/${board.id}/links`, board.tokens.participant)).status).toBe(403)
    const links = await api(`/api/boards/${board.id}/links`, board.tokens.facilitator)
    expect(((await links.json()) as { links: unknown }).links).toEqual(board.links)
    expect((await api(`/api/boards/${board.id}/links/viewer/rotate`, board.tokens.participant, 'POST')).status).toBe(403)
    expect((await api(`/api/boards/${board.id}/links/facilitator/rotate`, board.tokens.facilitator, 'POST')).status).toBe(400)
  })

  it('rotating the participant link disconnects its holders for good and keeps everyone else', async () => {
    const board = await createBoard(harness.server.origin)
    const facilitator = client(board, { role: 'facilitator' })
    const participant = client(board, { role: 'participant' })
    const viewer = client(board, { role: 'viewer' })
    await Promise.all([facilitator, participant, viewer].map((c) => waitForSync(c)))
    const closed = new Promise<{ code: number }>((resolve) => participant.provider.once('closed', resolve))

    const response = await api(`/api/boards/${board.id}/links/participant/rotate`, board.tokens.facilitator, 'POST')
    expect(response.status).toBe(200)
    const { links } = (await response.json()) as { links: Record<string, string> }
    expect(links.participant).not.toBe(board.links.participant)
    expect(links.viewer).toBe(board.links.viewer)
    expect((await closed).code).toBe(CloseCode.linkRevoked)

    // The old link is refused with "revoked", at the socket and in the API; the new one works.
    expect(await closeCodeOf(wsUrl(board, `?token=${board.tokens.participant}`))).toBe(CloseCode.linkRevoked)
    expect((await api(`/api/boards/${board.id}`, board.tokens.participant)).status).toBe(410)
    const fresh = client(board, { token: tokenOfLink(links.participant ?? '') })
    await waitForSync(fresh)
    recordsMap(fresh.doc).set('shape:n1', note(1))
    await waitFor(() => recordsMap(viewer.doc).has('shape:n1'), 5000, 'new link works')
    expect(facilitator.provider.wsconnected && viewer.provider.wsconnected).toBe(true)
  })
})
