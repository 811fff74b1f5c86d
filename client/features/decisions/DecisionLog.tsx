/** The meeting's decision log: closed proposals in order with outcome and counts. */
import type { DecisionLogEntry } from '../../../shared/decisions/log'
import { countsText, OUTCOME_LABELS } from './decisionsView'

/** Props of {@link DecisionLog}. */
export interface DecisionLogProps {
  entries: DecisionLogEntry[]
}

/** The log, or a line saying it is empty. */
export function DecisionLog({ entries }: DecisionLogProps) {
  return (
    <section className="decision-log" aria-labelledby="decision-log-title">
      <h3 className="decision-log__title" id="decision-log-title">Decision log</h3>
      {entries.length === 0 ? (
        <p className="decision-log__empty">Closed proposals are recorded here, in order.</p>
      ) : (
        <ol className="decision-log__list" data-testid="decision-log">
          {entries.map((entry) => (
            <li key={entry.proposalId} className="decision-log__entry" data-testid="decision-log-entry">
              <span className="decision-log__seq">{entry.seq}.</span>
              <div className="decision-log__body">
                <p className="decision-log__text">{entry.text}</p>
                <p className="decision-log__outcome">
                  <span className={`outcome outcome--${entry.outcome}`}>{OUTCOME_LABELS[entry.outcome]}</span>
                  <span className="decision-log__counts">{countsText(entry.counts)}</span>
                </p>
                {entry.outcome === 'amended' && <p className="decision-log__note">Proposed: {entry.proposedText}</p>}
                {entry.outcomeNote && <p className="decision-log__note">{entry.outcomeNote}</p>}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
