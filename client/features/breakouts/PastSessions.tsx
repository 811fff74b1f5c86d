/**
 * The history of ended breakout sessions in the facilitator's panel: each marked archived or
 * not, with "Show" (to its areas, on whichever page they are), "Archive" or "Unarchive", and
 * "Archive all past sessions".
 */
import { useTranslation } from 'react-i18next'
import type { BreakoutSession } from '../../../shared/breakouts/types'
import { formatDateTime } from '../../lib/format'
import type { PastSessionsState } from './usePastSessions'
import './pastSessions.css'

/** Props of {@link PastSessions}. */
export interface PastSessionsProps extends PastSessionsState {
  /** Flies to the session's areas (switching page). */
  show: (session: BreakoutSession) => void
}

/** The list, or nothing when no session has ended yet. */
export function PastSessions({ sessions, actions, outcome, setOutcome, show }: PastSessionsProps) {
  const { t, i18n } = useTranslation()
  if (sessions.length === 0) return null
  const archivable = sessions.filter((past) => !past.archived).length
  const report = (problem: string | null, done: string | null = null) =>
    setOutcome(problem ? { problem: true, text: problem } : done ? { problem: false, text: done } : null)

  return (
    <section className="past-sessions" aria-labelledby="past-sessions-title" data-testid="past-sessions">
      <h3 className="breakouts__section-title" id="past-sessions-title">
        {t('breakouts.archive.title')}
      </h3>
      <p className="breakouts__meta">{t('breakouts.archive.intro')}</p>
      <ul className="summary-list">
        {sessions.map(({ session, number, archived }) => {
          const date = formatDateTime(new Date(session.startedAt).toISOString(), i18n.language)
          const name = t('breakouts.archive.session', { number, date })
          return (
            <li
              key={session.id}
              className="summary-list__item past-sessions__item"
              data-testid="past-session"
              data-session-id={session.id}
              data-archived={archived}
            >
              <div className="summary-list__text">
                <strong>
                  {name}
                  {archived && <span className="past-sessions__badge">{t('breakouts.archive.archived')}</span>}
                </strong>
                <span>
                  {t('breakouts.count.groups', { count: session.groups.length })} · {session.groups.map((group) => group.name).join(' · ')}
                </span>
              </div>
              <div className="past-sessions__actions">
                <button
                  type="button"
                  className="button button--quiet group-card__small"
                  onClick={() => show(session)}
                  aria-label={t('breakouts.archive.showLabel', { session: name })}
                >
                  {t('breakouts.archive.show')}
                </button>
                {archived ? (
                  <button
                    type="button"
                    className="button button--secondary group-card__small"
                    data-testid="past-session-unarchive"
                    onClick={() => report(actions.unarchive(session.id))}
                    aria-label={t('breakouts.archive.unarchiveLabel', { session: name })}
                  >
                    {t('breakouts.archive.unarchive')}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button button--secondary group-card__small"
                    data-testid="past-session-archive"
                    onClick={() => report(actions.archive(session.id))}
                    aria-label={t('breakouts.archive.archiveLabel', { session: name })}
                  >
                    {t('breakouts.archive.archive')}
                  </button>
                )}
              </div>
            </li>
          )
        })}
      </ul>
      {archivable > 1 && (
        <button
          type="button"
          className="button button--quiet past-sessions__all"
          data-testid="past-sessions-archive-all"
          onClick={() => report(actions.archiveAll(), t('breakouts.archive.done', { count: archivable }))}
        >
          {t('breakouts.archive.archiveAll')}
        </button>
      )}
      <div role="status" className="past-sessions__status">
        {outcome && <p className={outcome.problem ? 'breakouts__problem' : 'breakouts__meta'}>{outcome.text}</p>}
      </div>
    </section>
  )
}
