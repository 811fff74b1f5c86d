/**
 * Miro connectors drawn as Miro draws them: a straight, elbowed or curved line between two
 * items' edges, solid, dashed or dotted, with Miro's end caps and its captions at the middle.
 */
import type { Point } from '../../shared/miro/geometry'
import type { MiroItem } from '../../shared/miro/input'
import { captionText } from '../../shared/miro/itemText'
import { arrowBend, lineDash } from '../../shared/miro/connectorStyle'
import { escapeHtml } from '../../shared/text/html'
import { richTextHtml } from './miroText'

/** An item's drawn box: its centre and size, in canvas coordinates. */
export interface DrawnBox {
  centre: Point
  w: number
  h: number
}

/** A line's course: its SVG path, where it starts and ends, which way it leaves and arrives, and its middle. */
interface Course {
  d: string
  start: Point
  end: Point
  /** Unit direction pointing out of the start, backwards along the line. */
  startDir: Point
  /** Unit direction pointing into the end. */
  endDir: Point
  middle: Point
}

const unit = (x: number, y: number): Point => {
  const length = Math.hypot(x, y) || 1
  return { x: x / length, y: y / length }
}

/** Where the ray from a box's centre toward `toward` leaves the box. */
function edgeToward(box: DrawnBox, toward: Point): Point {
  const dx = toward.x - box.centre.x
  const dy = toward.y - box.centre.y
  const t = Math.min(dx === 0 ? Infinity : box.w / 2 / Math.abs(dx), dy === 0 ? Infinity : box.h / 2 / Math.abs(dy))
  return Number.isFinite(t) ? { x: box.centre.x + dx * t, y: box.centre.y + dy * t } : box.centre
}

function straight(from: DrawnBox, to: DrawnBox): Course {
  const start = edgeToward(from, to.centre)
  const end = edgeToward(to, from.centre)
  const dir = unit(end.x - start.x, end.y - start.y)
  return {
    d: `M${start.x} ${start.y}L${end.x} ${end.y}`,
    start,
    end,
    startDir: { x: -dir.x, y: -dir.y },
    endDir: dir,
    middle: { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 },
  }
}

/** Miro's elbow: out of the side facing the other item, across at half way, and in. */
function elbowed(from: DrawnBox, to: DrawnBox): Course {
  const dx = to.centre.x - from.centre.x
  const dy = to.centre.y - from.centre.y
  if (Math.abs(dx) >= Math.abs(dy)) {
    const sx = Math.sign(dx) || 1
    const start = { x: from.centre.x + (sx * from.w) / 2, y: from.centre.y }
    const end = { x: to.centre.x - (sx * to.w) / 2, y: to.centre.y }
    const midX = (start.x + end.x) / 2
    return {
      d: `M${start.x} ${start.y}H${midX}V${end.y}H${end.x}`,
      start,
      end,
      startDir: { x: -sx, y: 0 },
      endDir: { x: sx, y: 0 },
      middle: { x: midX, y: (start.y + end.y) / 2 },
    }
  }
  const sy = Math.sign(dy) || 1
  const start = { x: from.centre.x, y: from.centre.y + (sy * from.h) / 2 }
  const end = { x: to.centre.x, y: to.centre.y - (sy * to.h) / 2 }
  const midY = (start.y + end.y) / 2
  return {
    d: `M${start.x} ${start.y}V${midY}H${end.x}V${end.y}`,
    start,
    end,
    startDir: { x: 0, y: -sy },
    endDir: { x: 0, y: sy },
    middle: { x: (start.x + end.x) / 2, y: midY },
  }
}

/** A bow to the left of the line, as deep as the importer bends the tldraw arrow. */
function curved(from: DrawnBox, to: DrawnBox): Course {
  const line = straight(from, to)
  const { start, end } = line
  const bend = arrowBend('curved', start, end)
  const normal = { x: line.endDir.y, y: -line.endDir.x }
  // A quadratic curve's middle lies half way to its control point.
  const control = { x: line.middle.x + normal.x * bend * 2, y: line.middle.y + normal.y * bend * 2 }
  return {
    d: `M${start.x} ${start.y}Q${control.x} ${control.y} ${end.x} ${end.y}`,
    start,
    end,
    startDir: unit(start.x - control.x, start.y - control.y),
    endDir: unit(end.x - control.x, end.y - control.y),
    middle: { x: line.middle.x + normal.x * bend, y: line.middle.y + normal.y * bend },
  }
}

/** Miro's end cap at `tip`, the line arriving along `dir`, `size` long. */
function capSvg(cap: string, tip: Point, dir: Point, size: number, color: string, width: number): string {
  const back = (along: number, across: number): Point => ({
    x: tip.x - dir.x * along - dir.y * across,
    y: tip.y - dir.y * along + dir.x * across,
  })
  const pts = (...points: Point[]) => points.map((p) => `${p.x},${p.y}`).join(' ')
  const stroke = `stroke="${color}" stroke-width="${width}" stroke-linejoin="round"`
  switch (cap) {
    case 'none':
      return ''
    case 'arrow':
      return `<polyline points="${pts(back(size, size * 0.6), tip, back(size, -size * 0.6))}" fill="none" ${stroke}/>`
    case 'triangle':
    case 'filled_triangle':
      return `<polygon points="${pts(tip, back(size, size * 0.6), back(size, -size * 0.6))}" fill="${cap === 'triangle' ? '#fff' : color}" ${stroke}/>`
    case 'diamond':
    case 'filled_diamond':
      return `<polygon points="${pts(tip, back(size * 0.7, size * 0.45), back(size * 1.4, 0), back(size * 0.7, -size * 0.45))}" fill="${cap === 'diamond' ? '#fff' : color}" ${stroke}/>`
    case 'oval':
    case 'filled_oval': {
      const c = back(size * 0.4, 0)
      return `<circle cx="${c.x}" cy="${c.y}" r="${size * 0.4}" fill="${cap === 'oval' ? '#fff' : color}" ${stroke}/>`
    }
    case 'erd_one':
    case 'erd_only_one':
    case 'erd_zero_or_one': {
      const bar = (at: number) => `<polyline points="${pts(back(at, size * 0.6), back(at, -size * 0.6))}" fill="none" ${stroke}/>`
      return bar(size * 0.5) + (cap === 'erd_only_one' ? bar(size) : '')
    }
    case 'erd_many':
    case 'erd_one_or_many':
    case 'erd_zero_or_many':
      return `<polyline points="${pts(back(0, size * 0.7), back(size, 0), back(0, -size * 0.7))}" fill="none" ${stroke}/>`
    default:
      // "stealth" (Miro's default end) and "rounded_stealth": a filled, notched arrowhead.
      return `<polygon points="${pts(tip, back(size * 1.1, size * 0.55), back(size * 0.75, 0), back(size * 1.1, -size * 0.55))}" fill="${color}" ${stroke}/>`
  }
}

function widthOf(value: string | number | undefined): number {
  const width = typeof value === 'number' ? value : Number.parseFloat(value ?? '')
  return Number.isFinite(width) && width > 0 ? width : 1
}

/** A connector as SVG (line and caps) and HTML (its captions); empty when an end is not drawn. */
export function connectorMarkup(item: MiroItem, boxes: ReadonlyMap<string, DrawnBox>, px: number): { svg: string; html: string } {
  const from = item.startItem ? boxes.get(item.startItem.id) : undefined
  const to = item.endItem ? boxes.get(item.endItem.id) : undefined
  if (!from || !to) return { svg: '', html: '' }
  const course = item.shape === 'elbowed' ? elbowed(from, to) : item.shape === 'curved' ? curved(from, to) : straight(from, to)
  const style = item.style ?? {}
  const color = escapeHtml(style.strokeColor ?? '#1a1a1a')
  // Miro draws lines at least a screen pixel wide, whatever the zoom.
  const width = Math.max(widthOf(style.strokeWidth), px)
  const dash = lineDash(style.strokeStyle)
  const dashes =
    dash === 'dashed'
      ? ` stroke-dasharray="${width * 5} ${width * 3}"`
      : dash === 'dotted'
        ? ` stroke-dasharray="0 ${width * 2.5}" stroke-linecap="round"`
        : ''
  const size = Math.max(8 + 2 * width, 7 * px)
  const svg =
    `<path d="${course.d}" fill="none" stroke="${color}" stroke-width="${width}"${dashes}/>` +
    capSvg(style.startStrokeCap ?? 'none', course.start, course.startDir, size, color, width) +
    capSvg(style.endStrokeCap ?? 'stealth', course.end, course.endDir, size, color, width)
  const caption = item.captions?.length ? richTextHtml(captionText(item)) : ''
  const html =
    caption === ''
      ? ''
      : `<div class="caption" style="left:${course.middle.x}px;top:${course.middle.y}px;font-size:${Math.max(14, 11 * px)}px">${caption}</div>`
  return { svg, html }
}
