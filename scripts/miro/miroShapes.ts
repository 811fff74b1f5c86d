/** Miro's basic shapes as SVG, drawn in a `w` × `h` box. */
import { lineDash } from '../../shared/miro/connectorStyle'

/** How a shape is painted. */
export interface ShapePaint {
  fill: string
  opacity: number
  stroke: string
  /** Miro's `borderStyle`: normal, dashed or dotted. */
  dash: string | undefined
}

/** A regular polygon of `n` corners, the first at the top, stretched to the box. */
function polygon(n: number, w: number, h: number, inset = 0): string {
  return Array.from({ length: n }, (_, i) => {
    const a = -Math.PI / 2 + (i * 2 * Math.PI) / n
    return `${w / 2 + (w / 2 - inset) * Math.cos(a)},${h / 2 + (h / 2 - inset) * Math.sin(a)}`
  }).join(' ')
}

function outline(shape: string, w: number, h: number): string {
  switch (shape) {
    case 'circle':
    case 'ellipse':
      return `<ellipse cx="${w / 2}" cy="${h / 2}" rx="${w / 2}" ry="${h / 2}"/>`
    case 'round_rectangle':
      return `<rect width="${w}" height="${h}" rx="${Math.min(w, h) * 0.15}"/>`
    case 'triangle':
      return `<polygon points="${w / 2},0 ${w},${h} 0,${h}"/>`
    case 'rhombus':
      return `<polygon points="${w / 2},0 ${w},${h / 2} ${w / 2},${h} 0,${h / 2}"/>`
    case 'parallelogram':
      return `<polygon points="${w * 0.25},0 ${w},0 ${w * 0.75},${h} 0,${h}"/>`
    case 'trapezoid':
      return `<polygon points="${w * 0.2},0 ${w * 0.8},0 ${w},${h} 0,${h}"/>`
    case 'pentagon':
      return `<polygon points="${polygon(5, w, h)}"/>`
    case 'hexagon':
      return `<polygon points="0,${h / 2} ${w * 0.25},0 ${w * 0.75},0 ${w},${h / 2} ${w * 0.75},${h} ${w * 0.25},${h}"/>`
    case 'octagon':
      return `<polygon points="${polygon(8, w, h)}"/>`
    case 'can': {
      const ry = Math.min(h * 0.12, w * 0.25)
      return `<path d="M0 ${ry}A${w / 2} ${ry} 0 0 1 ${w} ${ry}V${h - ry}A${w / 2} ${ry} 0 0 1 0 ${h - ry}Z M0 ${ry}A${w / 2} ${ry} 0 0 0 ${w} ${ry}"/>`
    }
    case 'star':
      return `<polygon points="${Array.from({ length: 10 }, (_, i) => {
        const a = -Math.PI / 2 + (i * Math.PI) / 5
        const r = i % 2 === 0 ? 1 : 0.45
        return `${w / 2 + (w / 2) * r * Math.cos(a)},${h / 2 + (h / 2) * r * Math.sin(a)}`
      }).join(' ')}"/>`
    case 'wedge_round_rectangle_callout':
      return `<path d="M0 0H${w}V${h * 0.8}H${w * 0.35}L${w * 0.15} ${h}V${h * 0.8}H0Z"/>`
    default:
      return `<rect width="${w}" height="${h}"/>`
  }
}

/** The shape as an SVG element filling its item's box. */
export function shapeSvg(shape: string, w: number, h: number, paint: ShapePaint): string {
  const dash = lineDash(paint.dash)
  const dashes = dash === 'dashed' ? ' stroke-dasharray="10 6"' : dash === 'dotted' ? ' stroke-dasharray="0 5" stroke-linecap="round"' : ''
  return `<svg class="shape-svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><g fill="${paint.fill}" fill-opacity="${paint.opacity}" stroke="${paint.stroke}" stroke-width="2"${dashes}>${outline(shape, w, h)}</g></svg>`
}
