/**
 * One open proposal in the decisions panel: its text, the live count by stance, blocks and
 * concerns with their reasons, quorum, the coops not heard from yet, the delegate's stance
 * buttons and, for facilitators, every stance (to clear one) and the close buttons.
 */
import { Trans, useTranslation } from 'react-i18next'
import type { ProposalSummary } from '../../../shared/decisions/summary'
import type { ProposalOutcome, StanceKind } from '../../../shared/decisions/types'
import { LocalTime } from '../../ui/LocalTime'
import { CloseProposal } from './CloseProposal'
import { objections, quorumText, STANCE_MARKS, stanceCountText, stanceLabel, stanceOf, type StanceAbility } from './decisionsView'
import { StanceCounts } from './StanceCounts'
import { StancePicker } from './StancePicker'

/** Props of {@link ProposalItem}. */
export interface ProposalItemProps {
  summary: ProposalSummary
  ability: StanceAbility
  youId: string
  isFacilitator: boolean
  onTake: (stance: StanceKind, reason: string) => string | null
  onClear: (coopId: string) => void
  onClose: (outcome: ProposalOutcome, amendedText: string, note: string) => string | null
  onShow: (() => void) | null
}

/** An open proposal. */
export function ProposalItem({ summary, ability, youId, isFacilitator, onTake, onClear, onClose, onShow }: ProposalItemProps) {
  const { t } = useTranslation()
  const { proposal, stances, tally } = summary
  const heard = objections(stances)
  return (
    <li className="proposal" data-testid="open-proposal" aria-labelledby={`proposal-${proposal.id}`}>
      <div className="proposal__head">
        <span className="proposal__number">{t('decisions.proposal.number', { seq: proposal.seq })}</span>
        {onShow && (
          <button type="button" className="button button--quiet proposal__show" onClick={onShow}>
            {t('decisions.proposal.show')}
          </button>
        )}
      </div>
      <p className="proposal__text" id={`proposal-${proposal.id}`}>
        {proposal.text}
      </p>
      <p className="proposal__opened">
        <Trans i18nKey="decisions.proposal.opened" components={{ when: <LocalTime at={proposal.openedAt} /> }} />
      </p>

      <StanceCounts counts={tally.counts} />
      {tally.blocks > 0 && (
        <p className="proposal__blocked" role="status" data-testid="block-warning">
          <span className="stance-mark stance-mark--block" aria-hidden="true">
            ✕
          </span>
          {t('decisions.proposal.blocked', { blocks: stanceCountText(t, 'block', tally.blocks) })}
        </p>
      )}
      <p className={`proposal__quorum${tally.quorumMet ? ' proposal__quorum--met' : ''}`} data-testid="quorum">
        {quorumText(t, summary)}
      </p>

      {heard.length > 0 && (
        <ul className="proposal__objections" aria-label={t('decisions.proposal.objections')}>
          {heard.map((stance) => (
            <li key={stance.coopId} className={`objection objection--${stance.stance}`}>
              <span className="objection__who">
                <span className={`stance-text stance-text--${stance.stance}`}>
                  <span aria-hidden="true">{STANCE_MARKS[stance.stance]} </span>
                  {stanceLabel(t, stance.stance)}
                </span>{' '}
                · {stance.coopName}
              </span>
              {stance.reason ? (
                <span className="objection__reason">{stance.reason}</span>
              ) : (
                <span className="objection__reason objection__reason--none">{t('decisions.proposal.noReason')}</span>
              )}
            </li>
          ))}
        </ul>
      )}

      {tally.pending.length > 0 && (
        <div className="proposal__pending" data-testid="pending-coops">
          <p className="proposal__subhead">{t('decisions.proposal.pending', { count: tally.pending.length })}</p>
          <p className="proposal__pending-list">{tally.pending.map((coop) => coop.name).join(', ')}</p>
        </div>
      )}

      {ability.kind === 'can' ? (
        <StancePicker
          key={proposal.id}
          coopName={ability.coopName}
          current={stanceOf(stances, ability.coopId)}
          youId={youId}
          onTake={onTake}
        />
      ) : (
        <p className="proposal__cannot" data-testid="no-stance">
          {ability.why}
        </p>
      )}

      {isFacilitator && stances.length > 0 && (
        <details className="proposal__all">
          <summary>{t('decisions.proposal.everyStance', { count: stances.length })}</summary>
          <ul className="proposal__all-list">
            {stances.map((stance) => (
              <li key={stance.coopId}>
                <span>
                  <strong>{stance.coopName}</strong>:{' '}
                  <span className={`stance-text stance-text--${stance.stance}`}>{stanceLabel(t, stance.stance)}</span>
                  {stance.reason && <> — {stance.reason}</>} <span className="stance-picker__who">({stance.name})</span>
                </span>
                <button
                  type="button"
                  className="button button--quiet proposal__clear"
                  aria-label={t('decisions.proposal.clearLabel', { coop: stance.coopName })}
                  onClick={() => onClear(stance.coopId)}
                >
                  {t('decisions.proposal.clear')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}

      {isFacilitator && <CloseProposal text={proposal.text} onClose={onClose} />}
    </li>
  )
}
