/**
 * How different two colours look: sRGB hex → CIELAB (D65) → CIEDE2000 ΔE.
 * CIEDE2000 rather than a plain distance because it weighs hue more than lightness for pale,
 * saturated colours (sticky notes): OKLab or RGB distance pair Miro's light green and light pink
 * with tldraw's pale yellow and grey notes, CIEDE2000 with its light green and light red.
 * Formulas: CIE 15:2004 (sRGB, CIELAB) and Sharma, Wu & Dalal (2005) for ΔE00.
 */

/** An sRGB colour as [r, g, b], each 0–255. */
export type Rgb = readonly [number, number, number]
/** A CIELAB colour as [L*, a*, b*]. */
export type Lab = readonly [number, number, number]

/** #rgb, #rrggbb or #rrggbbaa (alpha ignored) as [r, g, b], or null for anything else. */
export function parseHexColor(value: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(value.trim())
  const hex = match?.[1]
  if (!hex) return null
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex.slice(0, 6)
  const channel = (at: number) => Number.parseInt(full.slice(at, at + 2), 16)
  return [channel(0), channel(2), channel(4)]
}

function linear(channel: number): number {
  const c = channel / 255
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

/** An sRGB colour in CIELAB, D65 white. */
export function rgbToLab([r8, g8, b8]: Rgb): Lab {
  const [r, g, b] = [linear(r8), linear(g8), linear(b8)]
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116)
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
}

/** Chroma (distance from grey) of a CIELAB colour. */
export function chroma([, a, b]: Lab): number {
  return Math.hypot(a, b)
}

const DEG = Math.PI / 180

function hueDegrees(b: number, a: number): number {
  if (a === 0 && b === 0) return 0
  const h = Math.atan2(b, a) / DEG
  return h < 0 ? h + 360 : h
}

/** CIEDE2000 colour difference; about 1 is the smallest difference a person notices side by side. */
export function deltaE2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
  const meanC = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2
  const g = 0.5 * (1 - Math.sqrt(meanC ** 7 / (meanC ** 7 + 25 ** 7)))
  const a1p = a1 * (1 + g)
  const a2p = a2 * (1 + g)
  const c1 = Math.hypot(a1p, b1)
  const c2 = Math.hypot(a2p, b2)
  const h1 = hueDegrees(b1, a1p)
  const h2 = hueDegrees(b2, a2p)
  const neutral = c1 * c2 === 0

  let dh = neutral ? 0 : h2 - h1
  if (dh > 180) dh -= 360
  else if (dh < -180) dh += 360
  const dL = l2 - l1
  const dC = c2 - c1
  const dH = 2 * Math.sqrt(c1 * c2) * Math.sin((dh / 2) * DEG)

  const meanL = (l1 + l2) / 2
  const meanCp = (c1 + c2) / 2
  let meanH = h1 + h2
  if (!neutral) {
    if (Math.abs(h1 - h2) <= 180) meanH = (h1 + h2) / 2
    else meanH = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2
  }
  const t =
    1 -
    0.17 * Math.cos((meanH - 30) * DEG) +
    0.24 * Math.cos(2 * meanH * DEG) +
    0.32 * Math.cos((3 * meanH + 6) * DEG) -
    0.2 * Math.cos((4 * meanH - 63) * DEG)
  const sL = 1 + (0.015 * (meanL - 50) ** 2) / Math.sqrt(20 + (meanL - 50) ** 2)
  const sC = 1 + 0.045 * meanCp
  const sH = 1 + 0.015 * meanCp * t
  const rT = -2 * Math.sqrt(meanCp ** 7 / (meanCp ** 7 + 25 ** 7)) * Math.sin(60 * Math.exp(-(((meanH - 275) / 25) ** 2)) * DEG)
  return Math.sqrt((dL / sL) ** 2 + (dC / sC) ** 2 + (dH / sH) ** 2 + rT * (dC / sC) * (dH / sH))
}

/** CIEDE2000 difference between two hex colours, or NaN when either is not one. */
export function hexDifference(a: string, b: string): number {
  const rgbA = parseHexColor(a)
  const rgbB = parseHexColor(b)
  return rgbA && rgbB ? deltaE2000(rgbToLab(rgbA), rgbToLab(rgbB)) : Number.NaN
}
