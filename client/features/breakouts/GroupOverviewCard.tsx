/** One group in the facilitator's overview: members (present or not), notes, rapporteur, call, visit, moves. */
import { useId } from 'react'
import type { BreakoutGroup } from '../../../shared/breakouts/types'
import { countText, personLabel, type GroupCard } from './breakoutView'

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
        <h4 className="group-card__name" id={`${id}-name`}>{group.name}</h4>
        <button type="button" className="button button--secondary group-card__visit" onClick={onVisit} aria-label={`Visit ${group.name}`}>
          Visit
        </button>
      </header>
      {call && (
        <div className="group-card__call" role="status">
          <span>
            <strong>Calling you</strong> · {call.from}
          </span>
          <button type="button" className="button button--primary group-card__call-action" onClick={onAnswer}>
            Go there
          </button>
        </div>
      )}
      <p className="group-card__stats">
        {members.length > 0 && (
          <>
            <span data-testid="group-card-present">
              {countText(members.length, 'member', 'members')} · {present} here
            </span>
            <span aria-hidden="true"> · </span>
          </>
        )}
        <span data-testid="group-card-notes">{countText(notes, 'note', 'notes')}</span>
      </p>
      <div className="group-card__rapporteur">
        <label className="group-card__label" htmlFor={`${id}-rapporteur`}>Rapporteur</label>
        <div className="group-card__rapporteur-row">
          <select
            id={`${id}-rapporteur`}
            className="input group-card__select"
            value={rapporteur?.participantId ?? ''}
            onChange={(event) => onRapporteur(event.target.value === '' ? null : event.target.value)}
          >
            <option value="">Nobody yet</option>
            {members.map(({ member }) => (
              <option key={member.participantId} value={member.participantId}>{personLabel(member)}</option>
            ))}
          </select>
          <button type="button" className="button button--quiet group-card__small" onClick={onSuggest} disabled={members.length === 0}
            aria-label={`Suggest a rapporteur for ${group.name}`}>
            Suggest
          </button>
        </div>
      </div>
      {members.length === 0 ? (
        <p className="group-card__empty">No one in this group yet.</p>
      ) : (
        <ul className="group-card__members" aria-label={`Members of ${group.name}`}>
          {members.map(({ member, present: here }) => (
            <li key={member.participantId} className="group-card__member" data-testid="group-card-member">
              <span className={`presence-dot${here ? ' presence-dot--here' : ''}`} aria-hidden="true" />
              <span className="group-card__member-name">
                {personLabel(member)}
                <span className="visually-hidden">{here ? ' (here)' : ' (away)'}</span>
              </span>
              <select
                className="group-card__move"
                value={group.id}
                aria-label={`Move ${member.name} to`}
                onChange={(event) => onMove(member.participantId, event.target.value)}
              >
                {groups.map((g) => (
                  <option key={g.id} value={g.id}>{g.id === group.id ? 'Move to…' : g.name}</option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}
