/**
 * In front of the canvas: each coop's name in its corner, readable when the board is zoomed
 * far out (see cornerOverview.ts). Decorative for pointers (clicks reach the canvas); the
 * directory is the accessible way to find a corner.
 */
import { useEditor, useValue } from 'tldraw'
import { cornerColorHex } from './cornerColors'
import { cornerShapes, overviewLabels } from './cornerOverview'
import './cornerOverview.css'

/** tldraw's InFrontOfTheCanvas component for Plenary. */
export function CornerOverview() {
  const editor = useEditor()
  // Corners change rarely; the camera often. Two values, so panning does not rescan shapes.
  const corners = useValue('plenary corners', () => cornerShapes(editor), [editor])
  const labels = useValue('plenary corner labels', () => overviewLabels(editor, corners), [editor, corners])
  if (labels.length === 0) return null
  return (
    <div className="corner-overview" aria-hidden="true">
      {labels.map((label) => (
        <div
          key={label.id}
          className="corner-overview__label"
          style={{
            transform: `translate(${label.x + 6}px, ${label.y + 6}px)`,
            maxWidth: label.maxWidth - 12,
            // The corner's colour on the label's edge ties the two together.
            borderLeft: label.color ? `3px solid ${cornerColorHex(label.color)}` : undefined,
          }}
        >
          <span className="corner-overview__name">{label.name}</span>
          {label.notes > 0 && <span className="corner-overview__notes">{label.notes}</span>}
        </div>
      ))}
    </div>
  )
}
