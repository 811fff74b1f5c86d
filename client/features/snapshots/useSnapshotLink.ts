/**
 * Opens the snapshot the board's address names (`?snapshot=<id>`, see snapshotLink.ts) once the
 * board is ready, for whoever may read the board; closing it takes the parameter out of the
 * address, so a reload shows the live board. The address is read once, when the board opens.
 */
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor } from 'tldraw'
import type { SnapshotInfo } from '../../../shared/snapshots/types'
import { useLoad } from '../../lib/useLoad'
import { fetchSnapshotInfo, fetchSnapshotState } from './snapshotApi'
import { addressWithoutSnapshot, snapshotLinkOf, type SnapshotLink } from './snapshotLink'
import { openSnapshotState, type OpenedSnapshot } from './snapshotRecords'

/** Where the linked snapshot is: none asked for (or closed), opening, open, or a problem to show. */
export type LinkedSnapshot =
  | { kind: 'none' }
  | { kind: 'opening' }
  | { kind: 'open'; snapshot: SnapshotInfo; opened: OpenedSnapshot }
  | { kind: 'problem'; message: string }

/** The linked snapshot and the one way to put it away. */
export interface SnapshotLinkState {
  linked: LinkedSnapshot
  /** Closes the viewer or the problem notice and takes `?snapshot=` out of the address. */
  close: () => void
}

type Answer = { kind: 'open'; snapshot: SnapshotInfo; opened: OpenedSnapshot } | { kind: 'problem'; message: string }

async function openLinked(boardId: string, token: string, snapshotId: string, editor: Editor): Promise<Answer> {
  const [info, state] = await Promise.all([fetchSnapshotInfo(boardId, token, snapshotId), fetchSnapshotState(boardId, token, snapshotId)])
  // The facts answer first: an unknown id is said so, not as a failed download.
  if (!info.ok) return { kind: 'problem', message: info.message }
  if (!state.ok) return { kind: 'problem', message: state.message }
  const opened = openSnapshotState(state.value, editor.store.schema)
  return opened.ok ? { kind: 'open', snapshot: info.value, opened: opened.value } : { kind: 'problem', message: opened.message }
}

/** The snapshot named in the address of board `boardId`, opened with `token` once `editor` is mounted. */
export function useSnapshotLink(boardId: string, token: string, editor: Editor | null): SnapshotLinkState {
  const { t } = useTranslation()
  const [link] = useState<SnapshotLink>(() => snapshotLinkOf(window.location.search))
  const [closed, setClosed] = useState(false)
  const wanted = link.kind === 'snapshot' && editor !== null && !closed
  const load = useLoad<Answer | null>(wanted ? `${boardId}\n${link.id}\n${token}` : '', async () =>
    wanted ? openLinked(boardId, token, link.id, editor) : null,
  )

  const close = useCallback(() => {
    setClosed(true)
    window.history.replaceState(window.history.state, '', addressWithoutSnapshot(window.location))
  }, [])

  let linked: LinkedSnapshot
  if (closed || link.kind === 'none') linked = { kind: 'none' }
  else if (link.kind === 'malformed') linked = { kind: 'problem', message: t('snapshots.errors.unknownSnapshot') }
  else linked = load.answer ?? { kind: 'opening' }
  return { linked, close }
}
