/**
 * The records of a Miro connector between two imported shapes: a tldraw arrow drawn as Miro
 * drew the connector (connectorStyle.ts: dash, thickness, straight, curved or elbowed, its
 * ends) with its first caption as its label, then the bindings that tie its two ends to the
 * shapes, so the arrow follows them when they move.
 */
import type { StoredRecord } from '../boardDoc'
import { solidColor } from './colors'
import { arrowBend, arrowhead, arrowSize, lineDash } from './connectorStyle'
import type { Point } from './geometry'
import type { MiroItem } from './input'
import { captionText } from './itemText'
import { arrowBindingRecord, arrowRecord, type Placement } from './records'

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
  const style = item.style
  const place: Placement = { id, x: start.x, y: start.y, rotation: 0, index: connector.index, parentId: connector.pageId, miroId: item.id }
  const arrow = arrowRecord(place, {
    end: { x: end.x - start.x, y: end.y - start.y },
    elbow: item.shape === 'elbowed',
    bend: arrowBend(item.shape, start, end),
    color: solidColor(style?.strokeColor),
    dash: lineDash(style?.strokeStyle),
    size: arrowSize(style?.strokeWidth),
    start: arrowhead(style?.startStrokeCap, 'none'),
    endHead: arrowhead(style?.endStrokeCap, 'arrow'),
    richText: captionText(item),
  })
  const bindingBase = `binding:${id.slice('shape:'.length)}`
  return [
    arrow,
    arrowBindingRecord(`${bindingBase}-start`, id, connector.fromId, 'start'),
    arrowBindingRecord(`${bindingBase}-end`, id, connector.toId, 'end'),
  ]
}
