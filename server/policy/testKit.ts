/**
 * Helpers for the policy's unit tests: a "server" Y.Doc reviewed the way Room does it (apply
 * the client's update and review inside one transaction), and clients that edit a copy of it.
 */
import { createTLSchema } from '@tldraw/tlschema'
import * as Y from 'yjs'
import { DocMetaKey, docMetaMap, recordsMap } from '../../shared/boardDoc'
import { createNoteRecord } from '../../shared/notes'
import { DOC_LAYOUT_VERSION, type Role } from '../../shared/protocol'
import type { DocPolicy, Refusal, WriterIdentity } from './types'

/** A note record with a readable marker in its text. */
export function note(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> & { id: string } {
  return { ...createNoteRecord({ id: `shape:n${n}`, x: n * 10, y: 0, index: `a${n}`, text: `note ${n}` }), ...overrides }
}

/** The same note with a change in its props. */
export function withProps(record: Record<string, unknown>, props: Record<string, unknown>): Record<string, unknown> {
  return { ...record, props: { ...(record.props as Record<string, unknown>), ...props } }
}

/** The schema label the client binding writes. */
export const CURRENT_SCHEMA = createTLSchema().serialize()

/** The label of a schema one note migration older than ours (props.textFirstEditedBy). */
export const OLDER_SCHEMA = {
  ...CURRENT_SCHEMA,
  sequences: { ...CURRENT_SCHEMA.sequences, 'com.tldraw.shape.note': 12 },
}

/** A note as tldraw wrote it under {@link OLDER_SCHEMA}. */
export function olderNote(n: number): Record<string, unknown> & { id: string } {
  const current = note(n)
  const { textLastEditedBy, ...props } = current.props as Record<string, unknown>
  return { ...current, props: { ...props, textFirstEditedBy: textLastEditedBy } }
}

/** A server document holding `records`, labelled the way the client binding labels it. */
export function serverDoc(records: Record<string, unknown>[] = []): Y.Doc {
  const doc = new Y.Doc()
  doc.transact(() => {
    docMetaMap(doc).set(DocMetaKey.schema, CURRENT_SCHEMA)
    docMetaMap(doc).set(DocMetaKey.layoutVersion, DOC_LAYOUT_VERSION)
    for (const record of records) recordsMap(doc).set(record.id as string, record)
  })
  return doc
}

/** A client's copy of a document. */
export function clientOf(server: Y.Doc): Y.Doc {
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
  return client
}

/** What the server made of one client update. */
export interface Reviewed {
  refusals: Refusal[]
  /** The transaction's net update, as the room stores and broadcasts it (null: nothing). */
  net: Uint8Array | null
}

/** Applies `update` to `server` and reviews it in the same transaction, as Room does (`writer`: who the sender claims to be). */
export function applyReviewed(server: Y.Doc, policy: DocPolicy, role: Role, update: Uint8Array, writer?: WriterIdentity): Reviewed {
  const captured: Uint8Array[] = []
  const onUpdate = (u: Uint8Array) => captured.push(u)
  server.on('update', onUpdate)
  let refusals: Refusal[] = []
  try {
    server.transact((transaction) => {
      Y.applyUpdate(server, update)
      refusals = policy.review(server, transaction, role, writer)
    }, 'client')
  } finally {
    server.off('update', onUpdate)
  }
  return { refusals, net: captured.length === 0 ? null : Y.mergeUpdates(captured) }
}

/**
 * A client of `role` makes `edit` on its copy of `server`; the server applies and reviews the
 * resulting update. Returns the review and the client's doc (which has not seen the net update).
 */
export function clientEdit(
  server: Y.Doc,
  policy: DocPolicy,
  role: Role,
  edit: (doc: Y.Doc) => void,
  writer?: WriterIdentity,
): Reviewed & { client: Y.Doc } {
  const client = clientOf(server)
  const before = Y.encodeStateVector(client)
  edit(client)
  const reviewed = applyReviewed(server, policy, role, Y.encodeStateAsUpdate(client, before), writer)
  return { ...reviewed, client }
}

/** The records map as plain JSON, for comparing documents. */
export function recordsJson(doc: Y.Doc): Record<string, unknown> {
  return recordsMap(doc).toJSON()
}

/** True when `text` occurs anywhere in the bytes of `update` (as a UTF-8 string). */
export function updateContains(update: Uint8Array | null, text: string): boolean {
  return update !== null && Buffer.from(update).includes(Buffer.from(text, 'utf8'))
}
