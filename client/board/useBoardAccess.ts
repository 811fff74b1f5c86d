/** The board page's invite token, taken from the link and kept current. */
import { takeBoardAccess, type BoardAccess } from '../lib/boardAccess'
import { sameAccess, useFragmentAccess } from '../lib/useFragmentAccess'

/** How this page may open `boardId` (see {@link takeBoardAccess}); a link pasted later reopens the board with its token. */
export function useBoardAccess(boardId: string): BoardAccess {
  return useFragmentAccess(boardId, takeBoardAccess, sameAccess)
}
