/**
 * In front of the canvas: each coop's name in its corner, readable when the board is zoomed
 * far out, fitted inside the corner (see cornerOverview.ts). Decorative for pointers (clicks
 * reach the canvas); the directory is the accessible way to find a corner.
 */
import { useEditor, useValue } from 'tldraw'
import { measureInPageFont } from '../../lib/canvasMeasure'
import { cornerColorHex } from './cornerColors'
import { cornerShapes, overviewLabels } from './cornerOverview'
import './cornerOverview.css'

/** tldraw's InFrontOfTheCanvas component for Plenary. */
export function CornerOverview() {
  const editor = useEditor()
  // Corners change rarely; the camera often. Two values, so panning does not rescan shapes.
  const corners = useValue('plenary corners', () => cornerShapes(editor), [editor])
  const labels = useValue('plenary corner labels', () => overviewLabels(editor, corners, measureInPageFont), [editor, corners])
  if (labels.length === 0) return null
  return (
    <div className="corner-overview" aria-hidden="true">
      {labels.map((label) => (
        <div
          key={label.id}
          className="corner-overview__label"
          data-testid="corner-label"
          data-corner-id={label.id}
          // The whole name when the label shortens it (for pointers; the directory says it to everyone).
          title={label.fitted.shortened ? label.name : undefined}
          style={{
            transform: `translate(${label.x}px, ${label.y}px)`,
            width: label.fitted.width,
            fontSize: label.fitted.fontSize,
            // The corner's colour on the label's edge ties the two together.
            borderLeft: label.color ? `3px solid ${cornerColorHex(label.color)}` : undefined,
          }}
        >
          <span className="corner-overview__name">
            {label.fitted.lines.map((line, index) => (
              <span key={index} className="corner-overview__line" data-testid="corner-label-line">
                {line}
              </span>
            ))}
          </span>
          {label.notes > 0 && <span className="corner-overview__notes">{label.notes}</span>}
        </div>
      ))}
    </div>
  )
}
