/**
 * A top-bar toggle for one of the side panels next to the canvas (coops, breakouts, votes,
 * decisions). Only one panel is open at a time; the board session decides which.
 */
import type { ReactNode } from 'react'

/** Props of {@link PanelButton}. */
export interface PanelButtonProps {
  label: string
  /** A 16×16 decorative icon. */
  icon: ReactNode
  open: boolean
  /** Id of the panel it controls. */
  panelId: string
  /** A short count or mark shown after the label; decoration, the panel says it in words. */
  badge?: string | number | null
  /** Draws attention to the button (a call waiting, a vote open). */
  alert?: boolean
  testId: string
  onToggle: () => void
}

/** A toggle button that shows and hides one side panel. */
export function PanelButton({ label, icon, open, panelId, badge, alert, testId, onToggle }: PanelButtonProps) {
  return (
    <button
      type="button"
      className={`button button--bar panel-button${alert ? ' panel-button--alert' : ''}`}
      data-testid={testId}
      aria-expanded={open}
      aria-controls={open ? panelId : undefined}
      // The label collapses to the icon on a crowded bar; the tooltip says it again.
      title={label}
      onClick={onToggle}
    >
      {icon}
      <span className="narrow-hidden compact-label">{label}</span>
      {badge !== undefined && badge !== null && badge !== 0 && badge !== '' && (
        <span className="panel-button__badge" aria-hidden="true">
          {badge}
        </span>
      )}
    </button>
  )
}
