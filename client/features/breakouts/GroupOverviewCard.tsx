/** One group in the facilitator's overview: members (present or not), notes, rapporteur, call, visit, moves. */
import { useId } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import type { BreakoutGroup } from '../../../shared/breakouts/types'
import { personLabel, type GroupCard } from './breakoutView'

/** Props of {@link GroupOverviewCard}. */
export interface GroupOverviewCardProps {
  card: GroupCard
  /** Every group of the session, for moving members. */
  groups: readonly BreakoutGroup[]
  onVisit: () => void
  onAnswer: () => void
  onSuggest: () => void
  onRapporteur: (participantId: string | null) => void
  onMove: (participantId: string, groupId: string) => void
}

/** A card of the overview grid. */
export function GroupOverviewCard({ card, groups, onVisit, onAnswer, onSuggest, onRapporteur, onMove }: GroupOverviewCardProps) {
  const { t } = useTranslation()
  const id = useId()
  const { group, members, present, notes, rapporteur, call } = card
  return (
    <li
      className={`group-card${call ? ' group-card--calling' : ''}`}
      data-testid="breakout-group-card"
      data-group-id={group.id}
      aria-labelledby={`${id}-name`}
    >
      <header className="group-card__header">
        <h4 className="group-card__name" id={`${id}-name`}>
          {group.name}
        </h4>
        <button
          type="button"
          className="button button--secondary group-card__visit"
          onClick={onVisit}
          aria-label={t('breakouts.card.visitLabel', { group: group.name })}
        >
          {t('breakouts.card.visit')}
        </button>
      </header>
      {call && (
        <div className="group-card__call" role="status">
          <span>
            <Trans i18nKey="breakouts.card.calling" values={{ from: call.from }} components={{ strong: <strong /> }} />
          </span>
          <button type="button" className="button button--primary group-card__call-action" onClick={onAnswer}>
            {t('breakouts.card.goThere')}
          </button>
        </div>
      )}
      <p className="group-card__stats">
        {members.length > 0 && (
          <>
            <span data-testid="group-card-present">{t('breakouts.card.membersHere', { count: members.length, present })}</span>
            <span aria-hidden="true"> · </span>
          </>
        )}
        <span data-testid="group-card-notes">{t('breakouts.count.notes', { count: notes })}</span>
      </p>
      <div className="group-card__rapporteur">
        <label className="group-card__label" htmlFor={`${id}-rapporteur`}>
          {t('breakouts.card.rapporteur')}
        </label>
        <div className="group-card__rapporteur-row">
          <select
            id={`${id}-rapporteur`}
            className="input group-card__select"
            value={rapporteur?.participantId ?? ''}
            onChange={(event) => onRapporteur(event.target.value === '' ? null : event.target.value)}
          >
            <option value="">{t('breakouts.card.nobodyYet')}</option>
            {members.map(({ member }) => (
              <option key={member.participantId} value={member.participantId}>
                {personLabel(member)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--quiet group-card__small"
            onClick={onSuggest}
            disabled={members.length === 0}
            aria-label={t('breakouts.card.suggestLabel', { group: group.name })}
          >
            {t('breakouts.card.suggest')}
          </button>
        </div>
      </div>
      {members.length === 0 ? (
        <p className="group-card__empty">{t('breakouts.card.empty')}</p>
      ) : (
        <ul className="group-card__members" aria-label={t('breakouts.card.membersOf', { group: group.name })}>
          {members.map(({ member, present: here }) => (
            <li key={member.participantId} className="group-card__member" data-testid="group-card-member">
              <span className={`presence-dot${here ? ' presence-dot--here' : ''}`} aria-hidden="true" />
              <span className="group-card__member-name">
                {personLabel(member)}
                <span className="visually-hidden">{t(here ? 'breakouts.card.here' : 'breakouts.card.away')}</span>
              </span>
              <select
                className="group-card__move"
                value={group.id}
                aria-label={t('breakouts.card.moveLabel', { name: member.name })}
                onChange={(event) => onMove(member.participantId, event.target.value)}
              >
                {groups.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.id === group.id ? t('breakouts.card.moveTo') : g.name}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}
