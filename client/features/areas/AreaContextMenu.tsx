/**
 * tldraw's context menu with the area actions first, for facilitators who right-click a frame:
 * a right-click is also how a locked frame gets selected, so this is where unlocking it is
 * easiest to find. The same actions as the area toolbar.
 */
import { useContext, useMemo } from 'react'
import {
  computed,
  DefaultContextMenu,
  DefaultContextMenuContent,
  TldrawUiMenuGroup,
  TldrawUiMenuItem,
  useEditor,
  useValue,
  type TLUiContextMenuProps,
} from 'tldraw'
import { setAreaAnonymous } from '../../../shared/anonymous'
import { lockArea, unlockArea } from '../../../shared/locks'
import { AreaActionsContext } from './areaActionsContext'
import { sameArea, selectedArea } from './areaState'

/** The context menu component for tldraw's `components.ContextMenu`. */
export function AreaContextMenu(props: TLUiContextMenuProps) {
  const editor = useEditor()
  const features = useContext(AreaActionsContext)
  const $area = useMemo(() => computed('plenary context area', () => selectedArea(editor), { isEqual: sameArea }), [editor])
  const area = useValue($area)
  return (
    <DefaultContextMenu {...props}>
      {features && area && (
        <TldrawUiMenuGroup id="plenary-area">
          <TldrawUiMenuItem
            id="plenary-area-lock"
            label={area.locked ? 'Unlock area' : 'Lock area'}
            onSelect={() => void features.write((doc) => void (area.locked ? unlockArea(doc, area.id) : lockArea(doc, area.id)))}
          />
          <TldrawUiMenuItem
            id="plenary-area-anonymous"
            label={area.anonymous ? 'Show authors again' : 'Make area anonymous'}
            onSelect={() => void features.write((doc) => void setAreaAnonymous(doc, area.id, !area.anonymous))}
          />
        </TldrawUiMenuGroup>
      )}
      <DefaultContextMenuContent />
    </DefaultContextMenu>
  )
}
