/**
 * The public directory's relationship map, laid out: coops on a circle sized to their number,
 * each name written outward along its radius (so neighbours' names never cross), shortened
 * when long to what tells it apart (or numbered, for a key beside the map on a phone), and one
 * straight edge per relation, coloured by its label. Pure; RelationGraph
 * draws it as SVG.
 */

/** A coop to place. */
export interface GraphNodeInput {
  id: string
  name: string
}

/** A relation between two coops. */
export interface GraphEdgeInput {
  source: string
  target: string
  label: string
}

/** A placed coop: its dot, and its name's anchor and rotation (degrees). */
export interface PlacedNode {
  id: string
  name: string
  /** The name as drawn: its number when {@link GraphOptions.numbered}, else {@link distinctiveNames}. */
  shortName: string
  x: number
  y: number
  labelX: number
  labelY: number
  rotate: number
  anchor: 'start' | 'end'
}

/** A placed relation; `labelIndex` indexes {@link GraphLayout.labels}. */
export interface PlacedEdge {
  source: string
  target: string
  label: string
  labelIndex: number
  x1: number
  y1: number
  x2: number
  y2: number
}

/** The whole map, in a `width` × `height` box centred on the circle. */
export interface GraphLayout {
  width: number
  height: number
  nodes: PlacedNode[]
  edges: PlacedEdge[]
  /** The relation labels in use, in order of first use. */
  labels: string[]
}

/** Sizes of the layout, in SVG units. */
export interface GraphOptions {
  /** Distance along the circle between two neighbours: at least a name's line height. */
  spacing: number
  minRadius: number
  maxNameLength: number
  /** Width of one character of a name, to leave room for the longest. */
  charWidth: number
  /** Draw each coop's number (1, 2, … in name order) instead of its name, for a key shown beside the map. */
  numbered: boolean
}

const DEFAULTS: GraphOptions = { spacing: 24, minRadius: 90, maxNameLength: 24, charWidth: 7, numbered: false }

/** `name` cut to `max` characters with "…", at a word boundary when one is near the end. */
export function shortenName(name: string, max: number): string {
  const chars = [...name.trim()]
  if (chars.length <= max) return chars.join('')
  const cut = chars.slice(0, max - 1).join('')
  const space = cut.lastIndexOf(' ')
  return `${(space >= max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/** The longest run of whole words `words` begins with that another name also begins with, as a word count. */
function sharedStart(words: readonly string[], others: readonly (readonly string[])[]): number {
  let best = 0
  for (const other of others) {
    if (other === words) continue
    let count = 0
    while (count < words.length - 1 && count < other.length && words[count] === other[count]) count++
    best = Math.max(best, count)
  }
  return best
}

/**
 * Each name as short as `max` and still telling it apart: a name too long loses the words it
 * starts with in common with another name ("Cooperativa de Trabajo La Esperanza" →
 * "…La Esperanza" among other "Cooperativa de Trabajo" names), then is cut with "…". Where two
 * names would still be drawn alike ("…Río Ñandú" of "Trabajo" and of "Vivienda"), they keep
 * one more of their first words, until they differ or keep them all.
 */
export function distinctiveNames(names: readonly string[], max: number): string[] {
  const words = names.map((name) => name.trim().split(/\s+/))
  const dropped = words.map((own, index) => ([...(names[index] ?? '').trim()].length <= max ? 0 : sharedStart(own, words)))
  const drawn = (index: number): string => {
    const own = words[index] ?? []
    const drop = dropped[index] ?? 0
    return drop === 0 ? shortenName(own.join(' '), max) : `…${shortenName(own.slice(drop).join(' '), max - 1)}`
  }
  for (;;) {
    const shown = names.map((_, index) => drawn(index))
    const alike = shown.flatMap((name, index) =>
      (dropped[index] ?? 0) > 0 && shown.indexOf(name) !== shown.lastIndexOf(name) ? [index] : [],
    )
    if (alike.length === 0) return shown
    for (const index of alike) dropped[index] = (dropped[index] ?? 1) - 1
  }
}

/** Places `nodes` on a circle and joins the pairs `edges` name; edges to unknown coops, loops and repeats are left out. */
export function layoutGraph(
  nodes: readonly GraphNodeInput[],
  edges: readonly GraphEdgeInput[],
  options: Partial<GraphOptions> = {},
): GraphLayout {
  const { spacing, minRadius, maxNameLength, charWidth, numbered } = { ...DEFAULTS, ...options }
  const ordered = [...new Map(nodes.map((node) => [node.id, node])).values()].sort((a, b) => a.name.localeCompare(b.name))
  const radius = Math.max(minRadius, (ordered.length * spacing) / (2 * Math.PI))
  const shortNames = numbered
    ? ordered.map((_, index) => String(index + 1))
    : distinctiveNames(
        ordered.map((node) => node.name),
        maxNameLength,
      )
  const longest = Math.max(0, ...shortNames.map((name) => [...name].length))
  const half = radius + 10 + longest * charWidth + 8
  const placed = ordered.map((node, index): PlacedNode => {
    // Starting at the top, clockwise.
    const angle = (index / Math.max(1, ordered.length)) * 2 * Math.PI - Math.PI / 2
    const cos = Math.cos(angle)
    const sin = Math.sin(angle)
    const degrees = (angle * 180) / Math.PI
    const left = cos < -1e-9
    return {
      id: node.id,
      name: node.name,
      shortName: shortNames[index] ?? node.name,
      x: round(half + radius * cos),
      y: round(half + radius * sin),
      labelX: round(half + (radius + 10) * cos),
      labelY: round(half + (radius + 10) * sin),
      // Names on the left half are turned round, so none reads upside down.
      rotate: round(left ? degrees + 180 : degrees),
      anchor: left ? 'end' : 'start',
    }
  })
  const byId = new Map(placed.map((node) => [node.id, node]))
  const labels: string[] = []
  const seen = new Set<string>()
  const placedEdges: PlacedEdge[] = []
  for (const edge of edges) {
    const a = byId.get(edge.source)
    const b = byId.get(edge.target)
    if (!a || !b || a === b) continue
    const key = JSON.stringify([...[a.id, b.id].sort(), edge.label])
    if (seen.has(key)) continue
    seen.add(key)
    if (!labels.includes(edge.label)) labels.push(edge.label)
    placedEdges.push({ ...edge, labelIndex: labels.indexOf(edge.label), x1: a.x, y1: a.y, x2: b.x, y2: b.y })
  }
  return { width: round(2 * half), height: round(2 * half), nodes: placed, edges: placedEdges, labels }
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
