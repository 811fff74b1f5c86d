/**
 * One section per breakout session: each group with its topic, rapporteur, members and the
 * notes in its area. Sessions in the order they started; groups in the session's order.
 */
import { readMembers, readRapporteurs, readSessions } from './readDoc'
import type { BreakoutMember, BreakoutSession } from './types'
import { participantLabel } from '../participant'
import type { MinutesContext } from '../export/context'
import { escapeMarkdown, heading } from '../export/markdown'
import { noteLine, type NoteDecoration } from '../export/noteLine'
import { formatMinutesDate } from '../export/date'

const ASSIGNMENT_TEXT: Record<BreakoutSession['assignment'], string> = {
  random: 'random balanced groups',
  choose: 'groups chosen by each participant',
  manual: 'groups set by the facilitator',
}

function durationText(ms: number): string {
  const minutes = Math.round(ms / 60_000)
  return minutes === 1 ? '1 minute' : `${minutes} minutes`
}

function memberText(member: BreakoutMember): string {
  return escapeMarkdown(member.coop.trim() ? `${member.name} (${member.coop})` : member.name)
}

function sessionBlock(context: MinutesContext, session: BreakoutSession, decorations: readonly NoteDecoration[]): string {
  const members = readMembers(context.doc, session.id)
  const rapporteurs = new Map(readRapporteurs(context.doc, session.id).map((r) => [r.groupId, r]))
  const { info } = context
  const facts = [
    `${session.groups.length} ${session.groups.length === 1 ? 'group' : 'groups'}`,
    durationText(session.timer.durationMs),
    ASSIGNMENT_TEXT[session.assignment],
    session.status === 'running' ? 'still running' : null,
  ].filter((fact): fact is string => fact !== null)
  const blocks = [
    `${heading(2, `Breakout groups · ${escapeMarkdown(formatMinutesDate(session.startedAt, info.timeZone))}`)}\n*${facts.join(', ')}*`,
  ]
  session.groups.forEach((group, index) => {
    const lines = [heading(3, `Group ${index + 1}: ${escapeMarkdown(group.name)}`)]
    const rapporteur = rapporteurs.get(group.id)
    const groupMembers = members.filter((member) => member.groupId === group.id)
    lines.push(`**Rapporteur:** ${rapporteur ? escapeMarkdown(participantLabel(rapporteur)) : '*none*'}  `)
    lines.push(`**Members:** ${groupMembers.length > 0 ? groupMembers.map(memberText).join(', ') : '*none*'}`)
    const notes = context.records.has(group.areaId) ? context.notesIn(group.areaId) : []
    context.claim(notes)
    lines.push('', notes.length > 0 ? notes.map((note) => noteLine(context, note, decorations)).join('\n') : '*No notes.*')
    blocks.push(lines.join('\n'))
  })
  return blocks.join('\n\n')
}

/** Every breakout session of the board, or null when there was none. */
export function breakoutsSection(context: MinutesContext, decorations: readonly NoteDecoration[]): string | null {
  const sessions = readSessions(context.doc).filter((session) => session.startedAt <= context.info.at)
  if (sessions.length === 0) return null
  return sessions.map((session) => sessionBlock(context, session, decorations)).join('\n\n')
}
