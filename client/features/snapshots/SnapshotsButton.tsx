/** "Snapshots" in the top bar: shows and hides the snapshots panel next to the canvas. */
import { useTranslation } from 'react-i18next'
import { PanelButton } from '../../ui/PanelButton'

/** Props of {@link SnapshotsButton}. */
export interface SnapshotsButtonProps {
  open: boolean
  panelId: string
  onToggle: () => void
}

const icon = (
  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <path d="M2.5 8a5.5 5.5 0 1 0 1.6-3.9" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    <path d="M2 2.5v2.8h2.8" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
    <path d="M8 5v3.2l2 1.3" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
)

/** A toggle button named "Snapshots". */
export function SnapshotsButton({ open, panelId, onToggle }: SnapshotsButtonProps) {
  const { t } = useTranslation()
  return (
    <PanelButton label={t('snapshots.button')} icon={icon} open={open} panelId={panelId} testId="snapshots-button" onToggle={onToggle} />
  )
}
