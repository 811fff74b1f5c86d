/**
 * The bot of docs/PROTOCOL.md ("A bot that reads and adds notes"), with a stock y-websocket
 * client and plain Y.Map calls only: it reads records by the documented rule, adds a note
 * whole, and moves it by its place part while a browser edits the note's text offline.
 */
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { createNoteRecord, plainTextToRichText } from '../../shared/notes'
import { useTestServer } from '../testing/harness'
import { createBoard, waitFor, waitForSync } from '../testing/syncClient'

type Json = Record<string, unknown>

/** The reading rule as PROTOCOL.md gives it to bot writers, written without Plenary's code. */
const PLACE = ['x', 'y', 'rotation', 'parentId', 'index']
const PROPS: Record<string, string[]> = {
  text: ['richText', 'text', 'name', 'url', 'textLastEditedBy'],
  fit: ['growY', 'fontSizeAdjustment'],
}
const partOfProp = (key: string): string => Object.keys(PROPS).find((part) => PROPS[part]?.includes(key)) ?? 'style'
const partOfField = (key: string): string => (PLACE.includes(key) ? 'place' : 'other')

function readRecord(doc: Y.Doc, id: string): Json | undefined {
  const base = doc.getMap<Json>('records').get(id)
  if (!base) return undefined
  const record: Json = { ...base, props: { ...(base.props as Json) } }
  const props = record.props as Json
  for (const part of ['place', 'text', 'fit', 'style', 'meta', 'other']) {
    const value = doc.getMap<Json>(`records.${part}`).get(id)
    if (!value) continue
    if (part === 'meta') record.meta = value
    else if (part === 'place' || part === 'other') {
      for (const key of Object.keys(record))
        if (!['id', 'typeName', 'props', 'meta'].includes(key) && partOfField(key) === part) delete record[key]
      Object.assign(record, value)
    } else {
      for (const key of Object.keys(props)) if (partOfProp(key) === part) delete props[key]
      Object.assign(props, value)
    }
  }
  return record
}

const note = (n: number, text: string) => createNoteRecord({ id: `shape:n${n}`, x: n * 10, y: 0, index: `a${n}V`, text })

describe('a stock y-websocket bot on layout 2', () => {
  const harness = useTestServer()

  it('reads what browsers changed, adds a note whole, and moves it without undoing an offline text edit', async () => {
    const board = await createBoard(harness.server.origin)
    const browser = harness.client(board)
    const bot = harness.client(board)
    await Promise.all([waitForSync(browser), waitForSync(bot)])

    recordsMap(browser.doc).set('shape:n1', note(1, 'Propuesta: rotar la facilitación'))
    recordsMap(browser.doc).set('shape:n1', {
      ...note(1, 'Propuesta: rotar la facilitación'),
      x: 640,
      props: { ...(note(1, '').props as Json), richText: plainTextToRichText('Propuesta: rotar la facilitación'), color: 'light-blue' },
    })
    await waitFor(
      () => (readRecord(bot.doc, 'shape:n1')?.props as Json | undefined)?.color === 'light-blue',
      5000,
      'the recolour at the bot',
    )
    expect(readRecord(bot.doc, 'shape:n1')).toEqual(recordsMap(bot.doc).get('shape:n1'))
    expect(readRecord(bot.doc, 'shape:n1')?.x).toBe(640)

    const added = note(2, 'Added by a bot — Łódź, 東京, Αθήνα')
    bot.doc.getMap('records').set(added.id, added)
    await waitFor(() => recordsMap(browser.doc).has(added.id), 5000, "the bot's note in the browser")
    expect(recordsMap(browser.doc).get(added.id)).toEqual(added)

    // The browser goes offline and edits the text; the bot moves the same note meanwhile.
    browser.provider.disconnect()
    const edited = { ...added, props: { ...(added.props as Json), richText: plainTextToRichText('Edited offline') } }
    recordsMap(browser.doc).set(added.id, edited)
    bot.doc.getMap('records.place').set(added.id, { x: 200, y: 40, rotation: 0, parentId: 'page:page', index: added.index })
    await waitFor(
      () => (recordsMap(harness.server.registry.peek(board.id)?.doc ?? new Y.Doc()).get(added.id) as Json | undefined)?.x === 200,
      5000,
      'the move on the server',
    )
    browser.provider.connect()
    const merged = { ...edited, x: 200, y: 40 }
    await waitFor(
      () => isDeepStrictEqual(readRecord(bot.doc, added.id), merged) && isDeepStrictEqual(recordsMap(browser.doc).get(added.id), merged),
      5000,
      'both changes everywhere',
    )
    expect(recordsMap(harness.server.registry.peek(board.id)?.doc ?? new Y.Doc()).get(added.id)).toEqual(merged)
  })
})
