/** Which recording links a meeting keeps: web addresses only (no mailto), as the coordinator's form and the server agree. */
import { safeLinkHref } from '../text/linkHref'

/** A recording link as stored: an http or https address, or null for none (blank); `undefined` when it is neither. */
export function recordingUrlOf(value: string | null): string | null | undefined {
  const text = value === null ? '' : value.trim()
  if (text === '') return null
  const href = safeLinkHref(text)
  return href !== null && /^https?:/i.test(href) ? href : undefined
}
