/** "Coops" in the top bar: shows and hides the coops directory next to the canvas. */
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

/** A toggle button named "Coops"; the count badge is decoration, the panel says it in words. */
export function CoopsButton({ open, panelId, count, onToggle }: CoopsButtonProps) {
  return (
    <button
      type="button"
      className="button button--bar coops-button"
      data-testid="coops-button"
      aria-expanded={open}
      aria-controls={open ? panelId : undefined}
      onClick={onToggle}
    >
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <rect x="2" y="2" width="5" height="5" rx="1" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <rect x="9" y="2" width="5" height="5" rx="1" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <rect x="2" y="9" width="5" height="5" rx="1" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <rect x="9" y="9" width="5" height="5" rx="1" fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>
      <span className="narrow-hidden">Coops</span>
      {count > 0 && (
        <span className="coops-button__count" aria-hidden="true">{count}</span>
      )}
    </button>
  )
}
