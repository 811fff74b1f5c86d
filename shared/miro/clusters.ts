/**
 * Which boxes of a board lie together: single-linkage clustering on the gaps between boxes,
 * cut only where a gap is far beyond the board's own spacing.
 *
 * Why this rule: a board is laid out by hand, so the gaps between neighbouring items are of a
 * size (a few hundred px between notes or frames). The minimum spanning tree links every item
 * to its nearest neighbour group; its edges are those neighbour gaps. Their median, with the
 * longest edge left out (the one the question is about), is the board's usual spacing, and a
 * few far items cannot move it. A gap ten times that, and longer than two screens at 100 %,
 * was not laid out as part of the board. Evenly sparse boards have no such gap and stay whole.
 */
import type { Box } from '../geometry'
import { boxGap } from './geometry'

/** The least spacing assumed: items that touch or overlap say nothing about the spacing. */
export const MIN_SPACING = 200

/** How many times the usual spacing a gap must be to split the board. */
export const FAR_FACTOR = 10

/** A gap shorter than this never splits the board: "zoom to fit" still reads it. */
export const MIN_FAR_GAP = 4000

/** An edge of the spanning tree: two boxes by index and the gap between them. */
interface Edge {
  a: number
  b: number
  gap: number
}

/** The minimum spanning tree over `boxes` by gap (Prim's, O(n²): planMiroImport refuses an import of more than 1,900 records before it gets here). */
function spanningTree(boxes: readonly Box[]): Edge[] {
  // Each box not yet in the tree, with the tree box nearest to it so far.
  const outside = boxes.map((box, index) => ({ index, box, gap: Infinity, from: 0 })).slice(1)
  const edges: Edge[] = []
  const first = boxes[0]
  let added: { index: number; box: Box } | undefined = first && { index: 0, box: first }
  while (added && outside.length > 0) {
    const { index, box } = added
    let bestAt = 0
    outside.forEach((node, at) => {
      const gap = boxGap(box, node.box)
      if (gap < node.gap) {
        node.gap = gap
        node.from = index
      }
      if (node.gap < (outside[bestAt]?.gap ?? Infinity)) bestAt = at
    })
    // Swap-remove: the order of the boxes outside does not matter.
    const chosen = outside[bestAt]
    const last = outside.pop()
    if (!chosen) break
    if (last && last !== chosen) outside[bestAt] = last
    edges.push({ a: chosen.from, b: chosen.index, gap: chosen.gap })
    added = chosen
  }
  return edges
}

/** The median of `values` (0 for none). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y)
  const middle = Math.floor(sorted.length / 2)
  if (sorted.length === 0) return 0
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** The gap beyond which two parts of a board with these spanning-tree gaps are apart. */
export function farGap(treeGaps: readonly number[]): number {
  const rest = [...treeGaps].sort((x, y) => x - y).slice(0, -1)
  return Math.max(FAR_FACTOR * Math.max(MIN_SPACING, median(rest)), MIN_FAR_GAP)
}

/** The root of `i` in a union-find forest, compressing the path on the way. */
function rootOf(parents: number[], i: number): number {
  let root = i
  while (parents[root] !== root) root = parents[root] ?? root
  for (let at = i; parents[at] !== root;) {
    const up = parents[at] ?? root
    parents[at] = root
    at = up
  }
  return root
}

/**
 * The clusters of `boxes`, as lists of indices: boxes joined by gaps up to {@link farGap} are
 * one cluster. Clusters come in the order of their first box, each listing its boxes in order.
 */
export function clusterBoxes(boxes: readonly Box[]): number[][] {
  const tree = spanningTree(boxes)
  const limit = farGap(tree.map((edge) => edge.gap))
  const parents = boxes.map((_, i) => i)
  for (const edge of tree) {
    if (edge.gap <= limit) parents[rootOf(parents, edge.a)] = rootOf(parents, edge.b)
  }
  const clusters = new Map<number, number[]>()
  boxes.forEach((_, i) => {
    const root = rootOf(parents, i)
    const members = clusters.get(root)
    if (members) members.push(i)
    else clusters.set(root, [i])
  })
  return [...clusters.values()]
}
