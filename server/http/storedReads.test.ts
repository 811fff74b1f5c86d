import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recordsMap } from '../../shared/boardDoc'
import { startServer, type RunningServer } from '../app'
import { readConfig } from '../config'
import { createLogger } from '../logger'
import { openSqliteStore } from '../persistence/sqlite'
import type { BoardStore } from '../persistence/types'
import { holdableStore, type HoldableStore } from '../testing/heldStore'
import { connectClient, createBoard, waitFor, waitForSync, type TestBoard, type TestClient } from '../testing/syncClient'
import { testNote } from '../testing/testNotes'
import { fakeClientDir, tempDir } from '../testing/testServer'

/** The note count a Plenary JSON export states. */
function notesIn(json: string): number {
  const parsed: unknown = JSON.parse(json)
  const counts = typeof parsed === 'object' && parsed !== null ? (parsed as { counts?: { notes?: unknown } }).counts : undefined
  return typeof counts?.notes === 'number' ? counts.notes : -1
}

describe('downloads of a live board while a batch waits for its commit', () => {
  let server: RunningServer
  let held: HoldableStore
  let board: TestBoard
  let writer: TestClient
  /** Calls of the store's getBoard: each download makes two before it reads the document. */
  let boardLookups = 0

  const download = async (file: string): Promise<string> => {
    const response = await fetch(`${server.origin}/api/boards/${board.id}/${file}`, {
      headers: { authorization: `Bearer ${board.tokens.viewer}` },
    })
    expect(response.status).toBe(200)
    return response.text()
  }

  /**
   * Starts the three downloads and resolves once each has reached the document read: the server
   * runs in this process, and after its second getBoard a download reads without waiting for I/O.
   */
  const downloadsWaiting = async (): Promise<{ json: Promise<string>; tldr: Promise<string>; minutes: Promise<string> }> => {
    const before = boardLookups
    const texts = { json: download('export.json'), tldr: download('export.tldr'), minutes: download('export.md') }
    await waitFor(() => boardLookups >= before + 6, 5000, 'the downloads to reach the document')
    return texts
  }

  beforeAll(async () => {
    const dataDir = tempDir()
    const inner = openSqliteStore(join(dataDir, 'plenary.sqlite'))
    const counting: BoardStore = {
      ...inner,
      getBoard(id) {
        boardLookups++
        return inner.getBoard(id)
      },
    }
    held = holdableStore(counting)
    const config = { ...readConfig({}), port: 0, host: '127.0.0.1', dataDir, clientDir: fakeClientDir(), logLevel: 'silent' as const }
    server = await startServer(config, createLogger('silent'), undefined, { store: held.store })
    board = await createBoard(server.origin)
    writer = connectClient(server.origin, board)
    await waitForSync(writer)
  })
  afterAll(async () => {
    writer.destroy()
    await server.close()
  })

  it('wait for the commit, then hold what it stored', async () => {
    const commit = held.hold()
    recordsMap(writer.doc).set('shape:n1', testNote(1, 10, 'first idea'))
    await commit.reached
    const { json, tldr, minutes } = await downloadsWaiting()
    commit.commit()
    expect(notesIn(await json)).toBe(1)
    expect(await tldr).toContain('shape:n1')
    expect(await minutes).toContain('first idea')
  })

  it('never hold a batch whose commit failed', async () => {
    const commit = held.hold()
    recordsMap(writer.doc).set('shape:n2', testNote(2, 20, 'second idea'))
    await commit.reached
    const { json, tldr, minutes } = await downloadsWaiting()
    commit.fail()
    expect(notesIn(await json)).toBe(1)
    expect(await tldr).toContain('shape:n1')
    expect(await tldr).not.toContain('shape:n2')
    expect(await minutes).toContain('first idea')
    expect(await minutes).not.toContain('second idea')
    // The writer was closed with 4001, kept its note and sends it again once reconnected.
    await waitFor(() => server.registry.peek(board.id)?.doc.getMap('records').has('shape:n2') === true, 10_000, 'the note sent again')
    await server.registry.peek(board.id)?.flush()
    expect(notesIn(await download('export.json'))).toBe(2)
  })
})
