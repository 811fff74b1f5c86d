/**
 * Miro's fonts in tldraw's terms. tldraw draws four families (IBM Plex Sans, Serif and Mono,
 * and Shantell Sans, its hand-drawn "draw"); Miro offers some thirty fonts. Each goes to the
 * family it looks like; only IBM Plex is carried over exactly, every other font is reported.
 */

/** tldraw's font styles. */
export type TldrawFont = 'draw' | 'sans' | 'serif' | 'mono'

/** Miro fonts that tldraw draws exactly. */
const EXACT: Readonly<Record<string, TldrawFont>> = { plex_sans: 'sans', plex_serif: 'serif', plex_mono: 'mono' }

/** Miro fonts by the tldraw family that looks most like them; the rest are sans-serif. */
const SERIF = new Set([
  'pt_serif',
  'eb_garamond',
  'georgia',
  'times_new_roman',
  'roboto_slab',
  'noto_serif',
  'tiempos_text',
  'abril_fatface',
  'gravitas_one',
])
const MONO = new Set(['roboto_mono', 'source_code_pro', 'courier_new'])
const HANDWRITTEN = new Set(['caveat', 'permanent_marker', 'lemon_tuesday', 'shantell_sans'])

/** The tldraw font for a Miro `style.fontFamily`; `fallback` when Miro gives none. */
export function tldrawFont(family: string | undefined, fallback: TldrawFont = 'sans'): TldrawFont {
  if (family === undefined) return fallback
  const exact = EXACT[family]
  if (exact) return exact
  if (SERIF.has(family)) return 'serif'
  if (MONO.has(family)) return 'mono'
  if (HANDWRITTEN.has(family)) return 'draw'
  return 'sans'
}

/** Whether a Miro font is drawn as something else (reported as not carried over). */
export function isFontReplaced(family: string | undefined): boolean {
  return family !== undefined && !Object.hasOwn(EXACT, family)
}
