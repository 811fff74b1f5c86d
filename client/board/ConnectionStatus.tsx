/** The connection indicator in the top bar: a coloured dot and words, announced politely. */
import { plural } from '../app/format'
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
export function describeConnection(connection: ConnectionState, unsent: number): ConnectionDescription {
  const pending = unsent > 0 ? { long: `${plural(unsent, 'change')} not sent yet`, short: `${unsent} unsent` } : null
  switch (connection) {
    case 'connecting':
      return { label: 'Connecting…', detail: pending }
    case 'connected':
      return {
        label: 'Connected',
        detail: unsent > 0 ? { long: `sending ${plural(unsent, 'change')}`, short: `${unsent} unsent` } : null,
      }
    case 'reconnecting':
      return { label: 'Reconnecting…', detail: pending }
    case 'offline':
      return {
        label: 'Offline',
        detail: pending ?? { long: 'your changes will sync when you are back', short: 'changes kept' },
      }
    case 'closed':
      return { label: 'Disconnected', detail: pending }
  }
}

/** Shows whether edits reach the others, and how many are waiting. */
export function ConnectionStatus({ connection, unsentChanges }: ConnectionStatusProps) {
  const { label, detail } = describeConnection(connection, unsentChanges)
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
