import { describe, expect, it } from 'vitest'
import { PresenceGrid } from './presenceGrid'
import { readPresenceFacts } from './presenceView'

/** The facts of a presence whose cursor is at (x, y) on `page`. */
function at(x: number, y: number, page = 'page:a') {
  return readPresenceFacts({ presence: { currentPageId: page, cursor: { x, y } } })
}

const screen = { x: 0, y: 0, w: 1000, h: 500 }

describe('the presence grid', () => {
  it('finds the cursors near a view on its page, and follows them as they move or go', () => {
    const grid = new PresenceGrid()
    grid.place(1, at(10, 10))
    grid.place(2, at(9000, 10))
    grid.place(3, at(10, 10, 'page:b'))
    expect(grid.near('page:a', screen)).toEqual([1])
    grid.place(2, at(20, 20))
    grid.place(1, at(9000, 10))
    expect(grid.near('page:a', screen)).toEqual([2])
    grid.place(2, null)
    expect(grid.near('page:a', screen)).toEqual([])
  })

  it('gives up on a view zoomed out over too many cells', () => {
    expect(new PresenceGrid().near('page:a', { x: 0, y: 0, w: 100_000, h: 50_000 })).toBeNull()
  })
})
