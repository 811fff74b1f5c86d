/**
 * A Miro board drawn as Miro draws it, as one HTML page: frames as white boards with their
 * title above, stickies as square notes in Miro's own colours, shapes, texts, cards with their
 * theme bar, images as grey boxes with their title, and connectors. Positions are Miro's:
 * `position` is the item's centre, relative to its frame's top-left when `relativeTo` says
 * `parent_top_left` (the importer's `layOut`). Text is the importer's reading of Miro's HTML.
 */
import { boundsOf, type Box } from '../../shared/geometry'
import { MIRO_STICKY_HEX, type MiroStickyColor } from '../../shared/miro/colors'
import { parseHexColor } from '../../shared/miro/colorDifference'
import { boxGap } from '../../shared/miro/geometry'
import type { MiroItem } from '../../shared/miro/input'
import { contentText, frameTitle } from '../../shared/miro/itemText'
import { layOut, type Laid } from '../../shared/miro/layOut'
import { connectorMarkup, type DrawnBox } from './miroConnectors'
import { escapeHtml } from '../../shared/text/html'
import { richTextHtml } from './miroText'
import { shapeSvg } from './miroShapes'

/** Items farther than this from every frame are left out of the default view (and listed under it). */
const NEAR_FRAMES = 1500

/** Miro's placeholder glyphs for an image and a document (drawn, so no emoji font is needed). */
const PICTURE_ICON =
  '<svg width="48" height="40" viewBox="0 0 48 40" fill="none" stroke="#8a8a8a" stroke-width="3"><rect x="2" y="2" width="44" height="36" rx="3"/><circle cx="15" cy="13" r="4"/><path d="M4 34l13-13 9 9 6-6 12 12"/></svg>'
const PAGE_ICON =
  '<svg width="36" height="44" viewBox="0 0 36 44" fill="none" stroke="#8a8a8a" stroke-width="3"><path d="M2 2h22l10 10v30H2z M24 2v10h10 M9 22h18 M9 29h18 M9 36h12"/></svg>'

/** A drawn item: what it is, where, and its markup. */
interface Drawn {
  laid: Laid
  box: DrawnBox
}

function css(color: string | undefined, fallback: string): string {
  if (color === undefined || color === 'transparent') return fallback
  return parseHexColor(color) ? escapeHtml(color) : fallback
}

function stickyFill(fill: string | undefined): string {
  if (fill !== undefined && Object.hasOwn(MIRO_STICKY_HEX, fill)) return MIRO_STICKY_HEX[fill as MiroStickyColor]
  return css(fill, MIRO_STICKY_HEX.light_yellow)
}

/** The size Miro draws an item at: its geometry, a square for square stickies. */
function drawnSize(item: MiroItem): { w: number; h: number } {
  const w = item.geometry?.width ?? (item.type === 'sticky_note' ? 199 : item.type === 'text' ? 300 : 200)
  const h = item.geometry?.height ?? (item.type === 'text' ? 60 : w)
  return item.type === 'sticky_note' && item.data?.shape !== 'rectangle' ? { w, h: w } : { w, h }
}

function text(html: string | undefined, item: MiroItem): string {
  const read = contentText(html, item, [])
  return read ? richTextHtml(read.richText) : ''
}

function fontSize(item: MiroItem, fallback: number): number {
  const value = Number.parseFloat(String(item.style?.fontSize ?? ''))
  return Number.isFinite(value) && value > 0 ? value : fallback
}

function align(item: MiroItem): string {
  const value = item.style?.textAlign
  return value === 'left' || value === 'right' ? value : 'center'
}

/** The inner markup of one item, drawn in a box of its size at its place. */
function itemBody(item: MiroItem, w: number, h: number, px: number): string {
  const style = item.style ?? {}
  switch (item.type) {
    case 'frame':
      return (
        `<div class="frame" style="background:${css(style.fillColor, '#fff')}"></div>` +
        `<div class="frame-title" style="font-size:${14 * px}px;top:${-22 * px}px">${escapeHtml(frameTitle(item))}</div>`
      )
    case 'sticky_note': {
      const dark = style.fillColor === 'black'
      return `<div class="sticky fit" data-max="${Math.round(w / 5)}" style="background:${stickyFill(style.fillColor)};color:${dark ? '#fff' : '#1a1a1a'};text-align:${align(item)}"><div class="fit-inner">${text(item.data?.content, item)}</div></div>`
    }
    case 'text':
      return `<div class="text" style="color:${css(style.color, '#1a1a1a')};font-size:${fontSize(item, 14)}px;text-align:${align(item) === 'center' && style.textAlign === undefined ? 'left' : align(item)}">${text(item.data?.content, item)}</div>`
    case 'shape':
      return (
        shapeSvg(item.data?.shape ?? 'rectangle', w, h, {
          fill: css(style.fillColor, 'none'),
          opacity: Number.parseFloat(String(style.fillOpacity ?? '1')) || 1,
          stroke: css(style.borderColor, '#1a1a1a'),
          dash: style.borderStyle,
        }) +
        `<div class="shape-text fit" data-max="${fontSize(item, 14)}" style="color:${css(style.color, '#1a1a1a')};text-align:${align(item)}"><div class="fit-inner">${text(item.data?.content, item)}</div></div>`
      )
    case 'card':
    case 'app_card':
      return (
        `<div class="card"><div class="card-bar" style="background:${css(style.cardTheme, '#2d9bf0')}"></div>` +
        `<div class="card-title">${text(item.data?.title, item)}</div><div class="card-text">${text(item.data?.description, item)}</div></div>`
      )
    case 'image':
    case 'document':
    case 'embed':
    case 'preview':
      return `<div class="image">${item.type === 'image' ? PICTURE_ICON : PAGE_ICON}<div>${text(item.data?.title ?? item.type, item)}</div></div>`
    default:
      return `<div class="unknown">${escapeHtml(item.type)}</div>`
  }
}

/** The drawn items' boxes, unrotated, in canvas coordinates. */
function boxOf(drawn: Drawn): Box {
  return { x: drawn.box.centre.x - drawn.box.w / 2, y: drawn.box.centre.y - drawn.box.h / 2, w: drawn.box.w, h: drawn.box.h }
}

/** What the picture shows: the frames and what lies near them, or everything (`all`). */
function viewOf(drawn: readonly Drawn[], all: boolean): { view: Box; outside: Drawn[] } {
  const frames = drawn.filter((d) => d.laid.item.type === 'frame').map(boxOf)
  const framesBox = boundsOf(frames)
  const inView = all || !framesBox ? drawn : drawn.filter((d) => boxGap(boxOf(d), framesBox) <= NEAR_FRAMES)
  const view = boundsOf(inView.map(boxOf)) ?? { x: 0, y: 0, w: 100, h: 100 }
  return { view, outside: drawn.filter((d) => !inView.includes(d)) }
}

/** Options of the drawing. */
export interface SceneOptions {
  /** Largest picture side, in CSS pixels. */
  maxSide: number
  /** Show every item, far ones included (Miro's "zoom to fit"). */
  all: boolean
}

/** The HTML page of the board, and its size in CSS pixels. */
export function boardPage(items: readonly MiroItem[], options: SceneOptions): { html: string; width: number; height: number } {
  const connectors = items.filter((item) => item.type === 'connector')
  const laid = layOut(
    items.filter((item) => item.type !== 'connector'),
    () => {},
  )
  const drawn: Drawn[] = laid.map((entry) => ({ laid: entry, box: { centre: entry.centre, ...drawnSize(entry.item) } }))
  const { view: inner, outside } = viewOf(drawn, options.all)
  const margin = Math.max(inner.w, inner.h) * 0.04 + 60
  const view = { x: inner.x - margin, y: inner.y - margin, w: inner.w + 2 * margin, h: inner.h + 2 * margin }
  const scale = Math.min(1, options.maxSide / view.w, options.maxSide / view.h)
  // One screen pixel in canvas units: frame titles and captions keep Miro's on-screen size.
  const px = 1 / scale
  const boxes = new Map(drawn.map((d) => [d.laid.item.id, d.box]))
  const order = [...drawn].sort((a, b) => Number(b.laid.item.type === 'frame') - Number(a.laid.item.type === 'frame'))
  const itemsHtml = order
    .map(({ laid: { item, radians }, box }) => {
      const turn = radians === 0 ? '' : `transform:rotate(${radians}rad);`
      return `<div class="item ${escapeHtml(item.type)}-item" style="left:${box.centre.x - box.w / 2}px;top:${box.centre.y - box.h / 2}px;width:${box.w}px;height:${box.h}px;${turn}">${itemBody(item, box.w, box.h, px)}</div>`
    })
    .join('\n')
  const lines = connectors.map((item) => connectorMarkup(item, boxes, px))
  const width = Math.ceil(view.w * scale)
  const height = Math.ceil(view.h * scale)
  const note =
    outside.length === 0
      ? ''
      : `<div class="outside">Not in view: ${outside.map(({ laid: { item, centre } }) => `${escapeHtml(item.type)} ${escapeHtml(item.id)} at (${Math.round(centre.x)}, ${Math.round(centre.y)})`).join('; ')}</div>`
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body style="width:${width}px;height:${height}px">
<div class="board" style="transform:scale(${scale})"><div class="canvas" style="left:${-view.x}px;top:${-view.y}px">
${itemsHtml}
<svg class="lines" style="left:${view.x}px;top:${view.y}px" width="${view.w}" height="${view.h}" viewBox="${view.x} ${view.y} ${view.w} ${view.h}">${lines.map((l) => l.svg).join('')}</svg>
${lines.map((l) => l.html).join('')}
</div></div>${note}</body></html>`
  return { html, width, height }
}

const STYLE = `
* { box-sizing: border-box; }
body { margin: 0; overflow: hidden; position: relative; font-family: "Open Sans", Arial, "Noto Sans", "DejaVu Sans", sans-serif;
  background: #f2f2f2 radial-gradient(#d4d4d4 1px, transparent 1px) 0 0 / 24px 24px; }
p { margin: 0; }
a { color: #4262ff; text-decoration: underline; }
.board { position: absolute; left: 0; top: 0; transform-origin: 0 0; }
.canvas { position: absolute; }
.item { position: absolute; transform-origin: center; }
.lines { position: absolute; overflow: visible; pointer-events: none; }
.frame { position: absolute; inset: 0; box-shadow: 0 0 0 1px rgba(0,0,0,0.08), 0 1px 3px rgba(0,0,0,0.06); }
.frame-title { position: absolute; left: 0; white-space: nowrap; color: #636363; }
.sticky { position: absolute; inset: 0; display: flex; flex-direction: column; justify-content: center; padding: 8%; overflow: hidden;
  box-shadow: 0 1px 2px rgba(0,0,0,0.12), 0 4px 12px rgba(0,0,0,0.08); overflow-wrap: anywhere; line-height: 1.3; }
.text { position: absolute; inset: 0 auto auto 0; width: 100%; line-height: 1.35; overflow-wrap: anywhere; }
.shape-text { position: absolute; inset: 0; display: flex; flex-direction: column; justify-content: center; padding: 10%; overflow: hidden; line-height: 1.3; }
.shape-svg { position: absolute; inset: 0; overflow: visible; }
.card { position: absolute; inset: 0; background: #fff; border-radius: 6px; overflow: hidden; padding: 16px 14px 10px;
  box-shadow: 0 0 0 1px rgba(0,0,0,0.1), 0 2px 6px rgba(0,0,0,0.08); font-size: 14px; line-height: 1.35; color: #1a1a1a; }
.card-bar { position: absolute; left: 0; right: 0; top: 0; height: 6px; }
.card-title { font-weight: 600; margin-bottom: 4px; }
.card-text { color: #4a4a4a; font-size: 12px; }
.image { position: absolute; inset: 0; background: #e6e6e6; display: flex; flex-direction: column; align-items: center; justify-content: center;
  gap: 8px; color: #555; font-size: 16px; text-align: center; padding: 12px; }
.unknown { position: absolute; inset: 0; border: 2px dashed #999; color: #666; display: flex; align-items: center; justify-content: center; }
.caption { position: absolute; transform: translate(-50%, -50%); background: #fff; padding: 0 4px; white-space: nowrap; color: #1a1a1a; }
.outside { position: absolute; left: 8px; bottom: 6px; font-size: 12px; color: #555; background: rgba(255,255,255,0.8); padding: 2px 6px; }
`
