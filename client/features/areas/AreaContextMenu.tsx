/**
 * The area actions, first in tldraw's context menu, for facilitators who right-click a frame:
 * a right-click is also how a locked frame gets selected, so this is where unlocking it is
 * easiest to find. The same actions as the area toolbar.
 */
import { useContext, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { computed, TldrawUiMenuGroup, TldrawUiMenuItem, useEditor, useValue } from 'tldraw'
import { setAreaAnonymous } from '../../../shared/areas/anonymous'
import { lockArea, unlockArea } from '../../../shared/areas/locks'
import { AreaActionsContext } from './areaActionsContext'
import { sameArea, selectedArea } from './areaState'

/** The area actions' group of the context menu; nothing unless a facilitator selected a frame. */
export function AreaContextMenuItems() {
  const { t } = useTranslation()
  const editor = useEditor()
  const features = useContext(AreaActionsContext)
  const $area = useMemo(() => computed('plenary context area', () => selectedArea(editor), { isEqual: sameArea }), [editor])
  const area = useValue($area)
  if (!features || !area) return null
  return (
    <TldrawUiMenuGroup id="plenary-area">
      <TldrawUiMenuItem
        id="plenary-area-lock"
        label={t(area.locked ? 'areas.action.unlock' : 'areas.action.lock')}
        onSelect={() => void features.write((doc) => void (area.locked ? unlockArea(doc, area.id) : lockArea(doc, area.id)))}
      />
      <TldrawUiMenuItem
        id="plenary-area-anonymous"
        label={t(area.anonymous ? 'areas.action.showNewAuthors' : 'areas.action.makeAnonymous')}
        onSelect={() => void features.write((doc) => void setAreaAnonymous(doc, area.id, !area.anonymous))}
      />
    </TldrawUiMenuGroup>
  )
}
