/**
 * The snapshots panel's list: each snapshot's name, kind (automatic or saved), time in the
 * viewer's zone with UTC on hover and author, and its actions (open, restore, export); or why
 * there is none yet.
 */
import { useTranslation } from 'react-i18next'
import type { SnapshotInfo } from '../../../shared/snapshots/types'
import { LocalTime } from '../../ui/LocalTime'
import type { BoardFileFormat } from './snapshotApi'

/** Props of {@link SnapshotItems}. */
export interface SnapshotItemsProps {
  /** Null while the list loads. */
  snapshots: readonly SnapshotInfo[] | null
  error: string | null
  /** Facilitators restore; everyone opens and exports. */
  isFacilitator: boolean
  /** The snapshot being loaded, if any: every open and restore waits for it. */
  busyId: string | null
  /** False until the live board's editor is there (a snapshot opens with its schema). */
  canOpen: boolean
  onOpen: (snapshot: SnapshotInfo) => void
  onRestore: (snapshot: SnapshotInfo) => void
  onExport: (snapshot: SnapshotInfo, format: BoardFileFormat) => void
}

/** The list of snapshots, or the empty state. */
export function SnapshotItems({ snapshots, error, isFacilitator, busyId, canOpen, onOpen, onRestore, onExport }: SnapshotItemsProps) {
  const { t } = useTranslation()
  return (
    <div className="snapshots__body">
      {error && (
        <p className="snapshots__notice snapshots__notice--problem" role="alert">
          {error}
        </p>
      )}
      {snapshots !== null && snapshots.length === 0 && (
        <div className="snapshots__empty">
          <p className="snapshots__empty-title">{t('snapshots.panel.emptyTitle')}</p>
          <p>{isFacilitator ? t('snapshots.panel.emptyFacilitator') : t('snapshots.panel.emptyOthers')}</p>
        </div>
      )}
      {snapshots !== null && snapshots.length > 0 && (
        <ul className="snapshots__list" aria-label={t('snapshots.panel.list')}>
          {snapshots.map((snapshot) => (
            <li key={snapshot.id} className="snapshot-item" data-testid="snapshot-item">
              <div className="snapshot-item__top">
                <span className="snapshot-item__name" data-testid="snapshot-item-name">
                  {snapshot.name}
                </span>
                <span className={`tag snapshot-item__kind snapshot-item__kind--${snapshot.kind}`}>
                  {snapshot.kind === 'auto' ? t('snapshots.item.auto') : t('snapshots.item.saved')}
                </span>
              </div>
              <p className="snapshot-item__meta">
                <LocalTime at={snapshot.createdAt} />
                {' · '}
                {snapshot.author}
              </p>
              <div className="snapshot-item__actions">
                <button
                  type="button"
                  className="button button--secondary snapshot-item__open"
                  aria-label={t('snapshots.item.openLabel', { name: snapshot.name })}
                  disabled={busyId !== null || !canOpen}
                  onClick={() => onOpen(snapshot)}
                >
                  {busyId === snapshot.id ? t('snapshots.item.opening') : t('snapshots.item.open')}
                </button>
                {isFacilitator && (
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={t('snapshots.item.restoreLabel', { name: snapshot.name })}
                    data-testid="snapshot-restore"
                    disabled={busyId !== null || !canOpen}
                    onClick={() => onRestore(snapshot)}
                  >
                    {t('snapshots.item.restore')}
                  </button>
                )}
                <button
                  type="button"
                  className="button button--quiet snapshot-item__file"
                  aria-label={t('snapshots.item.exportTldrLabel', { name: snapshot.name })}
                  onClick={() => onExport(snapshot, 'tldr')}
                >
                  .tldr
                </button>
                <button
                  type="button"
                  className="button button--quiet snapshot-item__file"
                  aria-label={t('snapshots.item.exportJsonLabel', { name: snapshot.name })}
                  onClick={() => onExport(snapshot, 'json')}
                >
                  .json
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
