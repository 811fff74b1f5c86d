/**
 * Cursors by page cell, so a flush costs each receiver the cursors near its view, not every
 * change in the room.
 */
import type { PresenceFacts, Rect } from './presenceView'

/** Side of a grid cell, in page units: a screen at 100% zoom covers a few cells. */
const CELL = 1024
/** A view covering more cells than this (zoomed far out) is checked against every change instead. */
const MAX_CELLS = 48

/** Client ids by the grid cell of their cursor. */
export class PresenceGrid {
  /** Client ids by cell (`page|column|row`). */
  private readonly cells = new Map<string, Set<number>>()
  private readonly cellOf = new Map<number, string>()

  /** Client ids whose cursor is in a cell `view` (widened) touches, or null when that is too many cells. */
  near(pageId: string | null, view: Rect): number[] | null {
    const x0 = Math.floor((view.x - view.w * 0.1) / CELL)
    const x1 = Math.floor((view.x + view.w * 1.1) / CELL)
    const y0 = Math.floor((view.y - view.h * 0.1) / CELL)
    const y1 = Math.floor((view.y + view.h * 1.1) / CELL)
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS) return null
    const ids: number[] = []
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const cell = this.cells.get(`${pageId ?? ''}|${cx}|${cy}`)
        if (cell) for (const id of cell) ids.push(id)
      }
    }
    return ids
  }

  /** Files a client id under its cursor's cell (none without a cursor or state). */
  place(id: number, facts: PresenceFacts | null): void {
    const cursor = facts?.cursor
    const cell = cursor ? `${facts.pageId ?? ''}|${Math.floor(cursor.x / CELL)}|${Math.floor(cursor.y / CELL)}` : null
    const before = this.cellOf.get(id)
    if (before === cell) return
    if (before !== undefined) {
      const members = this.cells.get(before)
      members?.delete(id)
      if (members?.size === 0) this.cells.delete(before)
      this.cellOf.delete(id)
    }
    if (cell === null) return
    let members = this.cells.get(cell)
    if (!members) {
      members = new Set()
      this.cells.set(cell, members)
    }
    members.add(id)
    this.cellOf.set(id, cell)
  }
}
