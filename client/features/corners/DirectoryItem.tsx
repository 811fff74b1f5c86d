/** One coop in the directory: a button that flies to its corner, and who of it is online. */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DirectoryEntry } from './useDirectory'
import { CoopSwatch } from './CoopSwatch'

/** Props of {@link DirectoryItem}. */
export interface DirectoryItemProps {
  entry: DirectoryEntry
  /** False when the coop has no corner on the board (yet). */
  hasCorner: boolean
  onGo: () => void
  /** Opens the facilitator's rename / merge / remove dialog; absent for everyone else. */
  onManage?: () => void
}

/** A row of the directory list. */
export function DirectoryItem({ entry, hasCorner, onGo, onManage }: DirectoryItemProps) {
  const { t } = useTranslation()
  const { coop, noteCount, online } = entry
  const [showPeople, setShowPeople] = useState(false)
  const peopleId = useId()
  const names = online.map((person) => person.name).join(', ')
  return (
    <li
      className={`directory-item${onManage ? ' directory-item--manageable' : ''}`}
      data-testid="directory-item"
      data-coop-id={coop.id}
      data-corner-id={entry.cornerId ?? ''}
      data-note-count={noteCount}
      data-online-count={online.length}
    >
      <button
        type="button"
        className="directory-item__go"
        onClick={onGo}
        disabled={!hasCorner}
        title={t(hasCorner ? 'coops.item.goTo' : 'coops.item.noCornerTitle', { coop: coop.name })}
      >
        <CoopSwatch color={coop.color} size={16} />
        <span className={`directory-item__text${online.length > 0 ? ' directory-item__text--online' : ''}`}>
          <span className="directory-item__name">{coop.name}</span>
          <span className="directory-item__meta">
            {coop.country && <span>{coop.country}</span>}
            {coop.delegateCount !== undefined && (
              <span data-testid="directory-delegate-count">{t('coops.item.delegates', { count: coop.delegateCount })}</span>
            )}
            <span data-testid="directory-note-count">{t('coops.item.notes', { count: noteCount })}</span>
            {!hasCorner && <span>{t('coops.item.noCorner')}</span>}
          </span>
        </span>
      </button>
      {onManage && (
        <button
          type="button"
          className="directory-item__manage"
          aria-haspopup="dialog"
          aria-label={t('coops.cleanup.manage', { coop: coop.name })}
          title={t('coops.cleanup.manage', { coop: coop.name })}
          data-testid="directory-manage"
          onClick={onManage}
        >
          <span aria-hidden="true">⋯</span>
        </button>
      )}
      {online.length > 0 && (
        <button
          type="button"
          className="directory-item__online"
          aria-expanded={showPeople}
          aria-controls={peopleId}
          title={names}
          onClick={() => setShowPeople((value) => !value)}
        >
          <span className="directory-item__online-dot" aria-hidden="true" />
          {t('coops.item.online', { count: online.length })}
        </button>
      )}
      {online.length > 0 && (
        <ul
          className="directory-item__people"
          id={peopleId}
          aria-label={t('coops.item.peopleOnline', { coop: coop.name })}
          hidden={!showPeople}
        >
          {online.map((person) => (
            <li key={person.id}>
              <span className="dot" style={{ backgroundColor: person.color }} aria-hidden="true" />
              {person.name}
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}
