/**
 * Frames no feature reports in its own section (a facilitator's "Parking lot", an anonymous
 * "Worries" area, frames imported from Miro; not a coop corner or a group area): one
 * sub-section each with its title and the notes no earlier section reported. Top-level frames
 * only; a frame inside another frame counts as part of it.
 */
import type { StoredRecord } from '../../boardDoc'
import { compareReadingOrder, type MinutesContext } from '../context'
import { escapeMarkdown, heading } from '../markdown'
import { noteLine, type NoteDecoration } from '../noteLine'
import type { MinutesSection } from '../parts'

function isPlainFrame(
  record: StoredRecord,
  records: ReadonlyMap<string, StoredRecord>,
  reported: (record: StoredRecord) => boolean,
): boolean {
  if (record.typeName !== 'shape' || record.type !== 'frame') return false
  if (reported(record)) return false
  const parent = typeof record.parentId === 'string' ? records.get(record.parentId) : undefined
  return parent?.typeName !== 'shape'
}

function frameName(record: StoredRecord, context: MinutesContext): string {
  const props = typeof record.props === 'object' && record.props !== null ? (record.props as Record<string, unknown>) : {}
  const name = typeof props.name === 'string' ? props.name.trim() : ''
  return name === '' ? context.t('minutes.untitledArea') : name
}

function isAnonymous(record: StoredRecord): boolean {
  const meta = record.meta
  return typeof meta === 'object' && meta !== null && (meta as Record<string, unknown>).anonymous === true
}

/** The other areas with notes (frames `reported` elsewhere left out), or null when there are none. */
export function framesSection(reported: (record: StoredRecord) => boolean): MinutesSection {
  return (context: MinutesContext, decorations: readonly NoteDecoration[]) => {
    const frames = [...context.records.values()]
      .filter((record) => isPlainFrame(record, context.records, reported))
      .map((record) => ({ record, id: record.id, x: Number(record.x) || 0, y: Number(record.y) || 0 }))
      .sort(compareReadingOrder)
    const blocks: string[] = []
    for (const { record } of frames) {
      const notes = context.notesIn(record.id).filter((note) => !context.isClaimed(note.id))
      if (notes.length === 0) continue
      context.claim(notes)
      const facts = [context.t('minutes.notes', { count: notes.length }), isAnonymous(record) ? context.t('minutes.anonymous') : null]
      blocks.push(
        `${heading(3, escapeMarkdown(frameName(record, context)))}\n*${facts.filter((fact) => fact !== null).join(', ')}*\n\n${notes
          .map((note) => noteLine(context, note, decorations))
          .join('\n')}`,
      )
    }
    return blocks.length === 0 ? null : [heading(2, context.t('minutes.otherAreas')), ...blocks].join('\n\n')
  }
}
