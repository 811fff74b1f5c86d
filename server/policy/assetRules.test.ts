import { describe, expect, it } from 'vitest'
import { recordsMap } from '../../shared/boardDoc'
import { assetPath } from '../../shared/assets'
import { quarantineMap } from '../../shared/namedMaps'
import { Role } from '../../shared/protocol'
import { bookmarkAsset, bookmarkShape, embedShape, imageAsset, imageShape } from '../testing/assetRecords'
import { createBoardPolicy } from './boardPolicy'
import { clientEdit, note, recordsJson, serverDoc, updateContains } from './testKit'

const BOARD = 'abcdefghijklmnopqrstuv'
const OTHER_BOARD = 'ABCDEFGHIJKLMNOPQRSTUV'
const HASH = 'a'.repeat(64)
const OWN_SRC = assetPath(BOARD, HASH)
const DATA_SRC = 'data:image/png;base64,iVBORw0KGgo='

/** A loaded board: the policy was told which board the document is, as Room.load does. */
function loadedBoard(records: Record<string, unknown>[] = []) {
  const policy = createBoardPolicy()
  const doc = serverDoc(records)
  policy.quarantine(doc, BOARD)
  return { policy, doc }
}

describe('images and other content from elsewhere', () => {
  it("accepts an image asset with no src, a data:image URL, or this board's own asset path", () => {
    const { policy, doc } = loadedBoard()
    for (const [id, src] of [
      ['asset:none', null],
      ['asset:empty', ''],
      ['asset:data', DATA_SRC],
      ['asset:own', OWN_SRC],
    ] as const) {
      const { refusals } = clientEdit(doc, policy, Role.participant, (client) => recordsMap(client).set(id, imageAsset(id, src)))
      expect(refusals).toEqual([])
      expect(recordsMap(doc).has(id)).toBe(true)
    }
    // A video asset follows the same rule.
    const video = {
      ...imageAsset('asset:video', OWN_SRC),
      type: 'video',
      props: { w: 1, h: 1, name: 'v.mp4', isAnimated: true, mimeType: 'video/mp4', src: OWN_SRC },
    }
    expect(clientEdit(doc, policy, Role.participant, (client) => recordsMap(client).set('asset:video', video)).refusals).toEqual([])
  })

  it('refuses, for every role, an image whose src is a URL elsewhere or another board’s asset, and relays none of it', () => {
    const { policy, doc } = loadedBoard()
    const elsewhere = [
      'https://example.com/x.png',
      'http://127.0.0.1:9/x.png',
      '//example.com/x.png',
      'asset:somewhere',
      'data:text/html,<script>alert(1)</script>',
      assetPath(OTHER_BOARD, HASH),
      `${OWN_SRC}?x=1`,
      `https://example.com${OWN_SRC}`,
    ]
    for (const role of [Role.facilitator, Role.participant]) {
      for (const src of elsewhere) {
        const { refusals, net } = clientEdit(doc, policy, role, (client) => {
          recordsMap(client).set('asset:bad', imageAsset('asset:bad', src))
          recordsMap(client).set('shape:n1', note(1))
        })
        expect(
          refusals.map((r) => [r.reason, r.key]),
          src,
        ).toEqual([['remote_content', 'asset:bad']])
        expect(recordsMap(doc).has('asset:bad')).toBe(false)
        expect(updateContains(net, src)).toBe(false)
      }
    }
    // Changing an accepted image's src to a URL elsewhere is refused too; the image stays as it was.
    clientEdit(doc, policy, Role.participant, (client) => recordsMap(client).set('asset:img', imageAsset('asset:img', OWN_SRC)))
    const { refusals } = clientEdit(doc, policy, Role.facilitator, (client) =>
      recordsMap(client).set('asset:img', imageAsset('asset:img', 'https://example.com/x.png')),
    )
    expect(refusals.map((r) => r.reason)).toEqual(['remote_content'])
    expect(recordsJson(doc)['asset:img']).toEqual(imageAsset('asset:img', OWN_SRC))
  })

  it('refuses embed shapes, bookmark shapes and bookmark assets for every role', () => {
    const { policy, doc } = loadedBoard()
    for (const role of [Role.facilitator, Role.participant]) {
      const { refusals } = clientEdit(doc, policy, role, (client) => {
        recordsMap(client).set('shape:embed', embedShape('shape:embed'))
        recordsMap(client).set('shape:bookmark', bookmarkShape('shape:bookmark'))
        recordsMap(client).set('asset:bookmark', bookmarkAsset('asset:bookmark'))
      })
      expect(refusals.map((r) => [r.reason, r.key]).sort()).toEqual([
        ['remote_content', 'asset:bookmark'],
        ['remote_content', 'shape:bookmark'],
        ['remote_content', 'shape:embed'],
      ])
      expect(recordsJson(doc)).toEqual({})
    }
  })

  it("refuses a person's picture (a user record's imageUrl) from elsewhere, and accepts none or the board's own", () => {
    const { policy, doc } = loadedBoard()
    const user = (id: string, imageUrl: string) => ({ id, typeName: 'user', name: 'Ana', color: '#e03131', imageUrl, meta: {} })
    const { refusals } = clientEdit(doc, policy, Role.facilitator, (client) => {
      recordsMap(client).set('user:bot', user('user:bot', 'https://tracker.example/pixel.png'))
      recordsMap(client).set('user:ana', user('user:ana', ''))
      recordsMap(client).set('user:own', user('user:own', OWN_SRC))
    })
    expect(refusals.map((r) => [r.reason, r.key])).toEqual([['remote_content', 'user:bot']])
    expect(Object.keys(recordsJson(doc)).sort()).toEqual(['user:ana', 'user:own'])
  })

  it('accepts no asset path on a document the policy was not told the board of', () => {
    const policy = createBoardPolicy()
    const doc = serverDoc()
    const { refusals } = clientEdit(doc, policy, Role.facilitator, (client) =>
      recordsMap(client).set('asset:own', imageAsset('asset:own', OWN_SRC)),
    )
    expect(refusals.map((r) => r.reason)).toEqual(['remote_content'])
  })

  it('moves stored images from elsewhere, embeds and bookmarks into quarantine at load, keeping the board’s own images', () => {
    const policy = createBoardPolicy({}, { now: () => 1 })
    const kept = [imageAsset('asset:own', OWN_SRC), imageAsset('asset:data', DATA_SRC), imageShape('shape:img', 'asset:own'), note(1)]
    const moved = [
      imageAsset('asset:remote', 'https://example.com/x.png'),
      imageAsset('asset:other', assetPath(OTHER_BOARD, HASH)),
      embedShape('shape:embed'),
      bookmarkShape('shape:bookmark'),
      bookmarkAsset('asset:bookmark'),
    ]
    const doc = serverDoc([...kept, ...moved] as ({ id: string } & Record<string, unknown>)[])
    const refusals = policy.quarantine(doc, BOARD)
    expect(refusals.map((r) => r.key).sort()).toEqual(moved.map((r) => r.id).sort())
    expect(refusals.every((r) => r.reason === 'remote_content')).toBe(true)
    expect(Object.keys(recordsJson(doc)).sort()).toEqual(kept.map((r) => r.id).sort())
    expect(quarantineMap(doc).get('asset:remote')).toEqual({
      record: moved[0],
      reason: "src points outside the board's asset store",
      at: 1,
    })
  })
})
