/**
 * What the asset store saves on a cold join: a board with 20 photos (~40 KB each, noise, so
 * they do not compress, like real photos), stored (a) the old way, as `data:` URLs inside the
 * asset records, which the 64 KiB record limit allowed, and (b) in the board's asset store,
 * the records holding only `/api/boards/:id/assets/:hash`. For each, the room is unloaded and a
 * new client joins: we report the size of the sync step 2 it receives (the whole board), and
 * its gzip size (what permessage-deflate could reach at best). Measured, not asserted.
 *
 *   npx tsx bench/assetColdJoin.ts
 */
import { gzipSync } from 'node:zlib'
import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import { MessageType, Role } from '../shared/protocol'
import { recordsMap } from '../shared/boardDoc'
import { imageAsset, imageShape } from '../server/testing/assetRecords'
import { openRaw, syncFrame, syncUrl } from '../server/testing/rawClient'
import { connectClient, createBoard, waitFor, waitForSync, type TestBoard } from '../server/testing/syncClient'
import { noisePng } from '../server/testing/testImages'
import { startTestServer } from '../server/testing/testServer'

const IMAGES = 20
/** 116×116 RGB noise: a 40,562-byte PNG, about a small JPEG photo. */
const SIDE = 116

/** Fractional index keys a1…aK, one per image, in order. */
const INDEX_DIGITS = '123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'

type Variant = 'data: URLs in the records' | 'asset store paths'

async function main(): Promise<void> {
  const server = await startTestServer({ idleUnloadMs: 50, logLevel: process.env.LOG_LEVEL ?? 'silent' })
  try {
    const rows: { variant: Variant; imageBytes: number; step2: number; step2Gzip: number; joinMs: number }[] = []
    for (const variant of ['data: URLs in the records', 'asset store paths'] as const) {
      const board = await createBoard(server.origin, variant)
      const images = Array.from({ length: IMAGES }, (_, n) => noisePng(n + 1, SIDE))
      const sources: string[] = []
      for (const image of images) {
        if (variant === 'asset store paths') sources.push(await upload(server.origin, board, image))
        else sources.push(`data:image/png;base64,${Buffer.from(image).toString('base64')}`)
      }
      await writeImages(server.origin, board, sources)
      await waitFor(() => server.registry.peek(board.id) === undefined, 10_000, 'the room to unload')
      const started = performance.now()
      const step2 = await coldStep2(server.origin, board)
      const joinMs = performance.now() - started
      const holds = new Y.Doc()
      Y.applyUpdate(holds, step2)
      if (recordsMap(holds).size !== 2 * IMAGES) throw new Error(`the joiner holds ${recordsMap(holds).size} records`)
      rows.push({
        variant,
        imageBytes: images.reduce((sum, image) => sum + image.byteLength, 0),
        step2: step2.byteLength,
        step2Gzip: gzipSync(step2).byteLength,
        joinMs: Math.round(joinMs),
      })
    }
    console.log(`Cold join of a board with ${IMAGES} photos (${SIDE}×${SIDE} PNG noise, ~40 KB each):`)
    console.table(rows)
  } finally {
    await server.close()
  }
}

async function upload(origin: string, board: TestBoard, image: Uint8Array<ArrayBuffer>): Promise<string> {
  const response = await fetch(`${origin}/api/boards/${board.id}/assets`, {
    method: 'POST',
    headers: { authorization: `Bearer ${board.tokens.participant}` },
    body: image,
  })
  if (!response.ok) throw new Error(`upload: ${response.status}`)
  return ((await response.json()) as { src: string }).src
}

/** A stock client adds one image asset and its shape per transaction, as a browser does. */
async function writeImages(origin: string, board: TestBoard, sources: readonly string[]): Promise<void> {
  const writer = connectClient(origin, board, { role: Role.participant })
  try {
    await waitForSync(writer)
    sources.forEach((src, n) => {
      writer.doc.transact(() => {
        recordsMap(writer.doc).set(`asset:p${n}`, imageAsset(`asset:p${n}`, src))
        recordsMap(writer.doc).set(`shape:p${n}`, imageShape(`shape:p${n}`, `asset:p${n}`, `a${INDEX_DIGITS[n] ?? 'Z'}`))
      })
    })
    const server = connectClient(origin, board, { role: Role.viewer })
    try {
      await waitForSync(server, 30_000)
      await waitFor(() => recordsMap(server.doc).size === 2 * sources.length, 30_000, 'the images stored')
    } finally {
      server.destroy()
    }
  } finally {
    writer.destroy()
  }
}

/** Joins with an empty document and returns the Yjs update of the server's sync step 2. */
async function coldStep2(origin: string, board: TestBoard): Promise<Uint8Array> {
  const client = await openRaw(syncUrl(origin, board, Role.viewer))
  try {
    return await new Promise<Uint8Array>((resolve) => {
      client.ws.on('message', (data: Buffer) => {
        const decoder = decoding.createDecoder(new Uint8Array(data))
        if (decoding.readVarUint(decoder) !== MessageType.sync || decoding.readVarUint(decoder) !== 1) return
        resolve(decoding.readVarUint8Array(decoder))
      })
      client.ws.send(syncFrame(0, Y.encodeStateVector(new Y.Doc())))
    })
  } finally {
    client.ws.close()
  }
}

await main()
