/** The connection indicator in the top bar: a coloured dot and words, announced politely. */
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { ConnectionState } from '../sync/types'

/** Props of {@link ConnectionStatus}. */
export interface ConnectionStatusProps {
  connection: ConnectionState
  unsentChanges: number
}

/** What the indicator says: a headline, and a detail in a long and a short (narrow screen) form. */
export interface ConnectionDescription {
  label: string
  detail: { long: string; short: string } | null
}

/** The words for a connection state and the number of changes not yet sent. */
export function describeConnection(connection: ConnectionState, unsent: number, t: TFunction): ConnectionDescription {
  const short = t('connection.unsentShort', { count: unsent })
  const pending = unsent > 0 ? { long: t('connection.notSent', { count: unsent }), short } : null
  switch (connection) {
    case 'connecting':
      return { label: t('connection.connecting'), detail: pending }
    case 'connected':
      return {
        label: t('connection.connected'),
        detail: unsent > 0 ? { long: t('connection.sending', { count: unsent }), short } : null,
      }
    case 'reconnecting':
      return { label: t('connection.reconnecting'), detail: pending }
    case 'offline':
      return {
        label: t('connection.offline'),
        detail: pending ?? { long: t('connection.willSync'), short: t('connection.kept') },
      }
    case 'closed':
      return { label: t('connection.closed'), detail: pending }
  }
}

/** Shows whether edits reach the others, and how many are waiting. */
export function ConnectionStatus({ connection, unsentChanges }: ConnectionStatusProps) {
  const { t } = useTranslation()
  const { label, detail } = describeConnection(connection, unsentChanges, t)
  return (
    <div
      className={`connection connection--${connection}`}
      data-testid="connection-status"
      data-state={connection}
      role="status"
      aria-live="polite"
    >
      <span className="connection__dot" aria-hidden="true" />
      <span className="connection__label">{label}</span>
      {detail && <span className="connection__detail connection__detail--long">{detail.long}</span>}
      {detail && <span className="connection__detail connection__detail--short">{detail.short}</span>}
    </div>
  )
}
