/** One working group in the panel: its people and coops, its presenter (with the rotation's suggestion), its area and its turn. */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { participantLabel } from '../../../shared/participant'
import type { GroupRow } from './panelView'

/** Props of {@link GroupItem}. */
export interface GroupItemProps {
  row: GroupRow
  /** True while this group has the floor. */
  hasFloor: boolean
  /** Null while the report does not run or the group has the floor. */
  onGiveFloor: (() => void) | null
  onChoose: (participantId: string | null) => void
  onSuggest: () => void
  onShow: () => void
}

/** A list item of the working groups panel. */
export function GroupItem({ row, hasFloor, onGiveFloor, onChoose, onSuggest, onShow }: GroupItemProps) {
  const { t } = useTranslation()
  const selectId = useId()
  const { group } = row
  const nobody = t('community.panel.nobody')
  const members = row.options.filter((option) => option.member)
  const others = row.options.filter((option) => !option.member)
  const optionLabel = (option: (typeof row.options)[number]) =>
    option.here ? participantLabel(option) : t('community.report.notHere', { name: participantLabel(option) })
  return (
    <li className={`wg-item${hasFloor ? ' wg-item--floor' : ''}`} data-testid="wg-panel-group">
      <div className="wg-item__head">
        <h4 className="wg-item__name">{group.name}</h4>
        {hasFloor ? (
          <span className="wg-item__badge wg-item__badge--floor">{t('community.report.hasFloor')}</span>
        ) : row.reported ? (
          <span className="wg-item__badge">{t('community.report.reported')}</span>
        ) : null}
      </div>
      <p className="wg-item__facts">{t('community.panel.people', { names: group.people.join(', ') || nobody })}</p>
      <p className="wg-item__facts">{t('community.panel.coops', { names: row.coopNames.join(', ') || nobody })}</p>
      {row.hasArea ? (
        <>
          <label className="wg-item__label" htmlFor={selectId}>
            {t('community.report.presenter')}
          </label>
          <div className="wg-item__row">
            <select
              id={selectId}
              className="wg-item__select"
              value={row.presenterId ?? ''}
              aria-label={t('community.report.presenterOf', { name: group.name })}
              data-testid="wg-presenter"
              onChange={(event) => onChoose(event.target.value === '' ? null : event.target.value)}
            >
              <option value="">{t('community.report.choose')}</option>
              {members.map((option) => (
                <option key={option.id} value={option.id}>
                  {optionLabel(option)}
                </option>
              ))}
              {others.length > 0 && (
                <optgroup label={t('community.report.othersHere')}>
                  {others.map((option) => (
                    <option key={option.id} value={option.id}>
                      {optionLabel(option)}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
            <button
              type="button"
              className="button button--secondary"
              aria-label={t('community.report.suggestLabel', { name: group.name })}
              disabled={row.suggestion === null}
              onClick={onSuggest}
              data-testid="wg-suggest"
            >
              {t('community.report.suggest')}
            </button>
          </div>
          <p className="wg-item__hint">
            {row.suggestion
              ? t('community.report.suggested', { name: participantLabel(row.suggestion) })
              : t('community.report.nobodyHere')}
          </p>
          <div className="wg-item__row">
            <button
              type="button"
              className="button button--quiet"
              aria-label={t('community.panel.showLabel', { name: group.name })}
              onClick={onShow}
            >
              {t('community.panel.show')}
            </button>
            {onGiveFloor && (
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('community.report.giveLabel', { name: group.name })}
                onClick={onGiveFloor}
              >
                {t('community.report.give')}
              </button>
            )}
          </div>
        </>
      ) : (
        <p className="wg-item__hint">{t('community.panel.noArea')}</p>
      )}
    </li>
  )
}
