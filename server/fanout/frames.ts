/**
 * The binary messages nodes exchange on a board's channel (documented in docs/PROTOCOL.md,
 * "Several server nodes"): a format version, the origin node's id, a kind and a payload.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/** Version of the node-to-node message format; a node ignores messages of another version. */
export const FANOUT_FORMAT_VERSION = 1

/** What a message carries. */
export const FanoutKind = {
  /** A Yjs update the origin node stored and broadcast. */
  update: 0,
  /** A y-protocols awareness update. */
  awareness: 1,
  /** No payload: the origin's link came back; catch up from the store. */
  resync: 2,
} as const
export type FanoutKind = (typeof FanoutKind)[keyof typeof FanoutKind]

/** One decoded message. */
export interface FanoutMessage {
  origin: string
  kind: FanoutKind
  payload: Uint8Array
}

/** The Redis channel of a board. */
export function boardChannelName(boardId: string): string {
  return `plenary:board:${boardId}`
}

/** Encodes a message for a board's channel. */
export function encodeFanoutMessage(message: FanoutMessage): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, FANOUT_FORMAT_VERSION)
  encoding.writeVarString(encoder, message.origin)
  encoding.writeVarUint(encoder, message.kind)
  encoding.writeVarUint8Array(encoder, message.payload)
  return encoding.toUint8Array(encoder)
}

/** Decodes a message, or returns null for anything that is not exactly one well-formed message. */
export function decodeFanoutMessage(bytes: Uint8Array): FanoutMessage | null {
  try {
    const decoder = decoding.createDecoder(bytes)
    if (decoding.readVarUint(decoder) !== FANOUT_FORMAT_VERSION) return null
    const origin = decoding.readVarString(decoder)
    const kind = decoding.readVarUint(decoder)
    const payload = decoding.readVarUint8Array(decoder)
    if (decoding.hasContent(decoder) || !isFanoutKind(kind)) return null
    return { origin, kind, payload }
  } catch {
    return null
  }
}

function isFanoutKind(kind: number): kind is FanoutKind {
  return kind === FanoutKind.update || kind === FanoutKind.awareness || kind === FanoutKind.resync
}
