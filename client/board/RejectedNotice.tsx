/** A small, dismissible notice when remote items failed validation and were not shown. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RejectedRecord } from '../sync/types'

/** Tells the person some items are missing from their view, without blocking the board. */
export function RejectedNotice({ rejected }: { rejected: readonly RejectedRecord[] }) {
  // Dismissing hides the items seen so far; new rejections bring the notice back.
  const { t } = useTranslation()
  const [dismissedCount, setDismissedCount] = useState(0)
  const count = rejected.length
  if (count === 0 || count <= dismissedCount) return null
  const details = rejected
    .slice(0, 5)
    .map((record) => `${record.id}: ${record.reason}`)
    .join('\n')
  return (
    <div className="notice notice--warning" data-testid="rejected-notice" role="status" title={details}>
      <span>{t('board.rejected.message', { count })}</span>
      <button type="button" className="notice__action" onClick={() => setDismissedCount(count)}>
        {t('common.dismiss')}
      </button>
    </div>
  )
}
