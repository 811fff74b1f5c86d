/** The notice after a coop clean-up: what happened, and a button that undoes it. */
import { useTranslation } from 'react-i18next'
import { doneText, type DoneCleanup } from './coopCleanup'
import './cleanupNotice.css'

/** Props of {@link CleanupNotice}. */
export interface CleanupNoticeProps {
  done: DoneCleanup
  onUndo: () => void
  onDismiss: () => void
}

/** A notice above the canvas with "Undo". */
export function CleanupNotice({ done, onUndo, onDismiss }: CleanupNoticeProps) {
  const { t } = useTranslation()
  return (
    <div className="notice coop-cleanup-notice" role="status" data-testid="coop-cleanup-notice">
      <span className="coop-cleanup-notice__text">{doneText(t, done)}</span>
      <button type="button" className="notice__action" data-testid="coop-cleanup-undo" onClick={onUndo}>
        {t('coops.cleanup.undo')}
      </button>
      <button type="button" className="notice__action" aria-label={t('coops.cleanup.dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  )
}
