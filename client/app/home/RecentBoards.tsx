/** "Your boards": boards created or opened in this browser. */
import type { BoardHistoryEntry } from '../boardHistory'
import { boardPath } from '../boardLink'
import { formatDateTime } from '../format'
import { handleLinkClick } from '../router'

/** Props of {@link RecentBoards}. */
export interface RecentBoardsProps {
  boards: BoardHistoryEntry[]
  onForget: (id: string) => void
}

/** The remembered boards, newest first, each with a link, its date and a remove button. */
export function RecentBoards({ boards, onForget }: RecentBoardsProps) {
  return (
    <section className="recent" aria-labelledby="recent-heading">
      <div className="recent__header">
        <h2 className="recent__title" id="recent-heading">Your boards</h2>
        <p className="recent__note">Remembered in this browser only.</p>
      </div>
      {boards.length === 0 ? (
        <p className="recent__empty">
          Boards you create or open will appear here, so you can find them again after the meeting.
        </p>
      ) : (
        <ul className="recent__list">
          {boards.map((board) => {
            const title = board.title.trim() || 'Untitled board'
            const path = boardPath(board.id)
            return (
              <li className="recent__item" key={board.id}>
                <a className="recent__link" href={path} onClick={(event) => handleLinkClick(event, path)}>
                  <span className="recent__name">{title}</span>
                  <span className="recent__meta">
                    {board.createdHere && <span className="tag">Created here</span>}
                    <span>
                      Last opened <time dateTime={board.lastOpenedAt}>{formatDateTime(board.lastOpenedAt)}</time>
                    </span>
                  </span>
                </a>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove “${title}” from this list`}
                  title="Remove from this list"
                  onClick={() => onForget(board.id)}
                >
                  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                    <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
                  </svg>
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
