import { createTLSchema, parseTldrawJsonFile } from 'tldraw'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { endSession, startSession } from '../../shared/breakouts/session'
import { fileDate } from '../../shared/export/fileName'
import { Role } from '../../shared/protocol'
import type { SnapshotInfo } from '../../shared/snapshots/types'
import { useTestServer } from '../testing/harness'
import { createBoard, waitFor, waitForSync, type TestBoard } from '../testing/syncClient'
import { testNote } from '../testing/testNotes'

const PAGE = { id: 'page:page', typeName: 'page', name: 'Page 1', index: 'a1', meta: {} }
const DOCUMENT = { id: 'document:document', typeName: 'document', gridSize: 10, name: '', meta: {} }

describe('snapshots API', () => {
  const harness = useTestServer()
  const url = (board: TestBoard, path: string) => `${harness.server.origin}/api/boards/${board.id}${path}`
  const auth = (token: string | null): Record<string, string> => (token === null ? {} : { authorization: `Bearer ${token}` })
  const save = (board: TestBoard, token: string | null, body: unknown) =>
    fetch(url(board, '/snapshots'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth(token) },
      body: JSON.stringify(body),
    })
  const list = async (board: TestBoard, token: string): Promise<SnapshotInfo[]> => {
    const response = await fetch(url(board, '/snapshots'), { headers: auth(token) })
    expect(response.status).toBe(200)
    return ((await response.json()) as { snapshots: SnapshotInfo[] }).snapshots
  }

  /** A board with three notes on a page, written by a facilitator's client. */
  async function boardWithNotes(): Promise<{ board: TestBoard; doc: Y.Doc; leave: () => void }> {
    const board = await createBoard(harness.server.origin, 'Assembly')
    const facilitator = harness.client(board, { role: Role.facilitator })
    await waitForSync(facilitator)
    facilitator.doc.transact(() => {
      recordsMap(facilitator.doc).set(DOCUMENT.id, DOCUMENT)
      recordsMap(facilitator.doc).set(PAGE.id, PAGE)
      for (const n of [1, 2, 3]) recordsMap(facilitator.doc).set(`shape:n${n}`, testNote(n))
    })
    await waitFor(() => harness.server.registry.peek(board.id)?.doc.getMap('records').size === 5, 5000, 'the notes on the server')
    return { board, doc: facilitator.doc, leave: () => facilitator.destroy() }
  }

  it('lets a facilitator save a named snapshot of the live board that every role can list and read', async () => {
    const { board, doc } = await boardWithNotes()
    const response = await save(board, board.tokens.facilitator, { name: '  Assembly   4 June ', author: 'Ana · Sur' })
    expect(response.status).toBe(201)
    const { snapshot } = (await response.json()) as { snapshot: SnapshotInfo }
    expect(snapshot).toMatchObject({ name: 'Assembly 4 June', author: 'Ana · Sur', kind: 'manual', boardId: board.id })

    // The live board moves on; the snapshot does not.
    recordsMap(doc).delete('shape:n1')
    await waitFor(() => harness.server.registry.peek(board.id)?.doc.getMap('records').size === 4, 5000, 'the delete on the server')

    for (const token of [board.tokens.viewer, board.tokens.participant]) {
      expect((await list(board, token)).map((s) => s.id)).toEqual([snapshot.id])
    }
    const facts = await fetch(url(board, `/snapshots/${snapshot.id}`), { headers: auth(board.tokens.viewer) })
    expect(((await facts.json()) as { snapshot: SnapshotInfo }).snapshot).toEqual(snapshot)
    const state = await fetch(url(board, `/snapshots/${snapshot.id}/state`), { headers: auth(board.tokens.viewer) })
    expect(state.headers.get('content-type')).toBe('application/octet-stream')
    const restored = new Y.Doc()
    Y.applyUpdate(restored, new Uint8Array(await state.arrayBuffer()))
    expect([...recordsMap(restored).keys()].sort()).toEqual(['document:document', 'page:page', 'shape:n1', 'shape:n2', 'shape:n3'])
  })

  it('takes the snapshot from storage when the board is not loaded', async () => {
    const { board, leave } = await boardWithNotes()
    leave()
    await waitFor(() => harness.server.registry.peek(board.id) === undefined, 5000, 'the room to unload')
    const response = await save(board, board.tokens.facilitator, { name: 'Stored' })
    expect(response.status).toBe(201)
    const { snapshot } = (await response.json()) as { snapshot: SnapshotInfo }
    expect(snapshot.author).toBe('Facilitator')
    const state = await fetch(url(board, `/snapshots/${snapshot.id}/state`), { headers: auth(board.tokens.facilitator) })
    const restored = new Y.Doc()
    Y.applyUpdate(restored, new Uint8Array(await state.arrayBuffer()))
    expect(recordsMap(restored).size).toBe(5)
  })

  it('refuses participants, viewers, wrong tokens, blank or long names and unknown snapshots, storing nothing', async () => {
    const { board } = await boardWithNotes()
    expect((await save(board, board.tokens.participant, { name: 'Mine' })).status).toBe(403)
    expect((await save(board, board.tokens.viewer, { name: 'Mine' })).status).toBe(403)
    expect((await save(board, 'not-a-token', { name: 'Mine' })).status).toBe(401)
    expect((await save(board, null, { name: 'Mine' })).status).toBe(401)
    const blank = await save(board, board.tokens.facilitator, { name: '   ' })
    expect(blank.status).toBe(400)
    expect(((await blank.json()) as { error: { id: string } }).error.id).toBe('bad_request')
    expect((await save(board, board.tokens.facilitator, { name: 'x'.repeat(121) })).status).toBe(400)
    expect((await save(board, board.tokens.facilitator, { name: 42 })).status).toBe(400)
    const huge = await fetch(url(board, '/snapshots'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth(board.tokens.facilitator) },
      body: JSON.stringify({ name: 'a', author: 'b'.repeat(10_000) }),
    })
    expect(huge.status).toBe(413)
    expect(await list(board, board.tokens.facilitator)).toEqual([])

    expect((await fetch(url(board, '/snapshots'), { headers: auth('wrong') })).status).toBe(401)
    expect((await fetch(url(board, '/snapshots/nope'), { headers: auth(board.tokens.viewer) })).status).toBe(404)
    expect((await fetch(url(board, '/snapshots/nope/state'), { headers: auth(board.tokens.viewer) })).status).toBe(404)
    expect((await fetch(url(board, '/export.tldr?snapshot=nope'), { headers: auth(board.tokens.viewer) })).status).toBe(404)
    const other = await createBoard(harness.server.origin)
    expect((await fetch(url(other, '/snapshots'), { headers: auth(board.tokens.facilitator) })).status).toBe(401)
  })

  it('keeps a snapshot of another board out of reach', async () => {
    const { board } = await boardWithNotes()
    const saved = (await (await save(board, board.tokens.facilitator, { name: 'Mine' })).json()) as { snapshot: SnapshotInfo }
    const other = await createBoard(harness.server.origin)
    const response = await fetch(url(other, `/snapshots/${saved.snapshot.id}/state`), { headers: auth(other.tokens.facilitator) })
    expect(response.status).toBe(404)
  })

  it('exports the live board and a snapshot as a .tldr file that tldraw’s own parser opens', async () => {
    const { board, doc } = await boardWithNotes()
    const saved = (await (await save(board, board.tokens.facilitator, { name: 'Before' })).json()) as { snapshot: SnapshotInfo }
    recordsMap(doc).set('shape:n4', testNote(4))
    await waitFor(() => harness.server.registry.peek(board.id)?.doc.getMap('records').size === 6, 5000, 'the fourth note')

    const live = await fetch(url(board, '/export.tldr'), { headers: auth(board.tokens.viewer) })
    expect(live.status).toBe(200)
    expect(live.headers.get('content-disposition')).toContain(`filename="assembly-board-${fileDate(Date.now())}.tldr"`)
    const parsed = parseTldrawJsonFile({ json: await live.text(), schema: createTLSchema() })
    if (!parsed.ok) throw new Error(`tldraw refused the export: ${parsed.error.type}`)
    const notes = parsed.value.allRecords().filter((r) => r.typeName === 'shape')
    expect(notes.map((r) => r.id).sort()).toEqual(['shape:n1', 'shape:n2', 'shape:n3', 'shape:n4'])

    const old = await fetch(url(board, `/export.tldr?snapshot=${saved.snapshot.id}&tz=Pacific/Kiritimati`), {
      headers: auth(board.tokens.participant),
    })
    // Named after the snapshot, on the day it was taken in the reader's zone.
    expect(old.headers.get('content-disposition')).toContain(
      `filename="assembly-snapshot-before-${fileDate(saved.snapshot.createdAt, 'Pacific/Kiritimati')}.tldr"`,
    )
    const parsedOld = parseTldrawJsonFile({ json: await old.text(), schema: createTLSchema() })
    if (!parsedOld.ok) throw new Error(`tldraw refused the snapshot export: ${parsedOld.error.type}`)
    expect(parsedOld.value.allRecords().filter((r) => r.typeName === 'shape')).toHaveLength(3)
  })

  it('exports Plenary’s data as JSON with every named map, live or from a snapshot', async () => {
    const { board, doc } = await boardWithNotes()
    const saved = (await (await save(board, board.tokens.facilitator, { name: 'Votes open' })).json()) as { snapshot: SnapshotInfo }
    doc.getMap('plenary:settings').set('theme', 'dark')
    await waitFor(() => harness.server.registry.peek(board.id)?.doc.getMap('plenary:settings').get('theme') === 'dark', 5000, 'the setting')
    const live = (await (await fetch(url(board, '/export.json'), { headers: auth(board.tokens.viewer) })).json()) as Record<string, unknown>
    expect(live).toMatchObject({
      format: 'plenary-board',
      version: 1,
      board: { id: board.id, title: 'Assembly' },
      snapshot: null,
      counts: { notes: 3 },
    })
    const maps = live.maps as Record<string, Record<string, unknown>>
    expect(maps['plenary:settings']).toEqual({ theme: 'dark' })
    expect(Object.keys(maps)).toContain('plenary:breakouts')
    expect(Object.keys(maps)).not.toContain('quarantine')
    const old = (await (
      await fetch(url(board, `/export.json?snapshot=${saved.snapshot.id}`), { headers: auth(board.tokens.viewer) })
    ).json()) as {
      snapshot: { name: string }
      maps: Record<string, Record<string, unknown>>
    }
    expect(old.snapshot.name).toBe('Votes open')
    expect(old.maps['plenary:settings']).toEqual({})
  })

  it('takes a snapshot automatically when a breakout session starts and when it ends', async () => {
    const { board, doc } = await boardWithNotes()
    let sessionId = ''
    doc.transact(() => {
      sessionId = startSession(doc, {
        groupNames: ['Budget', 'Housing', 'Tools'],
        durationMs: 10 * 60_000,
        assignment: 'choose',
        spreadCoops: false,
        cap: null,
        people: [],
        pageId: 'page:page',
        now: Date.now(),
        random: Math.random,
      }).id
    })
    await waitFor(
      () => harness.server.registry.peek(board.id)?.doc.getMap('plenary:breakouts').size === 1,
      5000,
      'the session on the server',
    )
    await expect.poll(async () => (await list(board, board.tokens.viewer)).map((s) => s.name)).toEqual(['Breakouts started: 3 groups'])
    const started = (await list(board, board.tokens.viewer))[0] as SnapshotInfo
    expect(started).toMatchObject({ kind: 'auto', author: 'Plenary' })
    const state = new Y.Doc()
    Y.applyUpdate(
      state,
      new Uint8Array(
        await (await fetch(url(board, `/snapshots/${started.id}/state`), { headers: auth(board.tokens.viewer) })).arrayBuffer(),
      ),
    )
    expect((state.getMap('plenary:breakouts').get(sessionId) as { status: string }).status).toBe('running')

    doc.transact(() => endSession(doc, sessionId, Date.now()))
    await expect
      .poll(async () => (await list(board, board.tokens.viewer)).map((s) => s.name))
      .toEqual(['Breakouts ended', 'Breakouts started: 3 groups'])
  })

  it('keeps at most the cap of snapshots per board: oldest automatic ones go first, manual ones are never dropped', async () => {
    const store = harness.server.store
    const { board } = await boardWithNotes()
    const snap = (id: string, kind: 'auto' | 'manual', createdAt: number) => ({
      id,
      boardId: board.id,
      name: id,
      author: 'test',
      kind,
      createdAt,
      state: new Uint8Array([0, 0]),
    })
    expect(await store.saveBoardSnapshot(snap('m1', 'manual', 1), 3)).toEqual({ ok: true, pruned: [] })
    expect(await store.saveBoardSnapshot(snap('a1', 'auto', 2), 3)).toEqual({ ok: true, pruned: [] })
    expect(await store.saveBoardSnapshot(snap('a2', 'auto', 3), 3)).toEqual({ ok: true, pruned: [] })
    expect(await store.saveBoardSnapshot(snap('m2', 'manual', 4), 3)).toEqual({ ok: true, pruned: ['a1'] })
    expect(await store.saveBoardSnapshot(snap('m3', 'manual', 5), 3)).toEqual({ ok: true, pruned: ['a2'] })
    expect(await store.saveBoardSnapshot(snap('m4', 'manual', 6), 3)).toEqual({ ok: false, reason: 'full' })
    expect((await store.listBoardSnapshots(board.id)).map((s) => s.id)).toEqual(['m3', 'm2', 'm1'])
  })
})
