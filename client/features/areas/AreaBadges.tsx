/**
 * In front of the canvas: a small "Locked" and/or "Anonymous" badge inside the bottom-right
 * corner of each such area, sized with the zoom (areaBadges.ts), so everyone sees why an area takes no notes or shows no authors. Decorative
 * for pointers; the state is also in the area toolbar and refused edits explain themselves.
 */
import { useTranslation } from 'react-i18next'
import { useEditor, useValue } from 'tldraw'
import { measureInPageFont } from '../../lib/canvasMeasure'
import { areaBadges } from './areaBadges'
import './areas.css'

function LockIcon() {
  return (
    <svg width="11" height="11" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <rect x="2" y="5.5" width="8" height="5.5" rx="1" fill="currentColor" />
      <path d="M4 5.5V4a2 2 0 0 1 4 0v1.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
    </svg>
  )
}

/** tldraw InFrontOfTheCanvas part for Plenary's areas. */
export function AreaBadges() {
  const { t } = useTranslation()
  const editor = useEditor()
  const locked = t('areas.badge.locked')
  const anonymous = t('areas.badge.anonymous')
  const areas = useValue('plenary area badges', () => areaBadges(editor, { locked, anonymous }, measureInPageFont), [
    editor,
    locked,
    anonymous,
  ])
  if (areas.length === 0) return null
  return (
    <div className="area-badges">
      {areas.flatMap((area) =>
        area.badges.map((badge) => (
          <span
            key={`${area.id}-${badge.kind}`}
            className={`area-badge area-badge--${badge.kind}`}
            data-testid={`area-badge-${badge.kind}`}
            data-area-id={area.id}
            style={{ transform: `translate(${badge.x}px, ${badge.y}px)`, width: badge.fitted.width, fontSize: badge.fitted.fontSize }}
          >
            {badge.kind === 'locked' && <LockIcon />}
            {badge.fitted.lines[0]}
          </span>
        )),
      )}
    </div>
  )
}
