import {
  createShapeId,
  createTLStore,
  PageRecordType,
  PointerRecordType,
  TLPOINTER_ID,
  type IndexKey,
  type TLNoteShape,
  type TLRecord,
  type TLStore,
} from 'tldraw'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocMetaKey, docMetaMap, recordsMap } from '../../shared/boardDoc'
import { DOC_LAYOUT_VERSION } from '../../shared/protocol'
import { bindStoreToDoc, LOCAL_ORIGIN } from './bind'
import { documentState, initialDocumentRecords, makeNote, TEST_PAGE_ID } from './testing/records'
import { linkDocs } from './testing/relay'
import { createPeer, disposeScenarios, onDispose, type Peer } from './testing/scenario'

afterEach(disposeScenarios)

/** Three peers on a fast network, the first having opened the board. */
function createBoard(): Peer[] {
  const peers = [createPeer(), createPeer(), createPeer()]
  onDispose(linkDocs(peers.map((p) => p.doc)))
  peers[0]?.store.put(initialDocumentRecords())
  return peers
}

/** Lets the bindings' batches (queued as microtasks) run. */
async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0))
}

/** A stored schema like ours, but with the note sequence at `version`. */
function schemaWithNoteVersion(store: TLStore, version: number): unknown {
  const schema = store.schema.serialize()
  return { ...schema, sequences: { ...schema.sequences, 'com.tldraw.shape.note': version } }
}

describe('bindStoreToDoc', () => {
  it('skips and reports invalid remote records while the valid ones of the same transaction arrive', async () => {
    const [writer, ...readers] = createBoard() as [Peer, Peer, Peer]
    await settle()
    const good = makeNote({ text: 'valid' })
    const badColor = makeNote()
    const noProps = makeNote()
    const { props: _props, ...withoutProps } = noProps
    const mismatched = makeNote()
    const session = PointerRecordType.create({ id: TLPOINTER_ID })
    // Written straight into the map, as a buggy or hostile client could.
    writer.doc.transact(() => {
      const map = recordsMap(writer.doc)
      map.set(good.id, good)
      map.set(badColor.id, { ...badColor, props: { ...badColor.props, color: 'not-a-color' } })
      map.set(noProps.id, withoutProps)
      map.set('shape:elsewhere', mismatched)
      map.set(session.id, session)
      map.set('shape:text', 'just a string')
    }, 'hostile')
    await settle()

    for (const reader of readers) {
      expect(reader.store.get(good.id)).toEqual(good)
      expect(reader.store.get(badColor.id)).toBeUndefined()
      expect(reader.store.get(noProps.id)).toBeUndefined()
      expect(reader.store.get(mismatched.id)).toBeUndefined()
      expect(reader.rejected.map((r) => r.id).sort()).toEqual([badColor.id, noProps.id, 'shape:elsewhere', session.id, 'shape:text'].sort())
      for (const r of reader.rejected) expect(r.reason).not.toBe('')
    }
    // Later edits still flow both ways.
    readers[0].store.put([{ ...good, x: 500 }])
    await settle()
    expect(readers[1].store.get(good.id)?.x).toBe(500)
  })

  it('applies a rejected record once a valid version of it arrives', async () => {
    const [writer, reader] = createBoard() as [Peer, Peer, Peer]
    const note = makeNote()
    recordsMap(writer.doc).set(note.id, { ...note, props: { ...note.props, color: 'not-a-color' } })
    await settle()
    expect(reader.store.get(note.id)).toBeUndefined()
    recordsMap(writer.doc).set(note.id, note)
    await settle()
    expect(reader.store.get(note.id)).toEqual(note)
  })

  it('skips only the record whose side effects throw, not the rest of the batch', async () => {
    const [writer, reader] = createBoard() as [Peer, Peer, Peer]
    const cursed = makeNote()
    const fine = makeNote()
    onDispose(
      reader.store.sideEffects.registerBeforeCreateHandler('shape', (shape) => {
        if (shape.id === cursed.id) throw new Error('side effect failed')
        return shape
      }),
    )
    writer.doc.transact(() => {
      recordsMap(writer.doc).set(cursed.id, cursed)
      recordsMap(writer.doc).set(fine.id, fine)
    }, 'remote')
    await settle()
    expect(reader.store.get(fine.id)).toEqual(fine)
    expect(reader.store.get(cursed.id)).toBeUndefined()
    expect(reader.rejected).toEqual([{ id: cursed.id, reason: 'side effect failed' }])
  })

  it('writes a local change to the document once and never applies its echo', async () => {
    const peer = createPeer()
    peer.store.put(initialDocumentRecords())
    await settle()
    const entries: { source: string }[] = []
    onDispose(peer.store.listen((entry) => entries.push({ source: entry.source })))
    const origins: unknown[] = []
    const onUpdate = (_update: Uint8Array, origin: unknown): void => {
      origins.push(origin)
    }
    peer.doc.on('update', onUpdate)
    onDispose(() => peer.doc.off('update', onUpdate))

    const note = makeNote({ text: 'hello' })
    peer.store.put([note])
    await settle()

    expect(origins).toEqual([LOCAL_ORIGIN])
    expect(entries).toEqual([{ source: 'user' }])
    expect(recordsMap(peer.doc).get(note.id)).toEqual(note)
  })

  it('writes nothing back to the document while applying remote changes, deletions included', async () => {
    const [writer, reader] = createBoard() as [Peer, Peer, Peer]
    const notes = [makeNote({ text: 'a' }), makeNote({ text: 'b' })]
    const secondPage = PageRecordType.create({ name: 'Breakouts', index: 'a2' as IndexKey })
    writer.store.put([...notes, secondPage])
    await settle()
    const readerWrites: unknown[] = []
    const onUpdate = (_update: Uint8Array, origin: unknown): void => {
      if (origin === LOCAL_ORIGIN) readerWrites.push(origin)
    }
    reader.doc.on('update', onUpdate)
    onDispose(() => reader.doc.off('update', onUpdate))

    writer.store.put([{ ...(notes[0] as TLRecord), x: 99 } as TLRecord])
    writer.store.remove([notes[1]?.id as TLRecord['id']])
    writer.store.remove([secondPage.id])
    await settle()

    expect(reader.store.has(secondPage.id)).toBe(false)
    expect(documentState(reader.store)).toBe(documentState(writer.store))
    expect(readerWrites).toEqual([])
  })

  it('brings the default page back everywhere, once, when a remote change deletes the last page', async () => {
    const peers = createBoard()
    const [writer] = peers as [Peer, Peer, Peer]
    await settle()
    writer.store.remove([TEST_PAGE_ID])
    const writes: unknown[] = []
    const onUpdate = (): void => {
      writes.push(null)
    }
    for (const peer of peers) peer.doc.on('update', onUpdate)
    await settle()
    await settle()
    const settledWrites = writes.length
    await settle()

    // tldraw's store recreates its default page after every remote batch that leaves none;
    // the id is fixed, so every peer recreates the same record and nothing bounces around.
    for (const peer of peers) {
      expect(peer.store.has(TEST_PAGE_ID)).toBe(true)
      expect(documentState(peer.store)).toBe(documentState(writer.store))
      peer.doc.off('update', onUpdate)
    }
    expect(writes.length).toBe(settledWrites)
  })

  it('at bind time makes the store match a non-empty document', () => {
    const source = createPeer()
    source.store.put([...initialDocumentRecords(), makeNote({ id: createShapeId('kept') })])
    const doc = new Y.Doc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source.doc))
    const store = createTLStore()
    store.put([...initialDocumentRecords(), makeNote({ id: createShapeId('stale') })])

    createPeer(doc, store)

    expect(store.has(createShapeId('kept'))).toBe(true)
    expect(store.has(createShapeId('stale'))).toBe(false)
    expect(documentState(store)).toBe(documentState(source.store))
  })

  it('at bind time fills an empty document from the store, with schema and layout version', () => {
    const store = createTLStore()
    store.put([...initialDocumentRecords(), makeNote({ id: createShapeId('offline') })])
    const peer = createPeer(new Y.Doc(), store)

    expect(recordsMap(peer.doc).get(createShapeId('offline'))).toEqual(store.get(createShapeId('offline')))
    expect(recordsMap(peer.doc).size).toBe(3)
    expect(docMetaMap(peer.doc).get(DocMetaKey.schema)).toEqual(store.schema.serialize())
    expect(docMetaMap(peer.doc).get(DocMetaKey.layoutVersion)).toBe(DOC_LAYOUT_VERSION)
  })

  it('migrates records written with an older tldraw schema, and upgrades the document on its first write', async () => {
    const doc = new Y.Doc()
    const probe = createTLStore()
    const current = makeNote({ id: createShapeId('old') })
    const { textLastEditedBy, ...oldProps } = current.props
    doc.transact(() => {
      for (const record of initialDocumentRecords()) recordsMap(doc).set(record.id, record)
      recordsMap(doc).set(current.id, { ...current, props: { ...oldProps, textFirstEditedBy: textLastEditedBy } })
      docMetaMap(doc).set(DocMetaKey.schema, schemaWithNoteVersion(probe, 12))
      docMetaMap(doc).set(DocMetaKey.layoutVersion, DOC_LAYOUT_VERSION)
    })
    probe.dispose()

    const peer = createPeer(doc)
    expect(peer.rejected).toEqual([])
    expect(peer.store.get(current.id)).toEqual(current)

    peer.store.put([makeNote({ id: createShapeId('new') })])
    await settle()
    expect(docMetaMap(doc).get(DocMetaKey.schema)).toEqual(peer.store.schema.serialize())
    expect(recordsMap(doc).get(current.id)).toEqual(current)
  })

  it('upgrading an older document keeps remote changes that have not been applied yet', async () => {
    const doc = new Y.Doc()
    const probe = createTLStore()
    const oldSchema = schemaWithNoteVersion(probe, 12)
    probe.dispose()
    const current = makeNote({ id: createShapeId('old'), text: 'before' })
    const asOld = (note: TLNoteShape): unknown => {
      const { textLastEditedBy, ...props } = note.props
      return { ...note, props: { ...props, textFirstEditedBy: textLastEditedBy } }
    }
    doc.transact(() => {
      for (const record of initialDocumentRecords()) recordsMap(doc).set(record.id, record)
      recordsMap(doc).set(current.id, asOld(current))
      docMetaMap(doc).set(DocMetaKey.schema, oldSchema)
    })
    const peer = createPeer(doc)

    // An old client's edit arrives; before its batch runs, our first local write relabels.
    const remoteEdit = makeNote({ id: current.id, text: 'after' })
    doc.transact(() => recordsMap(doc).set(current.id, asOld(remoteEdit)), 'old client')
    peer.store.put([makeNote()])
    await settle()

    expect(peer.rejected).toEqual([])
    expect(peer.store.get(current.id)).toEqual(remoteEdit)
    expect(recordsMap(doc).get(current.id)).toEqual(remoteEdit)
  })

  it('rejects records of a newer tldraw schema and keeps the newer label when writing', async () => {
    const [writer, reader] = createBoard() as [Peer, Peer, Peer]
    await settle()
    const newer = schemaWithNoteVersion(writer.store, 99)
    const note = makeNote()
    writer.doc.transact(() => {
      docMetaMap(writer.doc).set(DocMetaKey.schema, newer)
      recordsMap(writer.doc).set(note.id, note)
    }, 'newer client')
    await settle()
    expect(reader.store.has(note.id)).toBe(false)
    expect(reader.rejected.map((r) => r.id)).toEqual([note.id])
    expect(reader.rejected[0]?.reason).toMatch(/newer version of tldraw/)

    reader.store.put([makeNote()])
    await settle()
    expect(docMetaMap(reader.doc).get(DocMetaKey.schema)).toEqual(newer)
  })

  it('leaves a document of a newer layout alone', async () => {
    const [writer, reader] = createBoard() as [Peer, Peer, Peer]
    await settle()
    const note = makeNote()
    writer.doc.transact(() => {
      docMetaMap(writer.doc).set(DocMetaKey.layoutVersion, DOC_LAYOUT_VERSION + 1)
      recordsMap(writer.doc).set(note.id, note)
    }, 'newer client')
    await settle()
    expect(reader.store.has(note.id)).toBe(false)
    expect(reader.rejected[0]?.reason).toMatch(/newer version of Plenary/)

    const local = makeNote()
    reader.store.put([local])
    await settle()
    expect(recordsMap(reader.doc).has(local.id)).toBe(false)
    expect(docMetaMap(reader.doc).get(DocMetaKey.layoutVersion)).toBe(DOC_LAYOUT_VERSION + 1)
  })

  it('stops syncing in both directions once unbound', async () => {
    const [writer, reader] = createBoard() as [Peer, Peer, Peer]
    await settle()
    reader.unbind()
    const remote = makeNote()
    writer.store.put([remote])
    const local = makeNote()
    reader.store.put([local])
    await settle()
    expect(reader.store.has(remote.id)).toBe(false)
    expect(recordsMap(reader.doc).has(local.id)).toBe(false)
  })

  it('read-only: shows the board as it changes but never writes into the document', async () => {
    const [writer] = createBoard() as [Peer, Peer, Peer]
    await settle()
    const viewerDoc = new Y.Doc()
    onDispose(linkDocs([writer.doc, viewerDoc]))
    const viewerStore = createTLStore()
    // Records the editor would add on mount; they must not reach the document.
    viewerStore.put(initialDocumentRecords())
    const unbind = bindStoreToDoc(viewerStore, viewerDoc, { readOnly: true })
    onDispose(() => {
      unbind()
      viewerDoc.destroy()
      viewerStore.dispose()
    })
    const writes: unknown[] = []
    viewerDoc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin === LOCAL_ORIGIN) writes.push(origin)
    })

    const note = makeNote({ text: 'from the assembly' })
    writer.store.put([note])
    await settle()
    expect(viewerStore.get(note.id)).toEqual(note)

    viewerStore.put([{ ...note, x: 999 }, makeNote({ text: 'not allowed' })])
    await settle()
    expect(writes).toEqual([])
    expect(writer.store.get(note.id)?.x).toBe(note.x)
  })
})
