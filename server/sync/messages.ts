/**
 * Decoding and encoding of y-websocket frames (y-protocols sync + awareness). Decoding is
 * strict: anything that is not exactly one well-formed message is reported as malformed, so
 * the room never feeds half-read bytes into the document.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { MessageType } from '../../shared/protocol'

/** A Yjs update decoded into its structs and delete set (not applied to any document). */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>

/** A decoded client frame. */
export type ClientMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  /** `decoded` is kept so the policy's screen reads the structs without decoding again. */
  | { kind: 'update'; update: Uint8Array; decoded: DecodedUpdate }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'queryAwareness' }

/** Result of decoding: a message, or a reason it was refused. */
export type DecodeResult = { ok: true; message: ClientMessage } | { ok: false; reason: string }

/** Decodes one binary frame from a client. Never throws. */
export function decodeClientMessage(frame: Uint8Array): DecodeResult {
  try {
    const decoder = decoding.createDecoder(frame)
    const type = decoding.readVarUint(decoder)
    let message: ClientMessage
    switch (type) {
      case MessageType.sync: {
        const syncType = decoding.readVarUint(decoder)
        const payload = decoding.readVarUint8Array(decoder)
        if (syncType === syncProtocol.messageYjsSyncStep1) {
          Y.decodeStateVector(payload)
          message = { kind: 'syncStep1', stateVector: payload }
        } else if (syncType === syncProtocol.messageYjsSyncStep2 || syncType === syncProtocol.messageYjsUpdate) {
          // Decoding the whole update up front rejects garbage before it reaches storage.
          message = { kind: 'update', update: payload, decoded: Y.decodeUpdate(payload) }
        } else {
          return { ok: false, reason: `unknown sync message type ${syncType}` }
        }
        break
      }
      case MessageType.awareness:
        message = { kind: 'awareness', update: decoding.readVarUint8Array(decoder) }
        break
      case MessageType.queryAwareness:
        message = { kind: 'queryAwareness' }
        break
      default:
        return { ok: false, reason: `unknown message type ${type}` }
    }
    if (decoding.hasContent(decoder)) return { ok: false, reason: 'trailing bytes after message' }
    return { ok: true, message }
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : 'undecodable frame' }
  }
}

/**
 * True for an update that changes nothing: no structs and no deletions, encoded as the two
 * zero bytes every client sends as its sync step 2 when it has nothing the server lacks.
 */
export function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0
}

/** Sync step 1: the server's state vector, asking the client for what the server lacks. */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  syncProtocol.writeSyncStep1(encoder, doc)
  return encoding.toUint8Array(encoder)
}

/** Sync step 2: everything the client lacks given its state vector. */
export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  syncProtocol.writeSyncStep2(encoder, doc, stateVector)
  return encoding.toUint8Array(encoder)
}

/** A document update frame, as broadcast to every other connection. */
export function encodeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.sync)
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** An awareness frame carrying an encoded awareness update. */
export function encodeAwareness(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.awareness)
  encoding.writeVarUint8Array(encoder, awarenessUpdate)
  return encoding.toUint8Array(encoder)
}
