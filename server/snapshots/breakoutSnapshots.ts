/**
 * Automatic snapshots at the start and the end of every breakout session, taken by the server
 * so they exist whoever's browser started or ended it. The room's breakouts map is observed;
 * the board's state is captured right after the transaction that started or ended a session,
 * and stored once that transaction's update is stored (the room's queue has moved past it), so
 * a snapshot never holds a change the board itself did not keep.
 */
import * as Y from 'yjs'
import { BREAKOUTS_MAP } from '../../shared/breakouts/types'
import { AUTO_SNAPSHOT_AUTHOR } from '../../shared/snapshots/types'
import type { Logger } from '../logger'
import type { Room } from '../rooms/Room'
import { storeSnapshot, type SnapshotDeps } from './takeSnapshot'

function statusOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null
  const status = (value as Record<string, unknown>).status
  return typeof status === 'string' ? status : null
}

function groupCount(value: unknown): number {
  const groups = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).groups : null
  return Array.isArray(groups) ? groups.length : 0
}

/** The snapshot name for a session's change, or null when it neither started nor ended. */
export function breakoutSnapshotName(before: unknown, after: unknown): string | null {
  const was = statusOf(before)
  const now = statusOf(after)
  if (now === 'running' && was !== 'running') {
    const groups = groupCount(after)
    return `Breakouts started: ${groups} ${groups === 1 ? 'group' : 'groups'}`
  }
  if (now === 'ended' && was === 'running') return 'Breakouts ended'
  return null
}

/** Watches `room` for breakout sessions starting and ending; the watch ends with the room's document. */
export function watchBreakoutSnapshots(room: Pick<Room, 'boardId' | 'doc' | 'flush'>, deps: SnapshotDeps & { logger: Logger }): void {
  const sessions = room.doc.getMap<unknown>(BREAKOUTS_MAP)
  sessions.observe((event: Y.YMapEvent<unknown>) => {
    // Only changes from this node's own connections (the room passes the connection as the
    // origin): with several nodes, each applies the change, and only the one whose client
    // made it stores the snapshot.
    if (typeof event.transaction.origin !== 'object' || event.transaction.origin === null) return
    const names: string[] = []
    for (const [key, change] of event.changes.keys) {
      if (change.action === 'delete') continue
      const name = breakoutSnapshotName(change.action === 'update' ? change.oldValue : undefined, sessions.get(key))
      if (name) names.push(name)
    }
    if (names.length === 0) return
    const state = Y.encodeStateAsUpdate(room.doc)
    const at = Date.now()
    void room
      .flush()
      .then(async () => {
        for (const name of names) {
          const result = await storeSnapshot(deps, room.boardId, { name, author: AUTO_SNAPSHOT_AUTHOR, kind: 'auto' }, state, at)
          if (!result.ok)
            deps.logger.warn(
              { boardId: room.boardId, name },
              'no room for an automatic snapshot: the board holds the most manual snapshots',
            )
        }
      })
      .catch((error: unknown) => deps.logger.error({ boardId: room.boardId, err: error }, 'storing an automatic snapshot failed'))
  })
}
