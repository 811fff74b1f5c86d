/**
 * After a session: its summary (groups, members, notes, rapporteurs; the areas are frozen),
 * report-back (the floor passes from rapporteur to rapporteur, everyone's view following), and
 * a new session.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BreakoutSession } from '../../../shared/breakouts/types'
import { personLabel, type GroupCard } from './breakoutView'

/** What the ended view does; each returns a problem to show, or null. */
export interface EndedActions {
  startReportBack: () => string | null
  passFloor: (index: number | null) => string | null
  finishReportBack: () => string | null
  visit: (card: GroupCard) => void
  newSession: () => void
}

/** Props of {@link EndedSession}. */
export interface EndedSessionProps {
  session: BreakoutSession
  cards: GroupCard[]
  actions: EndedActions
}

/** The last session, ended. */
export function EndedSession({ session, cards, actions }: EndedSessionProps) {
  const { t } = useTranslation()
  const [problem, setProblem] = useState<string | null>(null)
  const reportBack = session.reportBack
  const current = reportBack?.current ?? null
  const floorGroupId = current === null ? null : (reportBack?.order[current] ?? null)
  const floorCard = cards.find((card) => card.group.id === floorGroupId) ?? null
  const last = reportBack ? reportBack.order.length - 1 : 0

  return (
    <div className="breakouts-ended" data-testid="breakout-ended">
      <section className="report-back" aria-labelledby={`${session.id}-report`}>
        <h3 className="breakouts__section-title" id={`${session.id}-report`}>
          {t('breakouts.ended.reportBack')}
        </h3>
        {!reportBack ? (
          <>
            <p className="breakouts__meta">{t('breakouts.ended.intro')}</p>
            <button
              type="button"
              className="button button--primary report-back__start"
              onClick={() => setProblem(actions.startReportBack())}
            >
              {t('breakouts.ended.start')}
            </button>
          </>
        ) : (
          <>
            <div className="report-back__floor" role="status" data-testid="report-back-floor">
              {floorCard ? (
                <>
                  <span className="report-back__step">
                    {t('breakouts.ended.step', { current: (current ?? 0) + 1, total: reportBack.order.length })}
                  </span>
                  <strong className="report-back__group">{floorCard.group.name}</strong>
                  <span>
                    {floorCard.rapporteur
                      ? t('breakouts.ended.hasFloor', { name: personLabel(floorCard.rapporteur) })
                      : t('breakouts.ended.noRapporteur')}
                  </span>
                </>
              ) : (
                <strong className="report-back__group">{t('breakouts.ended.allReported')}</strong>
              )}
            </div>
            <div className="report-back__controls">
              <button
                type="button"
                className="button button--secondary"
                disabled={current === null || current === 0}
                onClick={() => setProblem(actions.passFloor((current ?? 1) - 1))}
              >
                {t('breakouts.ended.previous')}
              </button>
              {current !== null && current < last ? (
                <button type="button" className="button button--primary" onClick={() => setProblem(actions.passFloor(current + 1))}>
                  {t('breakouts.ended.next')}
                </button>
              ) : (
                <button type="button" className="button button--primary" onClick={() => setProblem(actions.finishReportBack())}>
                  {t('breakouts.ended.finish')}
                </button>
              )}
            </div>
            {current !== null && current < last && (
              <button
                type="button"
                className="button button--quiet report-back__finish"
                onClick={() => setProblem(actions.finishReportBack())}
              >
                {t('breakouts.ended.finishNow')}
              </button>
            )}
          </>
        )}
      </section>

      {problem && (
        <p className="breakouts__problem" role="alert">
          {problem}
        </p>
      )}

      <section className="breakouts-summary" aria-labelledby={`${session.id}-summary`}>
        <h3 className="breakouts__section-title" id={`${session.id}-summary`}>
          {t('breakouts.ended.lastSession')}
        </h3>
        <p className="breakouts__meta">{t('breakouts.ended.frozen')}</p>
        <ul className="summary-list">
          {cards.map((card) => (
            <li key={card.group.id} className={`summary-list__item${card.group.id === floorGroupId ? ' summary-list__item--floor' : ''}`}>
              <div className="summary-list__text">
                <strong>{card.group.name}</strong>
                <span>
                  {t('breakouts.count.members', { count: card.members.length })} · {t('breakouts.count.notes', { count: card.notes })}
                </span>
                <span>
                  {t('breakouts.ended.rapporteur', {
                    name: card.rapporteur ? personLabel(card.rapporteur) : t('breakouts.ended.noRapporteurShort'),
                  })}
                </span>
              </div>
              <button
                type="button"
                className="button button--quiet group-card__small"
                onClick={() => actions.visit(card)}
                aria-label={t('breakouts.card.visitLabel', { group: card.group.name })}
              >
                {t('breakouts.card.visit')}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <footer className="breakouts__footer">
        <button type="button" className="button button--secondary breakouts__new" onClick={actions.newSession}>
          {t('breakouts.ended.newSession')}
        </button>
      </footer>
    </div>
  )
}
