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

function memberText(member: BreakoutMember): string {
  return escapeMarkdown(member.coop.trim() ? `${member.name} (${member.coop})` : member.name)
}

function sessionBlock(context: MinutesContext, session: BreakoutSession, decorations: readonly NoteDecoration[]): string {
  const members = readMembers(context.doc, session.id)
  const rapporteurs = new Map(readRapporteurs(context.doc, session.id).map((r) => [r.groupId, r]))
  const { t } = context
  const facts = [
    t('breakouts.groups', { count: session.groups.length }),
    t('breakouts.minutes', { count: Math.round(session.timer.durationMs / 60_000) }),
    t(`breakouts.assignment.${session.assignment}`),
    session.status === 'running' ? t('breakouts.stillRunning') : null,
  ].filter((fact): fact is string => fact !== null)
  const blocks = [`${heading(2, t('breakouts.title', { date: escapeMarkdown(context.date(session.startedAt)) }))}\n*${facts.join(', ')}*`]
  const nobody = `*${t('breakouts.nobody')}*`
  session.groups.forEach((group, index) => {
    const lines = [heading(3, t('breakouts.group', { number: index + 1, name: escapeMarkdown(group.name) }))]
    const rapporteur = rapporteurs.get(group.id)
    const groupMembers = members.filter((member) => member.groupId === group.id)
    lines.push(`**${t('breakouts.rapporteur')}** ${rapporteur ? escapeMarkdown(participantLabel(rapporteur)) : nobody}  `)
    lines.push(`**${t('breakouts.members')}** ${groupMembers.length > 0 ? groupMembers.map(memberText).join(', ') : nobody}`)
    const notes = context.records.has(group.areaId) ? context.notesIn(group.areaId) : []
    context.claim(notes)
    lines.push('', notes.length > 0 ? notes.map((note) => noteLine(context, note, decorations)).join('\n') : `*${t('breakouts.noNotes')}*`)
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
