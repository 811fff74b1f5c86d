/** "Working groups" in the top bar (facilitators): shows and hides the working groups panel. */
import { useTranslation } from 'react-i18next'
import { PanelButton } from '../../ui/PanelButton'

/** Props of {@link WorkingGroupsButton}. */
export interface WorkingGroupsButtonProps {
  open: boolean
  panelId: string
  /** True while the report runs: the button draws attention. */
  reporting: boolean
  onToggle: () => void
}

const icon = (
  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <circle cx="5" cy="5.5" r="2" fill="none" stroke="currentColor" strokeWidth="1.4" />
    <circle cx="11" cy="5.5" r="2" fill="none" stroke="currentColor" strokeWidth="1.4" />
    <path
      d="M1.8 13c.4-2.2 1.6-3.3 3.2-3.3S7.8 10.8 8 13m0 0c.2-2.2 1.4-3.3 3-3.3s2.8 1.1 3.2 3.3"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinecap="round"
    />
  </svg>
)

/** A toggle button named "Working groups". */
export function WorkingGroupsButton({ open, panelId, reporting, onToggle }: WorkingGroupsButtonProps) {
  const { t } = useTranslation()
  return (
    <PanelButton
      label={t('community.button.label')}
      icon={icon}
      open={open}
      panelId={panelId}
      alert={reporting && !open}
      testId="working-groups-button"
      onToggle={onToggle}
    />
  )
}
