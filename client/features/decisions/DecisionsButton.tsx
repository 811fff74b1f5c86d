/** "Decisions" in the top bar: shows and hides the decisions panel. */
import { useTranslation } from 'react-i18next'
import { PanelButton } from '../../ui/PanelButton'

/** Props of {@link DecisionsButton}. */
export interface DecisionsButtonProps {
  open: boolean
  panelId: string
  /** Open proposals, shown as a badge; the button draws attention while there are any. */
  openProposals: number
  onToggle: () => void
}

const icon = (
  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <rect x="2" y="2" width="12" height="12" rx="2" fill="none" stroke="currentColor" strokeWidth="1.5" />
    <path d="M5 8.2l2 2 4-4.4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
)

/** A toggle button named "Decisions". */
export function DecisionsButton({ open, panelId, openProposals, onToggle }: DecisionsButtonProps) {
  const { t } = useTranslation()
  return (
    <PanelButton
      label={t('decisions.button.label')}
      icon={icon}
      open={open}
      panelId={panelId}
      badge={openProposals}
      alert={openProposals > 0 && !open}
      testId="decisions-button"
      onToggle={onToggle}
    />
  )
}
