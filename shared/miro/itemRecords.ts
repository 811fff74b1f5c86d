/**
 * The tldraw records of laid-out Miro items, one per item: Miro's styles (shape kinds,
 * colours, fonts, font sizes, alignment, border styles) in tldraw's terms. Cards become notes
 * (their text from cardText.ts), images, documents and embeds dashed placeholders (their
 * label from placeholders.ts); connectors are connectorRecords.ts's.
 */
import type { StoredRecord } from '../boardDoc'
import { isBlankFill, solidColor, stickyColor } from './colors'
import { lineDash, type TldrawSize } from './connectorStyle'
import { tldrawFont } from './fonts'
import { emptyRichText, type HtmlTextResult } from './htmlText'
import type { MiroItem } from './input'
import { frameTitle } from './itemText'
import { noteScale, type Laid } from './layOut'
import { noteFontAdjustment } from './noteFit'
import { frameRecord, geoRecord, noteRecord, textRecord, type GeoKind, type Placement } from './records'

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

/** Miro's default card theme, the blue of a new card's side bar. */
const DEFAULT_CARD_THEME = '#2d9bf0'

function textSize(fontSize: string | number | undefined): TldrawSize {
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

/** The record of one laid-out item at `place`, with `text` (its content read) as its text. */
export function itemRecord(entry: Laid, place: Placement, text: HtmlTextResult | undefined): StoredRecord {
  const { item } = entry
  const richText = text?.richText ?? emptyRichText()
  const fontSizeAdjustment = noteFontAdjustment(text?.plainText ?? '')
  switch (item.type) {
    case 'sticky_note':
      return noteRecord(place, { color: stickyColor(item.style?.fillColor), richText, scale: noteScale(item), fontSizeAdjustment })
    case 'card':
      return noteRecord(place, {
        color: stickyColor(item.style?.cardTheme ?? DEFAULT_CARD_THEME),
        richText,
        scale: noteScale(item),
        fontSizeAdjustment,
      })
    case 'image':
    case 'document':
    case 'embed':
      // A hole where the content was: dashed, unfilled, its label saying what goes there.
      return geoRecord(place, {
        geo: 'rectangle',
        w: entry.w,
        h: entry.h,
        color: 'grey',
        filled: false,
        dash: 'dashed',
        font: 'sans',
        size: 'm',
        richText,
      })
    case 'frame': {
      const fill = item.style?.fillColor
      return frameRecord(
        { ...place, rotation: 0 },
        { w: entry.w, h: entry.h, name: frameTitle(item), color: isBlankFill(fill) ? 'black' : solidColor(fill) },
      )
    }
    case 'text':
      return textRecord(place, {
        w: entry.w,
        richText,
        color: solidColor(item.style?.color),
        size: textSize(item.style?.fontSize),
        font: tldrawFont(item.style?.fontFamily),
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
        dash: lineDash(item.style?.borderStyle),
        font: tldrawFont(item.style?.fontFamily),
        size: 's',
        richText,
      })
    }
  }
}
