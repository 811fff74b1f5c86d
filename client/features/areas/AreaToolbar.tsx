/**
 * For facilitators, over the canvas while one frame is selected (a coop corner, a group area,
 * any frame): lock or unlock the whole area, make it anonymous or show the authors of new
 * notes. A locked frame is selected with a right-click, as tldraw selects locked shapes.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { computed, useValue, type Editor } from 'tldraw'
import { setAreaAnonymous } from '../../../shared/areas/anonymous'
import { lockArea, unlockArea } from '../../../shared/areas/locks'
import type { FeatureDoc } from '../../sync/featureDoc'
import { sameArea, selectedArea } from './areaState'
import './areas.css'

/** Props of {@link AreaToolbar}. */
export interface AreaToolbarProps {
  editor: Editor
  features: FeatureDoc
}

/** A pill with the selected area's name and its two toggles; nothing without a selected frame. */
export function AreaToolbar({ editor, features }: AreaToolbarProps) {
  const { t } = useTranslation()
  const $area = useMemo(() => computed('plenary selected area', () => selectedArea(editor), { isEqual: sameArea }), [editor])
  const area = useValue($area)
  if (!area) return null
  const { id } = area
  const name = area.name ?? t('areas.frame')
  return (
    <div className="notice area-toolbar" role="group" aria-label={t('areas.toolbar.label', { name })} data-testid="area-toolbar">
      <span className="area-toolbar__name" title={name}>
        {name}
      </span>
      <button
        type="button"
        className="notice__action"
        aria-pressed={area.locked}
        onClick={() => features.write((doc) => void (area.locked ? unlockArea(doc, id) : lockArea(doc, id)))}
      >
        {t(area.locked ? 'areas.action.unlock' : 'areas.action.lock')}
      </button>
      <button
        type="button"
        className="notice__action"
        aria-pressed={area.anonymous}
        // Stripped authors are gone; the tooltip says so, so nobody waits for them to come back.
        title={area.anonymous ? t('areas.action.showNewAuthorsHint') : undefined}
        onClick={() => features.write((doc) => void setAreaAnonymous(doc, id, !area.anonymous))}
      >
        {t(area.anonymous ? 'areas.action.showNewAuthors' : 'areas.action.makeAnonymous')}
      </button>
    </div>
  )
}
