/** The top of the minutes: the board's title, when they were taken, and who came, by coop. */
import { meetingAttendance, readAllAttendance } from '../../attendance/attendance'
import { readNextMeeting } from '../../meeting/meeting'
import type { MinutesContext } from '../context'
import { escapeMarkdown, heading } from '../markdown'

/** "27 November 2026, 10:02 UTC" in the export's time zone. */
export function formatMinutesDate(at: number, timeZone = 'UTC'): string {
  const format = (zone: string) =>
    new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: zone,
      timeZoneName: 'short',
    }).format(at)
  try {
    return format(timeZone)
  } catch {
    return format('UTC')
  }
}

/** Title, date, the next meeting when one is set, and the participants by coop. */
export function headerSection(context: MinutesContext): string {
  const { info } = context
  const lines = [heading(1, escapeMarkdown(info.title.trim() || 'Untitled board')), '', `*Minutes of ${formatMinutesDate(info.at, info.timeZone)}*`]
  const next = readNextMeeting(context.doc)
  if (next) {
    const note = next.note ? ` (${escapeMarkdown(next.note.trim())})` : ''
    lines.push('', `*Next meeting: ${formatMinutesDate(next.at, info.timeZone)}*${note}`)
  }
  const people = meetingAttendance(readAllAttendance(context.doc), info.at)
  if (people.length === 0) return lines.join('\n')
  const byCoop = new Map<string, string[]>()
  for (const person of people) {
    const names = byCoop.get(person.coop.trim()) ?? []
    names.push(person.role === 'facilitator' ? `${escapeMarkdown(person.name)} (facilitator)` : escapeMarkdown(person.name))
    byCoop.set(person.coop.trim(), names)
  }
  const coops = [...byCoop.keys()].filter((coop) => coop !== '')
  lines.push('', `**Participants** (${people.length} from ${coops.length} ${coops.length === 1 ? 'coop' : 'coops'})`, '')
  for (const coop of coops) lines.push(`- **${escapeMarkdown(coop)}:** ${(byCoop.get(coop) ?? []).join(', ')}`)
  const withoutCoop = byCoop.get('')
  if (withoutCoop) lines.push(`- *No coop:* ${withoutCoop.join(', ')}`)
  return lines.join('\n')
}
