import { createTLSchema, parseTldrawJsonFile } from 'tldraw'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { Role } from '../../shared/protocol'
import { imageAsset, imageShape } from '../testing/assetRecords'
import { useTestServer } from '../testing/harness'
import { createBoard, waitFor, waitForSync, type TestBoard } from '../testing/syncClient'
import { noisePng } from '../testing/testImages'

describe('board exports carry the stored images', () => {
  const harness = useTestServer()
  const auth = (token: string) => ({ authorization: `Bearer ${token}` })
  const get = (board: TestBoard, path: string) =>
    fetch(`${harness.server.origin}/api/boards/${board.id}${path}`, { headers: auth(board.tokens.viewer) })

  /** A board with one uploaded image shown by one image shape, written by a stock client. */
  async function boardWithImage(): Promise<{ board: TestBoard; image: Uint8Array; src: string }> {
    const board = await createBoard(harness.server.origin, 'Pictures')
    const image = noisePng(7, 32)
    const upload = await fetch(`${harness.server.origin}/api/boards/${board.id}/assets`, {
      method: 'POST',
      headers: auth(board.tokens.participant),
      body: image,
    })
    const { src } = (await upload.json()) as { src: string }
    const writer = harness.client(board, { role: Role.participant })
    await waitForSync(writer)
    writer.doc.transact(() => {
      recordsMap(writer.doc).set('asset:photo', imageAsset('asset:photo', src, { w: 32, h: 32 }))
      recordsMap(writer.doc).set('shape:photo', imageShape('shape:photo', 'asset:photo'))
    })
    await waitFor(() => harness.server.registry.peek(board.id)?.doc.getMap('records').has('shape:photo') === true, 5000, 'the image stored')
    return { board, image, src }
  }

  it('puts each image into the .tldr file as a data: URL, and tldraw opens the file with the image in it', async () => {
    const { board, image, src } = await boardWithImage()
    const response = await get(board, '/export.tldr')
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(text).not.toContain(src)
    const parsed = parseTldrawJsonFile({ json: text, schema: createTLSchema() })
    if (!parsed.ok) throw new Error(`tldraw refused the export: ${parsed.error.type}`)
    const asset = parsed.value.get('asset:photo' as never) as { props: { src: string } } | undefined
    expect(asset?.props.src).toBe(`data:image/png;base64,${Buffer.from(image).toString('base64')}`)
    expect(parsed.value.get('shape:photo' as never)).toMatchObject({ type: 'image', props: { assetId: 'asset:photo' } })
  })

  it('lists each image in the .json export by its src, with its type, size and bytes', async () => {
    const { board, image, src } = await boardWithImage()
    const json = (await (await get(board, '/export.json')).json()) as {
      assets: Record<string, { mimeType: string; bytes: number; dataUrl: string }>
    }
    expect(json.assets).toEqual({
      [src]: { mimeType: 'image/png', bytes: image.byteLength, dataUrl: `data:image/png;base64,${Buffer.from(image).toString('base64')}` },
    })
  })

  it('carries the images in a snapshot’s exports too, while the snapshot itself keeps pointing at the store', async () => {
    const { board, image, src } = await boardWithImage()
    const saved = await fetch(`${harness.server.origin}/api/boards/${board.id}/snapshots`, {
      method: 'POST',
      headers: { ...auth(board.tokens.facilitator), 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'With picture' }),
    })
    const { snapshot } = (await saved.json()) as { snapshot: { id: string } }
    const base64 = Buffer.from(image).toString('base64')
    expect(await (await get(board, `/export.tldr?snapshot=${snapshot.id}`)).text()).toContain(base64)
    expect(await (await get(board, `/export.json?snapshot=${snapshot.id}`)).text()).toContain(base64)
    const state = new Uint8Array(await (await get(board, `/snapshots/${snapshot.id}/state`)).arrayBuffer())
    const doc = new Y.Doc()
    Y.applyUpdate(doc, state)
    expect(recordsMap(doc).get('asset:photo')).toEqual(imageAsset('asset:photo', src, { w: 32, h: 32 }))
  })
})
