/**
 * Presence in anonymous areas. tldraw outlines the shapes another person has selected (or is
 * editing) in that person's colour, and draws their named cursor where they point: while someone
 * writes in an anonymous area, either would show who it is. So a presence whose selection holds
 * shapes in an anonymous area loses those shapes and its cursor, both in what this browser
 * publishes and in what it shows of others (a stock client may publish them).
 */
import type { TLInstancePresence } from 'tldraw'
import { anonymousAncestor } from '../../../shared/areas/anonymous'
import type { RecordLookup } from '../../../shared/areas/areas'

/**
 * `presence` without the selected shapes that sit in an anonymous area of `records` (the area
 * itself says nothing about who writes in it), and without its cursor when it had any; the same
 * object when it has none.
 */
export function withoutAnonymousSelection(presence: TLInstancePresence, records: RecordLookup): TLInstancePresence {
  const selectedShapeIds = presence.selectedShapeIds.filter((id) => anonymousAncestor(records, id) === null)
  if (selectedShapeIds.length === presence.selectedShapeIds.length) return presence
  return { ...presence, selectedShapeIds, cursor: null }
}
