/**
 * Where something Plenary puts on the canvas can go without covering what is there: the same
 * column, moved down past whatever it would overlap, so a pasted link never lands on a note.
 */

/** An axis-aligned box in page units. */
export interface Box {
  x: number
  y: number
  w: number
  h: number
}

function overlaps(a: Box, b: Box, gap: number): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap
}

/**
 * The top-left corner at which `box` overlaps none of `obstacles` (keeping `gap` between them):
 * `box`'s own when it is free, else straight below the lowest obstacle in its way, again until
 * nothing is in the way. Each step moves strictly down, so it ends.
 */
export function freeSpot(box: Box, obstacles: readonly Box[], gap = 16): { x: number; y: number } {
  let y = box.y
  for (let step = 0; step <= obstacles.length; step++) {
    const inTheWay = obstacles.filter((obstacle) => overlaps({ ...box, y }, obstacle, gap))
    if (inTheWay.length === 0) break
    y = Math.max(...inTheWay.map((obstacle) => obstacle.y + obstacle.h + gap))
  }
  return { x: box.x, y }
}
