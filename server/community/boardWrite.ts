/**
 * Writing a board as the server: the change is built on a scratch copy of the document as
 * stored (never on what a crash could still lose) and handed to the room as one facilitator's
 * update, so it is reviewed, stored before broadcast and seen live by every open browser, like
 * the REST roster import. Knows no feature; the community's handlers write through it.
 */
import type * as Y from 'yjs'
import { Role } from '../../shared/protocol'
import type { RoomRegistry } from '../rooms/RoomRegistry'
import { buildOnScratch } from '../rooms/serverWrite'

/** What a write built (`build`'s result), or `ok: false` when the board could not be written. */
export type BoardWrite<T> = { ok: true; value: T; changed: boolean } | { ok: false }

/**
 * Runs `build` on a scratch copy of board `boardId` as stored and applies what it changed as
 * one facilitator's update. The room is acquired for the write and released after it.
 */
export async function writeBoard<T>(
  deps: { registry: Pick<RoomRegistry, 'acquire' | 'release'> },
  boardId: string,
  build: (doc: Y.Doc) => T,
): Promise<BoardWrite<T>> {
  const { registry } = deps
  const room = await registry.acquire(boardId)
  try {
    const read = await room.readStored((doc) => buildOnScratch(doc, build))
    if (!read.ok) return { ok: false }
    const { result, change } = read.value
    if (change === null) return { ok: true, value: result, changed: false }
    const stored = await room.applyServerUpdate(change, Role.facilitator)
    return stored ? { ok: true, value: result, changed: true } : { ok: false }
  } finally {
    registry.release(room)
  }
}
