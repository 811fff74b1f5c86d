/** "Vote" in the top bar: shows and hides the votes panel; marked while a vote is open. */
import { useTranslation } from 'react-i18next'
import { PanelButton } from '../../ui/PanelButton'

/** Props of {@link VotesButton}. */
export interface VotesButtonProps {
  open: boolean
  panelId: string
  /** True while a vote is open. */
  voteOpen: boolean
  /** Dots this person still has in the open vote (a badge), or null. */
  dotsLeft: number | null
  onToggle: () => void
}

const icon = (
  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <circle cx="4.5" cy="5" r="2.5" fill="currentColor" />
    <circle cx="11.5" cy="5" r="2.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
    <circle cx="8" cy="11.5" r="2.5" fill="currentColor" />
  </svg>
)

/** A toggle button named "Vote". */
export function VotesButton({ open, panelId, voteOpen, dotsLeft, onToggle }: VotesButtonProps) {
  const { t } = useTranslation()
  return (
    <PanelButton
      label={t('voting.button.label')}
      icon={icon}
      open={open}
      panelId={panelId}
      badge={dotsLeft}
      alert={voteOpen && !open && dotsLeft !== null && dotsLeft > 0}
      testId="votes-button"
      onToggle={onToggle}
    />
  )
}
