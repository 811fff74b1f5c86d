/** A calm full-page message: loading, not found, closed or failed. */
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Wordmark } from './Logo'
import { handleLinkClick } from './router'

/** Props of {@link StatusPage}. */
export interface StatusPageProps {
  title: string
  /** Shows a spinner and announces the page as a polite status. */
  busy?: boolean
  tone?: 'neutral' | 'problem'
  children?: ReactNode
  /** Buttons or links under the message. */
  actions?: ReactNode
  /** Adds a "Back to the home page" link; on by default. */
  homeLink?: boolean
  /** A stable name of what went wrong, exposed as `data-problem` for tests and support. */
  problem?: string
}

/** A centred card with a title, a message and actions, on the app background. */
export function StatusPage({ title, busy = false, tone = 'neutral', children, actions, homeLink = true, problem }: StatusPageProps) {
  const { t } = useTranslation()
  return (
    <div className="status-page">
      <header className="status-page__brand">
        <a href="/" onClick={(event) => handleLinkClick(event, '/')} aria-label={t('common.plenaryHome')}>
          <Wordmark />
        </a>
      </header>
      <main
        className={`status-card status-card--${tone}`}
        data-testid="status-page"
        data-problem={problem}
        role={busy ? 'status' : undefined}
        aria-live={busy ? 'polite' : undefined}
      >
        {busy && <span className="spinner" aria-hidden="true" />}
        <h1 className="status-card__title">{title}</h1>
        {children && <div className="status-card__body">{children}</div>}
        {(actions || homeLink) && (
          <div className="status-card__actions">
            {actions}
            {homeLink && (
              <a className="button button--quiet" href="/" onClick={(event) => handleLinkClick(event, '/')}>
                {t('common.backHome')}
              </a>
            )}
          </div>
        )}
      </main>
    </div>
  )
}

/** A full-page loading state. */
export function LoadingPage({ message }: { message: string }) {
  return <StatusPage title={message} busy homeLink={false} />
}
