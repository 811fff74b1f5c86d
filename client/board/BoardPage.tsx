/**
 * The board route. Takes the invite token from the link (or this browser's stored one) and
 * hands over to the board itself; without a token there is nothing to open, so the page says
 * how to get one instead of asking for a name or trying to connect.
 */
import { useTranslation } from 'react-i18next'
import { isBoardId } from '../../shared/protocol'
import { AccessProblemPage } from './AccessProblemPage'
import { describeAccessProblem } from './accessProblems'
import { BoardEntry } from './BoardEntry'
import { useBoardAccess } from './useBoardAccess'
import './board.css'

/** Props of {@link BoardPage}. */
export interface BoardPageProps {
  boardId: string
}

/** A board at `/b/:id`. Default export for `React.lazy`. */
export default function BoardPage({ boardId }: BoardPageProps) {
  const { t } = useTranslation()
  const access = useBoardAccess(boardId)
  if (!isBoardId(boardId)) return <AccessProblemPage problem="notFound" text={describeAccessProblem('notFound', t)} />
  if (access.kind === 'missing') {
    const problem = access.reason === 'malformed' ? 'malformedLink' : 'noToken'
    return <AccessProblemPage problem={problem} text={describeAccessProblem(problem, t)} />
  }
  // Keyed by token: another link of the same board starts over with its own role.
  return <BoardEntry key={access.token} boardId={boardId} token={access.token} />
}
