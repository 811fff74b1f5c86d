/** Who came, by coop, under the minutes' title (shared/export/sections/header.ts). */
import type { MinutesContext } from '../export/context'
import { escapeMarkdown } from '../export/markdown'
import { meetingAttendance, readAllAttendance } from './attendance'

/** The participants of the meeting by coop (those without one last), or null when nobody came. */
export function participantsHeader(context: MinutesContext): string | null {
  const people = meetingAttendance(readAllAttendance(context.doc), context.info.at)
  if (people.length === 0) return null
  const byCoop = new Map<string, string[]>()
  for (const person of people) {
    const names = byCoop.get(person.coop.trim()) ?? []
    names.push(person.role === 'facilitator' ? `${escapeMarkdown(person.name)} (facilitator)` : escapeMarkdown(person.name))
    byCoop.set(person.coop.trim(), names)
  }
  const coops = [...byCoop.keys()].filter((coop) => coop !== '')
  const lines = [`**Participants** (${people.length} from ${coops.length} ${coops.length === 1 ? 'coop' : 'coops'})`, '']
  for (const coop of coops) lines.push(`- **${escapeMarkdown(coop)}:** ${(byCoop.get(coop) ?? []).join(', ')}`)
  const withoutCoop = byCoop.get('')
  if (withoutCoop) lines.push(`- *No coop:* ${withoutCoop.join(', ')}`)
  return lines.join('\n')
}
