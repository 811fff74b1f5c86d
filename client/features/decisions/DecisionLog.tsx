/** The meeting's decision log: closed proposals in order with outcome, counts and when each was decided. */
import type { DecisionLogEntry } from '../../../shared/decisions/log'
import { Trans, useTranslation } from 'react-i18next'
import { LocalTime } from '../../ui/LocalTime'
import { countsText, outcomeLabel } from './decisionsView'

/** Props of {@link DecisionLog}. */
export interface DecisionLogProps {
  entries: DecisionLogEntry[]
}

/** The log, or a line saying it is empty. */
export function DecisionLog({ entries }: DecisionLogProps) {
  const { t } = useTranslation()
  return (
    <section className="decision-log" aria-labelledby="decision-log-title">
      <h3 className="decision-log__title" id="decision-log-title">
        {t('decisions.log.title')}
      </h3>
      {entries.length === 0 ? (
        <p className="decision-log__empty">{t('decisions.log.empty')}</p>
      ) : (
        <ol className="decision-log__list" data-testid="decision-log">
          {entries.map((entry) => (
            <li key={entry.proposalId} className="decision-log__entry" data-testid="decision-log-entry">
              <span className="decision-log__seq">{t('decisions.log.seq', { seq: entry.seq })}</span>
              <div className="decision-log__body">
                <p className="decision-log__text">{entry.text}</p>
                <p className="decision-log__outcome">
                  <span className={`outcome outcome--${entry.outcome}`}>{outcomeLabel(t, entry.outcome)}</span>
                  <span className="decision-log__counts">{countsText(t, entry.counts)}</span>
                </p>
                <p className="decision-log__when" data-testid="decision-time">
                  <Trans i18nKey="decisions.log.decided" components={{ when: <LocalTime at={entry.closedAt} /> }} />
                </p>
                {entry.outcome === 'amended' && (
                  <p className="decision-log__note">{t('decisions.log.proposed', { text: entry.proposedText })}</p>
                )}
                {entry.outcomeNote && <p className="decision-log__note">{entry.outcomeNote}</p>}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
