import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { SETTINGS_MAP } from '../../shared/meeting/meeting'
import { Role } from '../../shared/protocol'
import { createBoardPolicy } from './boardPolicy'
import { clientEdit, note, serverDoc, updateContains, withProps } from './testKit'

const textNote = (id: string, text: string) =>
  withProps(note(1, { id }), {
    color: 'octarine',
    richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
  })

/** Every item of an update that still carries content (not a deletion marker). */
function liveContent(update: Uint8Array): unknown[] {
  return Y.decodeUpdate(update)
    .structs.filter((struct): struct is Y.Item => struct instanceof Y.Item)
    .filter((item) => !(item.content instanceof Y.ContentDeleted))
    .flatMap((item) => item.content.getContent() as unknown[])
}

describe('what a compensated update sends', () => {
  it('carries no refused value: Yjs garbage-collects content inserted and deleted in one transaction', () => {
    const policy = createBoardPolicy()
    const server = serverDoc([note(5)])
    const { net } = clientEdit(server, policy, Role.participant, (doc) => {
      recordsMap(doc).set('shape:bad', textNote('shape:bad', 'SECRET-IN-INVALID-RECORD'))
      doc.getMap(SETTINGS_MAP).set('motto', 'SECRET-IN-SETTINGS')
      doc.getArray('elsewhere').push(['SECRET-IN-UNKNOWN-ROOT'])
    })
    expect(net).not.toBeNull()
    for (const secret of ['SECRET-IN-INVALID-RECORD', 'SECRET-IN-SETTINGS', 'SECRET-IN-UNKNOWN-ROOT']) {
      expect(updateContains(net, secret), secret).toBe(false)
    }
    // Only deletion markers are left of the client's items: nothing with content at all.
    expect(liveContent(net!)).toEqual([])
  })

  it("sends the restored value, not the client's, when a change is reverted", () => {
    const policy = createBoardPolicy()
    const server = serverDoc([note(1, { isLocked: true })])
    // A whole write (the base rewritten) is put back whole.
    const { net } = clientEdit(server, policy, Role.participant, (doc) =>
      recordsMap(doc).replace('shape:n1', note(1, { isLocked: true, meta: { vandal: 'SECRET-EDIT' } })),
    )
    expect(updateContains(net, 'SECRET-EDIT')).toBe(false)
    expect(liveContent(net!)).toEqual([note(1, { isLocked: true })])
  })

  it("removes a refused part without sending the client's value", () => {
    const policy = createBoardPolicy()
    const server = serverDoc([note(1, { isLocked: true })])
    // An edit of an existing record writes only the part that changed (here its meta).
    const { net } = clientEdit(server, policy, Role.participant, (doc) =>
      recordsMap(doc).set('shape:n1', note(1, { isLocked: true, meta: { vandal: 'SECRET-EDIT' } })),
    )
    expect(updateContains(net, 'SECRET-EDIT')).toBe(false)
    expect(liveContent(net!)).toEqual([])
    expect(recordsMap(server).get('shape:n1')).toEqual(note(1, { isLocked: true }))
  })

  it('still sends the key of a refused entry and the name of a refused top-level type, as tombstones', () => {
    // Yjs writes a map key (and a root type's name) in the structure of the item, not in its
    // content; a deleted item keeps it. Keys are bounded by the frame size limit and reach no
    // record: clients never see them in the map.
    const policy = createBoardPolicy()
    const server = serverDoc()
    const { net } = clientEdit(server, policy, Role.participant, (doc) => {
      recordsMap(doc).set('shape:KEY-TEXT', textNote('shape:KEY-TEXT', 'x'))
      doc.getMap('ROOT-NAME').set('k', 'v')
    })
    expect(updateContains(net, 'KEY-TEXT')).toBe(true)
    expect(updateContains(net, 'ROOT-NAME')).toBe(true)
    expect(liveContent(net!)).toEqual([])
  })

  it('depends on garbage collection, which a document created with gc off would not do', () => {
    const policy = createBoardPolicy()
    const server = new Y.Doc({ gc: false })
    const { net } = clientEdit(server, policy, Role.participant, (doc) =>
      recordsMap(doc).set('shape:bad', textNote('shape:bad', 'SECRET-WITHOUT-GC')),
    )
    // Why rooms must keep Yjs's default (gc: true).
    expect(updateContains(net, 'SECRET-WITHOUT-GC')).toBe(true)
  })
})
