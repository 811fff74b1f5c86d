import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { assetPath } from '../../shared/assets'
import { recordsMap } from '../../shared/boardDoc'
import { quarantineMap } from '../../shared/namedMaps'
import { Role } from '../../shared/protocol'
import { bookmarkAsset, bookmarkShape, embedShape, imageAsset, imageShape } from '../testing/assetRecords'
import { useTestServer } from '../testing/harness'
import { createBoard, waitFor, waitForSync } from '../testing/syncClient'
import { noisePng } from '../testing/testImages'
import { note, serverDoc } from './testKit'

const REMOTE = 'https://example.com/x.png'

describe('content from elsewhere against a real server', () => {
  const harness = useTestServer()
  const serverRecords = (boardId: string) => harness.server.registry.peek(boardId)?.doc.getMap('records').toJSON()

  it('neither stores nor relays an image from another host, an embed or a bookmark a stock client writes; its own asset path passes', async () => {
    const board = await createBoard(harness.server.origin)
    const image = noisePng(1)
    const upload = await fetch(`${harness.server.origin}/api/boards/${board.id}/assets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${board.tokens.participant}` },
      body: image,
    })
    const { src } = (await upload.json()) as { src: string }
    expect(src).toBe(assetPath(board.id, createHash('sha256').update(image).digest('hex')))

    const writer = harness.client(board, { role: Role.facilitator })
    const observer = harness.client(board, { role: Role.participant })
    await Promise.all([writer, observer].map((c) => waitForSync(c)))
    const received: Uint8Array[] = []
    observer.doc.on('update', (update: Uint8Array) => received.push(update))

    writer.doc.transact(() => {
      const records = recordsMap(writer.doc)
      records.set('asset:remote', imageAsset('asset:remote', REMOTE))
      records.set('shape:remote', imageShape('shape:remote', 'asset:remote', 'a1'))
      records.set('shape:embed', embedShape('shape:embed'))
      records.set('shape:bookmark', bookmarkShape('shape:bookmark', 'https://example.org/page'))
      records.set('asset:bookmark', bookmarkAsset('asset:bookmark', 'https://example.org/page'))
    })
    writer.doc.transact(() => {
      recordsMap(writer.doc).set('asset:own', imageAsset('asset:own', src))
      recordsMap(writer.doc).set('shape:own', imageShape('shape:own', 'asset:own', 'a2'))
    })

    const expected = ['asset:own', 'shape:own', 'shape:remote']
    await waitFor(
      () => JSON.stringify(Object.keys(recordsMap(observer.doc).toJSON()).sort()) === JSON.stringify(expected),
      5000,
      'observer',
    )
    await waitFor(
      () => JSON.stringify(Object.keys(recordsMap(writer.doc).toJSON()).sort()) === JSON.stringify(expected),
      5000,
      'writer converged',
    )
    expect(Object.keys(serverRecords(board.id) ?? {}).sort()).toEqual(expected)
    expect(recordsMap(observer.doc).get('asset:own')).toEqual(imageAsset('asset:own', src))
    for (const update of received) {
      for (const text of [REMOTE, 'youtube.com', 'example.org']) expect(Buffer.from(update).includes(text)).toBe(false)
    }
    const stored = await harness.server.store.loadDocument(board.id)
    for (const { update } of stored.updates) {
      for (const text of [REMOTE, 'youtube.com', 'example.org']) expect(Buffer.from(update).includes(text)).toBe(false)
    }
  })

  it('refuses another board’s asset path', async () => {
    const board = await createBoard(harness.server.origin)
    const other = await createBoard(harness.server.origin)
    const writer = harness.client(board, { role: Role.facilitator })
    await waitForSync(writer)
    const foreign = assetPath(other.id, 'b'.repeat(64))
    recordsMap(writer.doc).set('asset:foreign', imageAsset('asset:foreign', foreign))
    recordsMap(writer.doc).set('shape:n1', note(1))
    await waitFor(
      () => serverRecords(board.id)?.['shape:n1'] !== undefined && !recordsMap(writer.doc).has('asset:foreign'),
      5000,
      'refused',
    )
    expect(serverRecords(board.id)?.['asset:foreign']).toBeUndefined()
  })

  it('moves a stored image from elsewhere into quarantine when the board loads', async () => {
    const board = await createBoard(harness.server.origin)
    const stored = serverDoc([note(1), imageAsset('asset:remote', REMOTE), embedShape('shape:embed')])
    await harness.server.store.appendUpdate(board.id, Y.encodeStateAsUpdate(stored))
    const reader = harness.client(board, { role: Role.viewer })
    await waitForSync(reader)
    await waitFor(() => recordsMap(reader.doc).size === 1 && quarantineMap(reader.doc).size === 2, 5000, 'quarantined')
    expect(recordsMap(reader.doc).toJSON()).toEqual({ 'shape:n1': note(1) })
    expect(quarantineMap(reader.doc).get('asset:remote')).toMatchObject({ record: imageAsset('asset:remote', REMOTE) })
  })
})
