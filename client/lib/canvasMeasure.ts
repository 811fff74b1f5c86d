/**
 * Text widths for {@link fitLabel}, measured in the page's own sans-serif font on an
 * offscreen canvas: no layout pass, so labels can be fitted on every camera move.
 */
import type { MeasureText } from './fitLabel'

let context: CanvasRenderingContext2D | null | undefined
let family = ''
const cache = new Map<string, number>()

function canvasContext(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    context = document.createElement('canvas').getContext('2d')
    family = getComputedStyle(document.documentElement).getPropertyValue('--font-sans').trim() || 'sans-serif'
    // A width measured before a font arrived is wrong from then on.
    document.fonts?.addEventListener('loadingdone', () => cache.clear())
  }
  return context
}

/** Measures with the page's `--font-sans`; rounds up, so a label never ends a pixel short. */
export const measureInPageFont: MeasureText = (text, fontSize, fontWeight) => {
  const key = `${fontWeight} ${fontSize} ${text}`
  const known = cache.get(key)
  if (known !== undefined) return known
  const ctx = canvasContext()
  if (!ctx) return text.length * fontSize * 0.65
  ctx.font = `${fontWeight} ${fontSize}px ${family}`
  const width = Math.ceil(ctx.measureText(text).width) + 1
  // Names repeat on every frame of a pan; the cache only needs to outlive one session's labels.
  if (cache.size > 5000) cache.clear()
  cache.set(key, width)
  return width
}
