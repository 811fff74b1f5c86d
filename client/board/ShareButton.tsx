/** "Share" in a facilitator's top bar: opens the dialog with the board's invite links. */

import { useTranslation } from 'react-i18next'

/** Props of {@link ShareButton}. */
export interface ShareButtonProps {
  onClick: () => void
}

/** A bar button with a share icon; its name stays "Share" when the text is hidden on narrow screens. */
export function ShareButton({ onClick }: ShareButtonProps) {
  const { t } = useTranslation()
  return (
    <button
      type="button"
      className="button button--bar"
      data-testid="share-button"
      aria-haspopup="dialog"
      aria-label={t('share.button')}
      onClick={onClick}
    >
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path
          d="M8 10V2.5M5 5.2L8 2.2l3 3M3.5 8.5v4a1 1 0 001 1h7a1 1 0 001-1v-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span className="narrow-hidden">{t('share.button')}</span>
    </button>
  )
}
