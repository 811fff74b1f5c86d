/** The top of a modal dialog: its title (which names the dialog) and a close button. */
import type { ReactNode, Ref } from 'react'
import { CloseButton } from './CloseButton'

/** Props of {@link ModalHeader}. */
export interface ModalHeaderProps {
  /** The id the dialog's aria-labelledby points to. */
  titleId: string
  titleClassName: string
  /** Plain text, or an eyebrow and the board's name as spans. */
  children: ReactNode
  onClose: () => void
  closeRef?: Ref<HTMLButtonElement>
}

/** A `modal__header` with an h2 title and a "Close" button. */
export function ModalHeader({ titleId, titleClassName, children, onClose, closeRef }: ModalHeaderProps) {
  return (
    <header className="modal__header">
      <h2 className={titleClassName} id={titleId}>
        {children}
      </h2>
      <CloseButton ref={closeRef} onClick={onClose} />
    </header>
  )
}
