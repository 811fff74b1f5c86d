import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocMetaKey, docMetaMap, recordsMap } from '../../shared/boardDoc'
import { SETTINGS_MAP } from '../../shared/meeting/meeting'
import { quarantineMap } from '../../shared/namedMaps'
import { Role } from '../../shared/protocol'
import { createBoardPolicy } from './boardPolicy'
import { applyReviewed, clientEdit, clientOf, CURRENT_SCHEMA, note, recordsJson, serverDoc, updateContains, withProps } from './testKit'

const { facilitator, participant, viewer } = Role
const locked = (n: number) => note(n, { isLocked: true })

describe('board policy: records', () => {
  it('lets a participant create, move and edit notes', () => {
    const policy = createBoardPolicy()
    const server = serverDoc([note(1)])
    const created = clientEdit(server, policy, participant, (doc) => recordsMap(doc).set('shape:n2', note(2)))
    expect(created.refusals).toEqual([])
    const moved = clientEdit(server, policy, participant, (doc) => recordsMap(doc).set('shape:n1', note(1, { x: 500, y: 40 })))
    expect(moved.refusals).toEqual([])
    const edited = clientEdit(server, policy, participant, (doc) => recordsMap(doc).set('shape:n2', withProps(note(2), { color: 'blue' })))
    expect(edited.refusals).toEqual([])
    expect(recordsJson(server)).toEqual({ 'shape:n1': note(1, { x: 500, y: 40 }), 'shape:n2': withProps(note(2), { color: 'blue' }) })
  })

  it('lets a participant delete an unlocked note', () => {
    const policy = createBoardPolicy()
    const server = serverDoc([note(1), note(2)])
    const { refusals } = clientEdit(server, policy, participant, (doc) => recordsMap(doc).delete('shape:n1'))
    expect(refusals).toEqual([])
    expect(Object.keys(recordsJson(server))).toEqual(['shape:n2'])
  })

  const { props: _props, ...withoutProps } = note(9)
  const invalid: [string, string, Record<string, unknown>, string][] = [
    ['a bad colour', 'shape:n9', withProps(note(9), { color: 'octarine' }), 'invalid_record'],
    ['missing props', 'shape:n9', withoutProps, 'invalid_record'],
    ['a wrong id prefix', 'page:n9', note(9, { id: 'page:n9' }), 'invalid_record'],
    ['a key other than its id', 'shape:other', note(9), 'invalid_record'],
    ['a session record (instance)', 'instance:instance', { id: 'instance:instance', typeName: 'instance' }, 'unknown_record_type'],
    [
      'a session record (camera)',
      'camera:page:page',
      { id: 'camera:page:page', typeName: 'camera', x: 0, y: 0, z: 1, meta: {} },
      'unknown_record_type',
    ],
    ['an unknown record type', 'vote:1', { id: 'vote:1', typeName: 'vote' }, 'unknown_record_type'],
  ]
  for (const [what, key, value, reason] of invalid) {
    it(`refuses a record with ${what} and leaves the board without it`, () => {
      const policy = createBoardPolicy()
      const server = serverDoc([note(1)])
      const { refusals, client } = clientEdit(server, policy, facilitator, (doc) => recordsMap(doc).set(key, value))
      expect(refusals).toEqual([expect.objectContaining({ reason, key })])
      expect(recordsJson(server)).toEqual({ 'shape:n1': note(1) })
      expect(recordsMap(client).has(key)).toBe(true)
    })
  }

  it('refuses values that are not records at all', () => {
    const policy = createBoardPolicy()
    const server = serverDoc()
    const { refusals } = clientEdit(server, policy, participant, (doc) => {
      recordsMap(doc).set('shape:a', 'just a string')
      recordsMap(doc).set('shape:b', [1, 2, 3])
      recordsMap(doc).set('shape:c', new Uint8Array([1, 2]))
    })
    expect(refusals.map((r) => r.reason)).toEqual(['invalid_record', 'invalid_record', 'invalid_record'])
    expect(recordsMap(server).size).toBe(0)
  })

  it('restores the previous version when an existing note is edited into an invalid one', () => {
    const policy = createBoardPolicy()
    const server = serverDoc([note(1)])
    const { refusals } = clientEdit(server, policy, participant, (doc) =>
      recordsMap(doc).set('shape:n1', withProps(note(1), { size: 'huge' })),
    )
    expect(refusals).toEqual([expect.objectContaining({ reason: 'invalid_record', key: 'shape:n1' })])
    expect(recordsJson(server)).toEqual({ 'shape:n1': note(1) })
  })

  it('keeps the valid records of an update and refuses only the invalid ones', () => {
    const policy = createBoardPolicy()
    const server = serverDoc()
    const { refusals } = clientEdit(server, policy, participant, (doc) => {
      recordsMap(doc).set('shape:n1', note(1))
      recordsMap(doc).set('shape:n2', withProps(note(2), { color: 'octarine' }))
      recordsMap(doc).set('shape:n3', note(3))
    })
    expect(refusals.map((r) => r.key)).toEqual(['shape:n2'])
    expect(Object.keys(recordsJson(server)).sort()).toEqual(['shape:n1', 'shape:n3'])
  })
})

describe('board policy: locks', () => {
  it('reverts a participant deleting, moving or editing a locked shape', () => {
    const policy = createBoardPolicy()
    const server = serverDoc([locked(1)])
    const deleted = clientEdit(server, policy, participant, (doc) => recordsMap(doc).delete('shape:n1'))
    expect(deleted.refusals).toEqual([expect.objectContaining({ reason: 'locked_shape', key: 'shape:n1' })])
    const moved = clientEdit(server, policy, participant, (doc) => recordsMap(doc).set('shape:n1', { ...locked(1), x: 999 }))
    expect(moved.refusals).toEqual([expect.objectContaining({ reason: 'locked_shape' })])
    const edited = clientEdit(server, policy, participant, (doc) => recordsMap(doc).set('shape:n1', withProps(locked(1), { color: 'red' })))
    expect(edited.refusals).toEqual([expect.objectContaining({ reason: 'locked_shape' })])
    expect(recordsJson(server)).toEqual({ 'shape:n1': locked(1) })
  })

  it('accepts a participant re-sending a locked shape unchanged', () => {
    const policy = createBoardPolicy()
    const server = serverDoc([locked(1)])
    const { refusals } = clientEdit(server, policy, participant, (doc) => recordsMap(doc).set('shape:n1', locked(1)))
    expect(refusals).toEqual([])
  })

  it('reverts a participant locking or unlocking a shape, and lets a facilitator do both', () => {
    const policy = createBoardPolicy()
    const server = serverDoc([note(1), locked(2)])
    const locking = clientEdit(server, policy, participant, (doc) => recordsMap(doc).set('shape:n1', locked(1)))
    expect(locking.refusals).toEqual([expect.objectContaining({ reason: 'facilitator_only', key: 'shape:n1' })])
    const unlocking = clientEdit(server, policy, participant, (doc) => recordsMap(doc).set('shape:n2', note(2)))
    expect(unlocking.refusals).toEqual([expect.objectContaining({ reason: 'locked_shape', key: 'shape:n2' })])
    const creatingLocked = clientEdit(server, policy, participant, (doc) => recordsMap(doc).set('shape:n3', locked(3)))
    expect(creatingLocked.refusals).toEqual([expect.objectContaining({ reason: 'facilitator_only', key: 'shape:n3' })])
    expect(recordsJson(server)).toEqual({ 'shape:n1': note(1), 'shape:n2': locked(2) })

    expect(clientEdit(server, policy, facilitator, (doc) => recordsMap(doc).set('shape:n1', locked(1))).refusals).toEqual([])
    expect(clientEdit(server, policy, facilitator, (doc) => recordsMap(doc).set('shape:n2', note(2))).refusals).toEqual([])
    expect(clientEdit(server, policy, facilitator, (doc) => recordsMap(doc).delete('shape:n1')).refusals).toEqual([])
    expect(recordsJson(server)).toEqual({ 'shape:n2': note(2) })
  })
})

describe('board policy: named maps, meta and structure', () => {
  it("reverts a participant's writes to a facilitator-only map and lets a facilitator write it", () => {
    const policy = createBoardPolicy()
    const server = serverDoc()
    const byFacilitator = clientEdit(server, policy, facilitator, (doc) => doc.getMap(SETTINGS_MAP).set('timer', { minutes: 5 }))
    expect(byFacilitator.refusals).toEqual([])
    const byParticipant = clientEdit(server, policy, participant, (doc) => {
      doc.getMap(SETTINGS_MAP).set('timer', { minutes: 60 })
      doc.getMap(SETTINGS_MAP).set('anonymousVotes', true)
    })
    expect(byParticipant.refusals.map((r) => [r.reason, r.key])).toEqual([
      ['facilitator_only', 'timer'],
      ['facilitator_only', 'anonymousVotes'],
    ])
    const deleting = clientEdit(server, policy, participant, (doc) => doc.getMap(SETTINGS_MAP).delete('timer'))
    expect(deleting.refusals).toEqual([expect.objectContaining({ reason: 'facilitator_only' })])
    expect(server.getMap(SETTINGS_MAP).toJSON()).toEqual({ timer: { minutes: 5 } })
  })

  it('lets nobody but the server write the quarantine map', () => {
    const policy = createBoardPolicy()
    const server = serverDoc()
    const { refusals } = clientEdit(server, policy, facilitator, (doc) => quarantineMap(doc).set('shape:x', { record: {} }))
    expect(refusals).toEqual([expect.objectContaining({ reason: 'server_only' })])
    expect(quarantineMap(server).size).toBe(0)
  })

  it('refuses unknown top-level types for everyone, whatever their kind', () => {
    const policy = createBoardPolicy()
    const server = serverDoc([note(1)])
    const { refusals } = clientEdit(server, policy, facilitator, (doc) => {
      doc.getMap('plenary:everything').set('k', 'v')
      doc.getArray('log').push(['entry'])
      doc.getText('chat').insert(0, 'hello')
      doc.getXmlFragment('xml').insert(0, [new Y.XmlText('x')])
    })
    expect(refusals.map((r) => [r.reason, r.key]).sort()).toEqual([
      ['unknown_root', 'chat'],
      ['unknown_root', 'log'],
      ['unknown_root', 'plenary:everything'],
      ['unknown_root', 'xml'],
    ])
    for (const name of ['plenary:everything', 'log', 'chat', 'xml']) {
      const type = server.share.get(name)
      expect([...(type?._map.values() ?? [])].every((item) => item.deleted)).toBe(true)
      let live = 0
      for (let item = type?._start ?? null; item; item = item.right) if (!item.deleted) live++
      expect(live).toBe(0)
    }
    expect(recordsJson(server)).toEqual({ 'shape:n1': note(1) })
  })

  it('refuses nested shared types and list content in the records map', () => {
    const policy = createBoardPolicy()
    const server = serverDoc()
    const nested = clientEdit(server, policy, facilitator, (doc) => {
      const inner = new Y.Map<unknown>()
      recordsMap(doc).set('shape:nested', inner)
      inner.set('id', 'shape:nested')
    })
    expect(nested.refusals).toEqual([expect.objectContaining({ reason: 'invalid_record', key: 'shape:nested' })])
    expect(recordsMap(server).size).toBe(0)

    const listDoc = new Y.Doc()
    listDoc.getArray('records').push(['not a map entry'])
    const list = applyReviewed(server, policy, facilitator, Y.encodeStateAsUpdate(listDoc))
    expect(list.refusals).toEqual([expect.objectContaining({ reason: 'invalid_structure', key: 'records' })])
    expect(server.getMap('records').toJSON()).toEqual({})
  })

  it('lets clients write the current schema label and layout version, and nothing else in meta', () => {
    const policy = createBoardPolicy()
    const server = new Y.Doc()
    const labelled = clientEdit(server, policy, participant, (doc) => {
      docMetaMap(doc).set(DocMetaKey.schema, CURRENT_SCHEMA)
      docMetaMap(doc).set(DocMetaKey.layoutVersion, 1)
      recordsMap(doc).set('shape:n1', note(1))
    })
    expect(labelled.refusals).toEqual([])

    const newer = { ...CURRENT_SCHEMA, sequences: { ...CURRENT_SCHEMA.sequences, 'com.tldraw.shape.note': 99 } }
    const bad = clientEdit(server, policy, facilitator, (doc) => {
      docMetaMap(doc).set(DocMetaKey.schema, newer)
      docMetaMap(doc).set(DocMetaKey.layoutVersion, 99)
      docMetaMap(doc).set('owner', 'me')
    })
    expect(bad.refusals.map((r) => [r.reason, r.key])).toEqual([
      ['invalid_meta', 'schema'],
      ['invalid_meta', 'layoutVersion'],
      ['invalid_meta', 'owner'],
    ])
    const deleting = clientEdit(server, policy, participant, (doc) => docMetaMap(doc).delete(DocMetaKey.schema))
    expect(deleting.refusals).toEqual([expect.objectContaining({ reason: 'invalid_meta', key: 'schema' })])
    expect(docMetaMap(server).toJSON()).toEqual({ schema: CURRENT_SCHEMA, layoutVersion: 1 })
  })

  it('refuses everything a viewer update would change', () => {
    const policy = createBoardPolicy()
    const server = serverDoc([note(1)])
    const { refusals } = clientEdit(server, policy, viewer, (doc) => {
      recordsMap(doc).set('shape:n2', note(2))
      recordsMap(doc).delete('shape:n1')
      docMetaMap(doc).set(DocMetaKey.layoutVersion, 1.5)
    })
    expect(new Set(refusals.map((r) => r.reason))).toEqual(new Set(['viewer_update']))
    expect(recordsJson(server)).toEqual({ 'shape:n1': note(1) })
  })
})

describe('board policy: limits', () => {
  it('refuses the changes beyond the per-update limit and keeps the first ones', () => {
    const policy = createBoardPolicy({ maxChangedRecordsPerUpdate: 3 })
    const server = serverDoc()
    const { refusals } = clientEdit(server, policy, participant, (doc) => {
      for (let n = 1; n <= 5; n++) recordsMap(doc).set(`shape:n${n}`, note(n))
    })
    expect(refusals).toEqual([expect.objectContaining({ reason: 'update_too_large', detail: expect.stringContaining('2 change(s)') })])
    expect(Object.keys(recordsJson(server)).sort()).toEqual(['shape:n1', 'shape:n2', 'shape:n3'])
  })

  it('refuses a record larger than the record limit', () => {
    const policy = createBoardPolicy({ maxRecordBytes: 2_000 })
    const server = serverDoc()
    const { refusals } = clientEdit(server, policy, participant, (doc) => {
      recordsMap(doc).set('shape:n1', note(1))
      recordsMap(doc).set('shape:n2', note(2, { meta: { blob: 'x'.repeat(3_000) } }))
    })
    expect(refusals).toEqual([expect.objectContaining({ reason: 'record_too_large', key: 'shape:n2' })])
    expect(Object.keys(recordsJson(server))).toEqual(['shape:n1'])
  })

  it('refuses new records beyond the board limit, counting deletions in the same update first', () => {
    const policy = createBoardPolicy({ maxRecords: 3 })
    const server = serverDoc([note(1), note(2)])
    const first = clientEdit(server, policy, participant, (doc) => {
      recordsMap(doc).set('shape:n3', note(3))
      recordsMap(doc).set('shape:n4', note(4))
    })
    expect(first.refusals).toEqual([expect.objectContaining({ reason: 'too_many_records', key: 'shape:n4' })])
    const swap = clientEdit(server, policy, participant, (doc) => {
      recordsMap(doc).set('shape:n5', note(5))
      recordsMap(doc).delete('shape:n1')
    })
    expect(swap.refusals).toEqual([])
    expect(Object.keys(recordsJson(server)).sort()).toEqual(['shape:n2', 'shape:n3', 'shape:n5'])
    // Edits of existing records are not growth in count.
    expect(clientEdit(server, policy, participant, (doc) => recordsMap(doc).set('shape:n2', note(2, { x: 1 }))).refusals).toEqual([])
  })

  it('refuses growth beyond the board size, but not shrinking edits', () => {
    const size = Buffer.byteLength(JSON.stringify(note(1)))
    const policy = createBoardPolicy({ maxBoardBytes: size * 2 + 10 })
    const server = serverDoc([note(1), note(2)])
    const growing = clientEdit(server, policy, participant, (doc) => {
      recordsMap(doc).set('shape:n1', note(1, { meta: { extra: 'x'.repeat(100) } }))
    })
    expect(growing.refusals).toEqual([expect.objectContaining({ reason: 'board_too_large', key: 'shape:n1' })])
    const adding = clientEdit(server, policy, participant, (doc) => recordsMap(doc).set('shape:n3', note(3)))
    expect(adding.refusals).toEqual([expect.objectContaining({ reason: 'board_too_large' })])
    const deleting = clientEdit(server, policy, participant, (doc) => recordsMap(doc).delete('shape:n2'))
    expect(deleting.refusals).toEqual([])
    expect(clientEdit(server, policy, participant, (doc) => recordsMap(doc).set('shape:n3', note(3))).refusals).toEqual([])
  })

  it('keeps the board totals right across many updates and refusals', () => {
    const policy = createBoardPolicy({ maxRecords: 10 })
    const server = serverDoc()
    for (let round = 0; round < 4; round++) {
      clientEdit(server, policy, participant, (doc) => {
        for (let n = 0; n < 4; n++) recordsMap(doc).set(`shape:r${round}n${n}`, note(n, { id: `shape:r${round}n${n}` }))
      })
    }
    expect(recordsMap(server).size).toBe(10)
  })
})

describe('board policy: convergence', () => {
  it('brings the sender of a refused change and every other peer to the compliant state', () => {
    const policy = createBoardPolicy()
    const server = serverDoc([locked(1), note(2)])
    const peer = clientOf(server)
    const { client: sender, net } = clientEdit(server, policy, participant, (doc) => {
      recordsMap(doc).delete('shape:n1')
      recordsMap(doc).set('shape:n2', note(2, { x: 77 }))
      recordsMap(doc).set('shape:bad', withProps(note(3, { id: 'shape:bad' }), { color: 'octarine' }))
      doc.getMap(SETTINGS_MAP).set('timer', 1)
    })
    expect(net).not.toBeNull()
    Y.applyUpdate(sender, net!)
    Y.applyUpdate(peer, net!)
    const expected = { 'shape:n1': locked(1), 'shape:n2': note(2, { x: 77 }) }
    expect(recordsJson(server)).toEqual(expected)
    expect(recordsJson(sender)).toEqual(expected)
    expect(recordsJson(peer)).toEqual(expected)
    expect(sender.getMap(SETTINGS_MAP).toJSON()).toEqual({})
    expect(Y.encodeStateVector(sender)).toEqual(Y.encodeStateVector(server))
  })

  it("keeps the server document's client id when it writes compensations", () => {
    const policy = createBoardPolicy()
    const server = serverDoc([note(1, { isLocked: true })])
    const id = server.clientID
    clientEdit(server, policy, participant, (doc) => recordsMap(doc).delete('shape:n1'))
    clientEdit(server, policy, participant, (doc) => recordsMap(doc).delete('shape:n1'))
    // Yjs would otherwise take our own writes in a remote transaction for an id collision.
    expect(server.clientID).toBe(id)
  })

  it('sends none of the refused content in the net update', () => {
    const policy = createBoardPolicy()
    const server = serverDoc([locked(1)])
    const { net, refusals } = clientEdit(server, policy, participant, (doc) => {
      recordsMap(doc).set(
        'shape:bad',
        withProps(note(3, { id: 'shape:bad' }), {
          color: 'octarine',
          richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'FORBIDDEN-INVALID' }] }] },
        }),
      )
      recordsMap(doc).set('shape:n1', { ...locked(1), meta: { note: 'FORBIDDEN-LOCKED' } })
      doc.getMap(SETTINGS_MAP).set('motto', 'FORBIDDEN-SETTING')
      doc.getMap('elsewhere').set('x', 'FORBIDDEN-ROOT-VALUE')
      recordsMap(doc).set('shape:n2', note(2, { meta: { note: 'ALLOWED-TEXT' } }))
    })
    expect(refusals).toHaveLength(4)
    for (const marker of ['FORBIDDEN-INVALID', 'FORBIDDEN-LOCKED', 'FORBIDDEN-SETTING', 'FORBIDDEN-ROOT-VALUE']) {
      expect(updateContains(net, marker), marker).toBe(false)
    }
    // The check would see the text if it were there.
    expect(updateContains(net, 'ALLOWED-TEXT')).toBe(true)
  })
})

describe('board policy: updates Yjs holds back', () => {
  /** Two updates of one participant, the second depending on the first. */
  function twoUpdates(server: Y.Doc, first: (doc: Y.Doc) => void, second: (doc: Y.Doc) => void): [Uint8Array, Uint8Array] {
    const doc = clientOf(server)
    const updates: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => updates.push(update))
    first(doc)
    second(doc)
    return [updates[0]!, updates[1]!]
  }

  it("reviews a held-back change with its sender's role even when a facilitator's update releases it", () => {
    const policy = createBoardPolicy()
    const server = serverDoc([note(1)])
    const [early, late] = twoUpdates(
      server,
      (doc) => recordsMap(doc).set('shape:n2', note(2)),
      (doc) => recordsMap(doc).set('shape:n3', locked(3)),
    )
    // The later update arrives first: Yjs holds it back until the first one is there.
    expect(applyReviewed(server, policy, participant, late).refusals).toEqual([])
    expect(server.store.pendingStructs).not.toBeNull()
    const released = applyReviewed(server, policy, facilitator, early)
    expect(released.refusals).toEqual([expect.objectContaining({ reason: 'facilitator_only', key: 'shape:n3' })])
    expect(recordsJson(server)).toEqual({ 'shape:n1': note(1), 'shape:n2': note(2) })
  })

  it("accepts an honest client's held-back change once its own next message completes it", () => {
    const policy = createBoardPolicy()
    const server = serverDoc([note(1)])
    const [early, late] = twoUpdates(
      server,
      (doc) => recordsMap(doc).set('shape:n2', note(2)),
      (doc) => recordsMap(doc).set('shape:n3', note(3)),
    )
    applyReviewed(server, policy, participant, late)
    expect(applyReviewed(server, policy, participant, early).refusals).toEqual([])
    expect(server.store.pendingStructs).toBeNull()
    expect(recordsJson(server)).toEqual({ 'shape:n1': note(1), 'shape:n2': note(2), 'shape:n3': note(3) })
  })
})
