/** The board as files (.tldr and Plenary JSON), live or from one snapshot, downloaded from the server. */
import type { TFunction } from 'i18next'
import type { SnapshotInfo } from '../../../shared/snapshots/types'
import { saveFile } from '../corners/saveFile'
import type { ExportAction } from '../boardFeature'
import { boardFileName, fetchBoardFile, type BoardFileFormat } from './snapshotApi'

/** Which board a download is of, and with which link. */
export interface BoardFileSource {
  boardId: string
  token: string
  title: string
}

/** Downloads the live board, or `snapshot`, as a file; a message when it failed. */
export async function downloadBoardFile(
  board: BoardFileSource,
  format: BoardFileFormat,
  snapshot: SnapshotInfo | null = null,
): Promise<string | null> {
  const result = await fetchBoardFile(board.boardId, board.token, format, snapshot?.id ?? null)
  if (!result.ok) return result.message
  saveFile(result.value, boardFileName(board.title, format, snapshot))
  return null
}

/** The Export menu's .tldr and .json entries for the live board. */
export function boardFileActions(board: BoardFileSource, t: TFunction): ExportAction[] {
  return [
    {
      id: 'tldr',
      group: 'files',
      label: t('export.files.tldr'),
      description: t('export.files.tldrDescription'),
      run: () => downloadBoardFile(board, 'tldr'),
    },
    {
      id: 'json',
      group: 'files',
      label: t('export.files.json'),
      description: t('export.files.jsonDescription'),
      run: () => downloadBoardFile(board, 'json'),
    },
  ]
}
