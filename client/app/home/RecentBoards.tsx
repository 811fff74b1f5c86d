/** "Your boards": boards created or opened in this browser. */
import { Trans, useTranslation } from 'react-i18next'
import type { BoardHistoryEntry } from '../boardHistory'
import { boardPath } from '../../lib/boardLink'
import { LocalTime } from '../../ui/LocalTime'
import { handleLinkClick } from '../router'

/** Props of {@link RecentBoards}. */
export interface RecentBoardsProps {
  boards: BoardHistoryEntry[]
  onForget: (id: string) => void
}

/** The remembered boards, newest first, each with a link, its date and a remove button. */
export function RecentBoards({ boards, onForget }: RecentBoardsProps) {
  const { t } = useTranslation()
  return (
    <section className="recent" aria-labelledby="recent-heading">
      <div className="recent__header">
        <h2 className="recent__title" id="recent-heading">
          {t('home.recent.title')}
        </h2>
        <p className="recent__note">{t('home.recent.note')}</p>
      </div>
      {boards.length === 0 ? (
        <p className="recent__empty">{t('home.recent.empty')}</p>
      ) : (
        <ul className="recent__list">
          {boards.map((board) => {
            const title = board.title.trim() || t('common.untitledBoard')
            const path = boardPath(board.id)
            return (
              <li className="recent__item" key={board.id}>
                <a className="recent__link" href={path} onClick={(event) => handleLinkClick(event, path)}>
                  <span className="recent__name">{title}</span>
                  <span className="recent__meta">
                    {board.createdHere && <span className="tag">{t('home.recent.createdHere')}</span>}
                    <span>
                      <Trans i18nKey="home.recent.lastOpened" components={{ when: <LocalTime at={Date.parse(board.lastOpenedAt)} /> }} />
                    </span>
                  </span>
                </a>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('home.recent.remove', { title })}
                  title={t('home.recent.removeTitle')}
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
