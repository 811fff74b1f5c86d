/** The "×" icon button that closes a dialog or a side panel. */
import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'

/** Props of {@link CloseButton}. */
export interface CloseButtonProps {
  onClick: () => void
  /** Accessible name; say what closes ("Close coops") when more than one could be open. */
  label?: string
  /** For dialogs that put the first focus on their close button. */
  ref?: Ref<HTMLButtonElement>
}

/** An icon button with the accessible name `label`. */
export function CloseButton({ onClick, label, ref }: CloseButtonProps) {
  const { t } = useTranslation()
  return (
    <button ref={ref} type="button" className="icon-button" aria-label={label ?? t('common.close')} onClick={onClick}>
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
    </button>
  )
}
