/** The top-bar toggle of the breakouts panel (facilitators); it calls attention to groups calling. */
import { useTranslation } from 'react-i18next'
import { PanelButton } from '../../ui/PanelButton'

/** Props of {@link BreakoutsButton}. */
export interface BreakoutsButtonProps {
  open: boolean
  panelId: string
  /** Groups calling the facilitator now. */
  calls: number
  running: boolean
  onToggle: () => void
}

/** "Breakouts", with the number of groups calling. */
export function BreakoutsButton({ open, panelId, calls, running, onToggle }: BreakoutsButtonProps) {
  const { t } = useTranslation()
  return (
    <PanelButton
      label={calls > 0 ? t('breakouts.button.calling', { count: calls }) : t('breakouts.button.label')}
      icon={
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          {/* Three groups of people: a circle each, the last filled while a session runs. */}
          <circle cx="4" cy="4.5" r="2.6" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <circle cx="12" cy="4.5" r="2.6" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <circle cx="8" cy="11.5" r="2.6" fill={running ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1.5" />
        </svg>
      }
      open={open}
      panelId={panelId}
      badge={calls > 0 ? calls : null}
      alert={calls > 0}
      testId="breakouts-button"
      onToggle={onToggle}
    />
  )
}
