/**
 * In front of the canvas: a small "Locked" and/or "Anonymous" badge at the top-right corner of
 * each such area, so everyone sees why an area takes no notes or shows no authors. Decorative
 * for pointers; the state is also in the area toolbar and refused edits explain themselves.
 */
import { useTranslation } from 'react-i18next'
import { useEditor, useValue } from 'tldraw'
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
  const badges = useValue('plenary area badges', () => areaBadges(editor), [editor])
  if (badges.length === 0) return null
  return (
    <div className="area-badges">
      {badges.map((badge) => (
        <div key={badge.id} className="area-badges__group" style={{ transform: `translate(${badge.x}px, ${badge.y - 4}px) translate(-100%, -100%)` }}>
          {badge.locked && (
            <span className="area-badge area-badge--locked" data-testid="area-badge-locked">
              <LockIcon />
              {t('areas.badge.locked')}
            </span>
          )}
          {badge.anonymous && (
            <span className="area-badge area-badge--anonymous" data-testid="area-badge-anonymous">
              {t('areas.badge.anonymous')}
            </span>
          )}
        </div>
      ))}
    </div>
  )
}
