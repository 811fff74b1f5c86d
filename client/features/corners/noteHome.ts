/**
 * Where a delegate's new notes go: their coop's corner, while they are in it or looking at it
 * (any part of it on screen). Elsewhere on the board a note stays where they look.
 */
import type { Editor, TLShapeId } from 'tldraw'
import { cornerOf, cornersByCoop } from '../../../shared/corners/cornerRecord'
import { findCoop } from './coopPicker'
import type { RosterAccess } from './rosterAccess'

/** The id of the corner of `coopName` when part of it is in `editor`'s view, else null. */
export function ownCornerInView(editor: Editor, access: RosterAccess, coopName: string): string | null {
  const coop = findCoop(access.getRoster(), coopName)
  if (!coop) return null
  const corner = cornerOf(coop, cornersByCoop(access.getRecords()))
  if (!corner) return null
  const bounds = editor.getShapePageBounds(corner.id as TLShapeId)
  return bounds && editor.getViewportPageBounds().collides(bounds) ? corner.id : null
}
