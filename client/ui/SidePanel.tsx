/**
 * A side panel next to the canvas: an <aside> named by its title, with a subtitle (a count or
 * a status) and a close button in its header. The feature renders the rest as children.
 */
import type { KeyboardEvent, ReactNode, Ref } from 'react'
import { CloseButton } from './CloseButton'
import '../styles/panel.css'

/** Props of {@link SidePanel}. */
export interface SidePanelProps {
  /** The aside's id, which the top-bar button controls; the title gets `<id>-title`. */
  id: string
  /** The feature's own class, next to `side-panel` (its width, its body). */
  className: string
  testId: string
  title: string
  subtitle: ReactNode
  /** Accessible name of the close button, e.g. "Close coops". */
  closeLabel: string
  onClose: () => void
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void
  /** For panels that move focus to their title; makes the title focusable by script only. */
  titleRef?: Ref<HTMLHeadingElement>
  children: ReactNode
}

/** The panel shell and header around `children`. */
export function SidePanel({ id, className, testId, title, subtitle, closeLabel, onClose, onKeyDown, titleRef, children }: SidePanelProps) {
  return (
    <aside className={`side-panel ${className}`} id={id} aria-labelledby={`${id}-title`} data-testid={testId} onKeyDown={onKeyDown}>
      <header className="side-panel__header">
        <div>
          <h2 className="side-panel__title" id={`${id}-title`} ref={titleRef} tabIndex={titleRef ? -1 : undefined}>
            {title}
          </h2>
          <p className="side-panel__subtitle">{subtitle}</p>
        </div>
        <CloseButton label={closeLabel} onClick={onClose} />
      </header>
      {children}
    </aside>
  )
}
