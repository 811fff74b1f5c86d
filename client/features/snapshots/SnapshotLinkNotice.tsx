/** Above the canvas while the snapshot the address names is opening, or why it could not be opened. */
import { useTranslation } from 'react-i18next'
import type { LinkedSnapshot } from './useSnapshotLink'

/** Props of {@link SnapshotLinkNotice}. */
export interface SnapshotLinkNoticeProps {
  linked: LinkedSnapshot
  onDismiss: () => void
}

/** "Opening the snapshot…", or the problem with a dismiss button; nothing otherwise. */
export function SnapshotLinkNotice({ linked, onDismiss }: SnapshotLinkNoticeProps) {
  const { t } = useTranslation()
  if (linked.kind === 'opening') {
    return (
      <div className="notice" role="status" data-testid="snapshot-link-notice">
        <span>{t('snapshots.link.opening')}</span>
      </div>
    )
  }
  if (linked.kind !== 'problem') return null
  return (
    <div className="notice notice--warning" role="alert" data-testid="snapshot-link-notice">
      <span>{linked.message}</span>
      <button type="button" className="notice__action" onClick={onDismiss}>
        {t('snapshots.link.dismiss')}
      </button>
    </div>
  )
}
