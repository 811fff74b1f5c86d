/** The board page's invite token, taken from the link and kept current. */
import { useEffect, useState } from 'react'
import { takeBoardAccess, type BoardAccess } from '../lib/boardAccess'

/**
 * How this page may open `boardId` (see {@link takeBoardAccess}). Pasting another link of the
 * same board into the address bar changes only the fragment, which reloads nothing: the new
 * token is taken then, and the board reopens with it.
 */
export function useBoardAccess(boardId: string): BoardAccess {
  const [access, setAccess] = useState<BoardAccess>(() => takeBoardAccess(boardId))
  useEffect(() => {
    const onHashChange = (): void => {
      const next = takeBoardAccess(boardId)
      setAccess((current) => (sameAccess(current, next) ? current : next))
    }
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [boardId])
  return access
}

function sameAccess(a: BoardAccess, b: BoardAccess): boolean {
  if (a.kind === 'token' && b.kind === 'token') return a.token === b.token
  if (a.kind === 'missing' && b.kind === 'missing') return a.reason === b.reason
  return false
}
