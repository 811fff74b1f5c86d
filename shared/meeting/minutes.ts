/** The next meeting under the minutes' title (shared/export/sections/header.ts), when one is set. */
import type { MinutesContext } from '../export/context'
import { escapeMarkdown } from '../export/markdown'
import { readNextMeeting } from './meeting'

/** "*Next meeting: 4 December 2026, 18:00 UTC* (note)", or null when none is set. */
export function nextMeetingHeader(context: MinutesContext): string | null {
  const next = readNextMeeting(context.doc)
  if (!next) return null
  const note = next.note ? ` (${escapeMarkdown(next.note.trim())})` : ''
  return `*${context.t('meeting.next', { date: context.date(next.at) })}*${note}`
}
