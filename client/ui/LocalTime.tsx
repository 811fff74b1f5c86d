/** A moment shown in the reader's own zone and language, with UTC on hover (and for screen readers' details). */
import { useTranslation } from 'react-i18next'
import { formatLocalTime, formatUtcTime, type TimeStyle } from '../lib/localTime'

/** Props of {@link LocalTime}. */
export interface LocalTimeProps {
  /** Milliseconds since the epoch. */
  at: number
  style?: TimeStyle
  className?: string
}

/** A `<time>` element: local text, machine-readable ISO value, UTC in its title. */
export function LocalTime({ at, style = 'dateTime', className }: LocalTimeProps) {
  const { i18n } = useTranslation()
  if (!Number.isFinite(at)) return null
  return (
    <time className={className} dateTime={new Date(at).toISOString()} title={formatUtcTime(at, i18n.language)}>
      {formatLocalTime(at, i18n.language, style)}
    </time>
  )
}
