import { describe, expect, it } from 'vitest'
import { recordsMap } from '../../shared/boardDoc'
import { createNoteRecord } from '../../shared/notes'
import { Role } from '../../shared/protocol'
import { useTestServer } from '../testing/harness'
import { createBoard, waitFor, waitForSync } from '../testing/syncClient'

/** Characters no export may carry: NUL and BEL as JSON escapes them, and raw control characters (but tab and line feed) and bidi controls. */
const HIDDEN = /\\u0000|\\u0007|(?![\t\n])\p{Cc}|[\u202e\u2066]/u

describe('board files leave without hidden characters', () => {
  const harness = useTestServer()

  it('strips control characters and bidi overrides from every string of the .tldr and .json files, the snapshot’s too', async () => {
    const board = await createBoard(harness.server.origin, 'Asamblea\u202e de diciembre')
    const writer = harness.client(board, { role: Role.participant })
    await waitForSync(writer)
    const note = createNoteRecord({
      id: 'shape:hostile',
      x: 10,
      y: 10,
      index: 'a1',
      text: 'Pay\u0000 the \u0007invoice\u202efdp.exe\u2066 · Łódź 東京 Αθήνα 👩🏽‍💻',
      author: { id: 'p-ana', name: 'Ana\u202e', coop: 'Cooperativa\u0007 Sur' },
    })
    writer.doc.transact(() => recordsMap(writer.doc).set(note.id, note))
    await waitFor(
      () => harness.server.registry.peek(board.id)?.doc.getMap('records').has('shape:hostile') === true,
      5000,
      'the note stored',
    )
    const saved = await fetch(`${harness.server.origin}/api/boards/${board.id}/snapshots`, {
      method: 'POST',
      headers: { authorization: `Bearer ${board.tokens.facilitator}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Cierre' }),
    })
    const { snapshot } = (await saved.json()) as { snapshot: { id: string } }
    for (const path of ['/export.tldr', '/export.json', `/export.tldr?snapshot=${snapshot.id}`, `/export.json?snapshot=${snapshot.id}`]) {
      const response = await fetch(`${harness.server.origin}/api/boards/${board.id}${path}`, {
        headers: { authorization: `Bearer ${board.tokens.viewer}` },
      })
      expect(response.status).toBe(200)
      const text = await response.text()
      expect(text, path).not.toMatch(HIDDEN)
      if (path.startsWith('/export.tldr')) {
        // The .tldr file holds the records: the note's text and its author, in every script.
        expect(text, path).toContain('Pay the invoicefdp.exe · Łódź 東京 Αθήνα 👩🏽‍💻')
        expect(text, path).toContain('Cooperativa Sur')
      } else {
        // The .json file holds the board's facts and Plenary's maps.
        expect(text, path).toContain('Asamblea de diciembre')
      }
    }
  })
})
