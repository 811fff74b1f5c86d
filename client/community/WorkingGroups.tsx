/** "Working groups": each with its coops, people and the presenter the rotation suggests; coordinators create and edit them. */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorkingGroupView } from '../../shared/community/api'
import { WorkingGroupForm } from './WorkingGroupForm'
import type { SectionProps } from './useCommunity'

/** The working groups, and the form open for one of them (or a new one). */
export function WorkingGroups(props: SectionProps) {
  const { view } = props
  const { t } = useTranslation()
  const headingId = useId()
  const [editing, setEditing] = useState<WorkingGroupView | 'new' | null>(null)
  const coordinator = view.role === 'coordinator'
  const coopName = new Map(view.coops.map((coop) => [coop.id, coop.name]))
  const close = () => setEditing(null)
  return (
    <section className="community__section" aria-labelledby={headingId} data-testid="working-groups">
      <div className="community__section-head">
        <h2 id={headingId}>{t('communityPage.groups.title')}</h2>
        {coordinator && editing === null && (
          <button type="button" className="button button--secondary" data-testid="add-working-group" onClick={() => setEditing('new')}>
            {t('communityPage.groups.add')}
          </button>
        )}
      </div>
      {editing === 'new' && <WorkingGroupForm {...props} group={null} onDone={close} />}
      {view.workingGroups.length === 0 && editing !== 'new' && <p className="community__muted">{t('communityPage.groups.none')}</p>}
      <ul className="community__list">
        {view.workingGroups.map((group) =>
          editing !== 'new' && editing?.id === group.id ? (
            <li key={group.id} className="community__item">
              <WorkingGroupForm {...props} group={group} onDone={close} />
            </li>
          ) : (
            <li key={group.id} className="community__item" data-testid="working-group">
              <div className="community__item-head">
                <span className="community__item-title">{group.name}</span>
                <span className="community__muted">
                  {t('communityPage.groups.membersCoops', { count: group.coopIds.length })} ·{' '}
                  {t('communityPage.groups.membersPeople', { count: group.people.length })}
                </span>
                {coordinator && editing === null && (
                  <button type="button" className="button button--quiet" onClick={() => setEditing(group)}>
                    {t('communityPage.groups.edit')}
                  </button>
                )}
              </div>
              {group.coopIds.length > 0 && <p>{group.coopIds.map((id) => coopName.get(id) ?? id).join(', ')}</p>}
              {group.people.length > 0 && <p className="community__muted">{group.people.join(', ')}</p>}
              <p className="community__presenter" data-testid="presenter-suggestion">
                {group.presenterSuggestion === null
                  ? t('communityPage.groups.noPresenter')
                  : group.presenterSuggestion.coopId !== null && coopName.has(group.presenterSuggestion.coopId)
                    ? t('communityPage.groups.presenterCoop', {
                        name: group.presenterSuggestion.name,
                        coop: coopName.get(group.presenterSuggestion.coopId),
                      })
                    : t('communityPage.groups.presenter', { name: group.presenterSuggestion.name })}
              </p>
            </li>
          ),
        )}
      </ul>
    </section>
  )
}
