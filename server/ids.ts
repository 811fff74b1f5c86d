/** Unguessable identifiers. */
import { randomBytes } from 'node:crypto'

/** A new board id: 16 random bytes, URL-safe base64 without padding (22 chars, 128 bits). */
export function newBoardId(): string {
  return randomBytes(16).toString('base64url')
}

/** A short connection id for logs. */
export function newConnectionId(): string {
  return randomBytes(6).toString('base64url')
}
