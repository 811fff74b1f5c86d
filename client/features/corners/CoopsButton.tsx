/** "Coops" in the top bar: shows and hides the coops directory next to the canvas. */
import { useTranslation } from 'react-i18next'
import { PanelButton } from '../../ui/PanelButton'
import './directory.css'

/** Props of {@link CoopsButton}. */
export interface CoopsButtonProps {
  open: boolean
  /** Id of the directory panel it controls. */
  panelId: string
  /** Coops on the roster, shown as a badge once there are any. */
  count: number
  onToggle: () => void
}

const icon = (
  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <rect x="2" y="2" width="5" height="5" rx="1" fill="none" stroke="currentColor" strokeWidth="1.5" />
    <rect x="9" y="2" width="5" height="5" rx="1" fill="none" stroke="currentColor" strokeWidth="1.5" />
    <rect x="2" y="9" width="5" height="5" rx="1" fill="none" stroke="currentColor" strokeWidth="1.5" />
    <rect x="9" y="9" width="5" height="5" rx="1" fill="none" stroke="currentColor" strokeWidth="1.5" />
  </svg>
)

/** A toggle button named "Coops". */
export function CoopsButton({ open, panelId, count, onToggle }: CoopsButtonProps) {
  const { t } = useTranslation()
  return (
    <PanelButton
      label={t('coops.button.label')}
      icon={icon}
      open={open}
      panelId={panelId}
      badge={count}
      testId="coops-button"
      onToggle={onToggle}
    />
  )
}
