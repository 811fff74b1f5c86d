/**
 * The tldraw records of laid-out Miro items: Miro's styles (shape kinds, colours, font sizes,
 * alignment, stroke caps) in tldraw's terms, one record per item and three per connector
 * (the arrow and the bindings of its two ends).
 */
import type { StoredRecord } from '../boardDoc'
import { isBlankFill, solidColor, stickyColor } from './colors'
import type { Point } from './geometry'
import { emptyRichText, type HtmlTextResult } from './htmlText'
import type { MiroItem } from './input'
import { captionText, frameTitle } from './itemText'
import { noteScale, type Laid } from './layOut'
import { arrowBindingRecord, arrowRecord, frameRecord, geoRecord, noteRecord, textRecord, type Arrowhead, type GeoKind, type Placement } from './records'

/** Miro shapes with a tldraw geo equivalent. */
const GEO_OF_MIRO_SHAPE: Readonly<Record<string, GeoKind>> = {
  rectangle: 'rectangle',
  round_rectangle: 'rectangle',
  flow_chart_process: 'rectangle',
  circle: 'ellipse',
  flow_chart_connector: 'ellipse',
  triangle: 'triangle',
  rhombus: 'diamond',
  flow_chart_decision: 'diamond',
  parallelogram: 'rhombus',
  flow_chart_input_output: 'rhombus',
  trapezoid: 'trapezoid',
  flow_chart_manual_operation: 'trapezoid',
  pentagon: 'pentagon',
  hexagon: 'hexagon',
  flow_chart_preparation: 'hexagon',
  octagon: 'octagon',
  star: 'star',
  cloud: 'cloud',
  right_arrow: 'arrow-right',
  left_arrow: 'arrow-left',
  flow_chart_terminator: 'oval',
}

/** The Miro shape kind of a shape item; Miro's default is a rectangle. */
export function miroShapeOf(item: MiroItem): string {
  return item.data?.shape ?? 'rectangle'
}

/** Whether tldraw has a geo shape for the Miro shape kind `shape`. */
export function hasGeo(shape: string): boolean {
  return Object.hasOwn(GEO_OF_MIRO_SHAPE, shape)
}

function textSize(fontSize: string | number | undefined): 's' | 'm' | 'l' | 'xl' {
  const size = typeof fontSize === 'number' ? fontSize : Number.parseFloat(fontSize ?? '')
  if (!Number.isFinite(size) || size <= 20) return 's'
  if (size <= 32) return 'm'
  if (size <= 48) return 'l'
  return 'xl'
}

function textAlign(align: string | undefined): 'start' | 'middle' | 'end' {
  return align === 'center' ? 'middle' : align === 'right' ? 'end' : 'start'
}

function fillOpacity(value: string | number | undefined): number {
  const opacity = typeof value === 'number' ? value : Number.parseFloat(value ?? '1')
  return Number.isFinite(opacity) ? opacity : 1
}

/** tldraw's arrowhead for a Miro stroke cap. */
function arrowhead(cap: string | undefined, fallback: Arrowhead): Arrowhead {
  if (cap === undefined) return fallback
  if (cap === 'none') return 'none'
  if (cap.includes('triangle')) return 'triangle'
  if (cap.includes('diamond')) return 'diamond'
  if (cap.includes('oval') || cap.includes('circle')) return 'dot'
  if (cap.startsWith('erd_')) return 'bar'
  return 'arrow'
}

/** The record of one laid-out item at `place`, with `text` (its content read) as its text. */
export function itemRecord(entry: Laid, place: Placement, text: HtmlTextResult | undefined): StoredRecord {
  const { item } = entry
  const richText = text?.richText ?? emptyRichText()
  switch (item.type) {
    case 'sticky_note':
      return noteRecord(place, { color: stickyColor(item.style?.fillColor), richText, scale: noteScale(item) })
    case 'frame': {
      const fill = item.style?.fillColor
      return frameRecord({ ...place, rotation: 0 }, { w: entry.w, h: entry.h, name: frameTitle(item), color: isBlankFill(fill) ? 'black' : solidColor(fill) })
    }
    case 'text':
      return textRecord(place, {
        w: entry.w,
        richText,
        color: solidColor(item.style?.color),
        size: textSize(item.style?.fontSize),
        align: textAlign(item.style?.textAlign),
      })
    default: {
      const fill = item.style?.fillColor
      const filled = !isBlankFill(fill) && fillOpacity(item.style?.fillOpacity) > 0
      return geoRecord(place, {
        geo: GEO_OF_MIRO_SHAPE[miroShapeOf(item)] ?? 'rectangle',
        w: entry.w,
        h: entry.h,
        color: filled ? solidColor(fill) : solidColor(item.style?.borderColor),
        filled,
        richText,
      })
    }
  }
}

/** A connector on the page between two imported shapes. */
export interface PlacedConnector {
  item: MiroItem
  /** The arrow's shape id. */
  id: string
  /** Stacking index among the page's shapes. */
  index: string
  pageId: string
  /** Page coordinates of the centres it joins, and the ids of the shapes there. */
  start: Point
  end: Point
  fromId: string
  toId: string
}

/** The arrow of a connector, then the bindings of its start and end. */
export function connectorRecords(connector: PlacedConnector): StoredRecord[] {
  const { item, id, start, end } = connector
  const place: Placement = { id, x: start.x, y: start.y, rotation: 0, index: connector.index, parentId: connector.pageId, miroId: item.id }
  const arrow = arrowRecord(place, {
    end: { x: end.x - start.x, y: end.y - start.y },
    elbow: item.shape === 'elbowed',
    color: solidColor(item.style?.strokeColor),
    start: arrowhead(item.style?.startStrokeCap, 'none'),
    endHead: arrowhead(item.style?.endStrokeCap, 'arrow'),
    richText: captionText(item),
  })
  const bindingBase = `binding:${id.slice('shape:'.length)}`
  return [
    arrow,
    arrowBindingRecord(`${bindingBase}-start`, id, connector.fromId, 'start'),
    arrowBindingRecord(`${bindingBase}-end`, id, connector.toId, 'end'),
  ]
}
