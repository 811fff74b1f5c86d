/**
 * The promise of an anonymous area, end to end against a real server: whoever writes there (a
 * participant's client that still names them, a stock bot), the document every viewer gets and
 * every export of it (.tldr, .json, minutes) hold no id, name or coop of the writer that could
 * be joined to what they wrote.
 */
import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { participantToUser } from '../../client/sync/participantUser'
import { ATTENDANCE_MAP, recordAttendance } from '../../shared/attendance/attendance'
import { recordsMap } from '../../shared/boardDoc'
import { createNoteRecord, plainTextToRichText } from '../../shared/notes'
import { Role } from '../../shared/protocol'
import { useTestServer } from '../testing/harness'
import { createBoard, waitFor, waitForSync, type TestBoard } from '../testing/syncClient'

const ANA = { id: 'p-ana-7c1f', name: 'Anaïs Quintero', coop: 'Cooperativa Telar' }
/** Named by the bot only: no record or attendance entry anywhere holds this id legitimately. */
const BEA_ID = 'p-bea-93d2'
const TRACES = [ANA.id, ANA.name, ANA.coop, BEA_ID]

function frame(id: string, parentId: string, index: string, meta: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    typeName: 'shape',
    type: 'frame',
    x: 0,
    y: 0,
    rotation: 0,
    index,
    parentId,
    isLocked: false,
    opacity: 1,
    meta,
    props: { w: 600, h: 400, name: id, color: 'black' },
  }
}

/** A note as a client that does not clear the writer would write it: author and textLastEditedBy. */
function namedNote(id: string, parentId: string, index: string, text: string, editor: string): Record<string, unknown> {
  const note = createNoteRecord({ id, x: 20, y: 20, index, text, parentId, author: ANA })
  return { ...note, props: { ...(note.props as Record<string, unknown>), textLastEditedBy: editor } }
}

function tracesIn(text: string): string[] {
  return TRACES.filter((trace) => text.includes(trace))
}

describe('anonymous areas against a real server', () => {
  const harness = useTestServer()
  const get = (board: TestBoard, path: string) =>
    fetch(`${harness.server.origin}/api/boards/${board.id}${path}`, { headers: { authorization: `Bearer ${board.tokens.viewer}` } })

  it('stores, relays and exports no trace of who wrote in an anonymous area', async () => {
    const board = await createBoard(harness.server.origin, 'Asamblea de diciembre')
    const facilitator = harness.client(board, { role: Role.facilitator, user: { id: 'p-fac', name: 'Facilitación', coop: '' } })
    await waitForSync(facilitator)
    facilitator.doc.transact(() => {
      const records = recordsMap(facilitator.doc)
      records.set('document:document', { id: 'document:document', typeName: 'document', gridSize: 10, name: '', meta: {} })
      records.set('page:page', { id: 'page:page', typeName: 'page', name: 'Page 1', index: 'a1', meta: {} })
      records.set('shape:area', frame('shape:area', 'page:page', 'a1', { anonymous: true }))
      records.set('shape:inner', frame('shape:inner', 'shape:area', 'a2'))
    })
    const viewer = harness.client(board, { role: Role.viewer })
    await waitForSync(viewer)
    const relayed: Uint8Array[] = []
    viewer.doc.on('update', (update: Uint8Array) => relayed.push(update))

    // Ana's client names her: a user record and attendance (she is at the meeting), and two
    // notes, one of them in a frame inside the anonymous frame.
    const ana = harness.client(board, { role: Role.participant, user: ANA })
    await waitForSync(ana)
    ana.doc.transact(() => {
      recordAttendance(ana.doc, ANA, 'participant', Date.now())
      recordsMap(ana.doc).set(`user:${ANA.id}`, participantToUser({ ...ANA, color: '#c2410c' }))
      recordsMap(ana.doc).set('shape:top', namedNote('shape:top', 'shape:area', 'a3', 'top secret idea', ANA.id))
      recordsMap(ana.doc).set('shape:deep', namedNote('shape:deep', 'shape:inner', 'a4', 'deep secret idea', ANA.id))
    })
    const viewed = (id: string): Record<string, unknown> | undefined =>
      recordsMap(viewer.doc).get(id) as Record<string, unknown> | undefined
    await waitFor(() => viewed('shape:deep') !== undefined && viewed('shape:top') !== undefined, 5000, "Ana's notes at the viewer")

    // A stock bot with no presence edits a note and names someone as its last editor.
    const bot = harness.client(board, { role: Role.participant })
    await waitForSync(bot)
    const top = recordsMap(bot.doc).get('shape:top') as Record<string, unknown> & { props: Record<string, unknown> }
    recordsMap(bot.doc).set('shape:top', {
      ...top,
      props: { ...top.props, richText: plainTextToRichText('edited secret idea'), textLastEditedBy: BEA_ID },
    })
    const text = (doc: Y.Doc) => JSON.stringify((recordsMap(doc).get('shape:top') as { props: unknown }).props)
    await waitFor(() => text(viewer.doc).includes('edited secret idea'), 5000, "the bot's edit at the viewer")
    await waitFor(() => !text(bot.doc).includes(BEA_ID), 5000, 'the bot to receive the cleared note')

    // The document as the viewer has it: the notes name nobody, and nothing but Ana's own user
    // record mentions her, so there is nothing to join.
    for (const id of ['shape:top', 'shape:deep']) expect(tracesIn(JSON.stringify(viewed(id)))).toEqual([])
    const mentions = [...recordsMap(viewer.doc).entries()]
      .filter(([, value]) => tracesIn(JSON.stringify(value)).length > 0)
      .map(([key]) => key)
    expect(mentions).toEqual([`user:${ANA.id}`])
    // The bot's id never reached the viewer, not even in an update it received.
    expect(relayed.some((update) => Buffer.from(update).includes(Buffer.from(BEA_ID)))).toBe(false)
    const stored = harness.server.registry.peek(board.id)
    expect(stored && tracesIn(JSON.stringify(recordsMap(stored.doc).get('shape:top')))).toEqual([])

    const tldr = await get(board, '/export.tldr')
    expect(tldr.status).toBe(200)
    const tldrText = await tldr.text()
    expect(tldrText).toContain('deep secret idea')
    expect(tracesIn(tldrText)).toEqual([])

    // The .json lists who came (attendance): that entry is the only place Ana appears.
    const json = (await (await get(board, '/export.json')).json()) as { maps: Record<string, Record<string, unknown>> }
    expect(tracesIn(JSON.stringify(json.maps[ATTENDANCE_MAP]?.[ANA.id]))).toEqual([ANA.id, ANA.name, ANA.coop])
    delete json.maps[ATTENDANCE_MAP]?.[ANA.id]
    expect(tracesIn(JSON.stringify(json))).toEqual([])

    // The minutes name the participants at the top; no note line names anyone.
    const minutes = await (await get(board, '/export.md')).text()
    const noteLines = minutes.split('\n').filter((line) => line.includes('secret idea'))
    expect(noteLines).toHaveLength(2)
    for (const line of noteLines) expect(tracesIn(line)).toEqual([])
    expect(tracesIn(minutes)).not.toContain(ANA.id)
    expect(tracesIn(minutes)).not.toContain(BEA_ID)
  })
})
