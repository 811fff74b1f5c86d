/** A coop's corner colour as a small square, matching the frame on the canvas. */
import type { NoteColor } from '../../../shared/notes'
import { cornerColorHex } from './cornerColors'
import './coopPicker.css'

/** Decorative: the coop's name is always next to it. */
export function CoopSwatch({ color, size = 14 }: { color: NoteColor; size?: number }) {
  return <span className="coop-swatch" style={{ backgroundColor: cornerColorHex(color), width: size, height: size }} aria-hidden="true" />
}
