import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { changedRoots, slotBefore, slotNow, TransactionDeletions, type Slot } from './docChanges'

/** Applies `edit` made on a copy of `doc` back to `doc`, and inspects the open transaction. */
function inspect(doc: Y.Doc, edit: (copy: Y.Doc) => void, look: (transaction: Y.Transaction) => void): void {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  const before = Y.encodeStateVector(copy)
  edit(copy)
  const update = Y.encodeStateAsUpdate(copy, before)
  doc.transact((transaction) => {
    Y.applyUpdate(doc, update)
    look(transaction)
  })
}

const value = (v: unknown): Slot => ({ present: true, value: v })
const absent: Slot = { present: false }

describe('changes of an open transaction', () => {
  it('finds each changed key with its value before and after', () => {
    const doc = new Y.Doc()
    const map = doc.getMap<unknown>('records')
    map.set('kept', 1)
    map.set('updated', 'old')
    map.set('deleted', 'gone')
    map.set('readded', 'x')
    map.delete('readded')
    inspect(
      doc,
      (copy) => {
        const m = copy.getMap<unknown>('records')
        m.set('updated', 'mid')
        m.set('updated', 'new')
        m.delete('deleted')
        m.set('added', true)
        m.set('readded', 'y')
        m.set('transient', 1)
        m.delete('transient')
      },
      (transaction) => {
        const roots = changedRoots(doc, transaction)
        const records = roots.get('records')
        expect(records?.keys).toEqual(new Set(['updated', 'deleted', 'added', 'readded', 'transient']))
        const deletions = new TransactionDeletions(transaction)
        const type = records!.type
        expect(type).toBe(map)
        const slots = Object.fromEntries(
          [...records!.keys].map((key) => [key, [slotBefore(type, key, transaction, deletions), slotNow(type, key)]]),
        )
        expect(slots).toEqual({
          updated: [value('old'), value('new')],
          deleted: [value('gone'), absent],
          added: [absent, value(true)],
          readded: [absent, value('y')],
          transient: [absent, absent],
        })
      },
    )
  })

  it('names top-level types no code asked for, and reports list content and nested changes', () => {
    const doc = new Y.Doc()
    inspect(
      doc,
      (copy) => {
        copy.getArray('log').push(['x'])
        const nested = new Y.Map<unknown>()
        copy.getMap('records').set('shape:a', nested)
        nested.set('inner', 1)
      },
      (transaction) => {
        const roots = changedRoots(doc, transaction)
        expect(roots.get('log')?.listChanged).toBe(true)
        expect(roots.get('records')?.keys).toEqual(new Set(['shape:a']))
      },
    )
    // A later change inside the nested map is reported as a change of its top-level key.
    inspect(
      doc,
      (copy) => (copy.getMap('records').get('shape:a') as Y.Map<unknown>).set('inner', 2),
      (transaction) => expect(changedRoots(doc, transaction).get('records')?.keys).toEqual(new Set(['shape:a'])),
    )
  })

  it('still names a generic top-level type after code converts it to a map mid-transaction', () => {
    const doc = new Y.Doc()
    inspect(
      doc,
      (copy) => copy.getMap('plenary:settings').set('a', 1),
      (transaction) => {
        const converted = doc.getMap('plenary:settings')
        const change = changedRoots(doc, transaction).get('plenary:settings')
        expect(change?.type).toBe(converted)
        expect(change?.keys).toEqual(new Set(['a']))
      },
    )
  })
})
