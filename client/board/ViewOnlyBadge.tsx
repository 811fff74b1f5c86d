/** "View only" in the top bar of a viewer: they can watch the board live but not change it. */

import { useTranslation } from 'react-i18next'

/** An eye, the words, and on wide screens what they mean. */
export function ViewOnlyBadge() {
  const { t } = useTranslation()
  return (
    <p className="view-only" data-testid="view-only-badge" title={t('board.viewOnly.title')}>
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path
          d="M1.5 8S4 3.5 8 3.5 14.5 8 14.5 8 12 12.5 8 12.5 1.5 8 1.5 8z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinejoin="round"
        />
        <circle cx="8" cy="8" r="2" fill="currentColor" />
      </svg>
      <strong className="view-only__label">{t('board.viewOnly.label')}</strong>
      <span className="view-only__detail">{t('board.viewOnly.detail')}</span>
    </p>
  )
}
