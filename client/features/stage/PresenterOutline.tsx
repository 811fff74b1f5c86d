/**
 * Where the presenter is: their viewport as a faint labelled rectangle over the canvas, so a
 * participant who looks around can always see what the room is looking at. Decorative for
 * pointers (clicks reach the canvas); the banner's "Go to presenter" is the accessible action.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { computed, useValue, type Editor } from 'tldraw'
import type { PresenterView } from './presenterView'

/** Props of {@link PresenterOutline}. */
export interface PresenterOutlineProps {
  editor: Editor
  view: PresenterView
  label: string
}

/** Screen pixels between the rectangle's edge and its label. */
const LABEL_INSET = 6
/** Height of tldraw's top-left menu row, which the label must not cover. */
const MENU_ROW_HEIGHT = 48

interface ScreenRect {
  left: number
  top: number
  width: number
  height: number
}

/** The rectangle, in the canvas's screen coordinates; nothing when the view is on another page. */
export function PresenterOutline({ editor, view, label }: PresenterOutlineProps) {
  const { t } = useTranslation()
  const $rect = useMemo(
    () =>
      computed<ScreenRect | null>('plenary presenter outline', () => {
        if (view.pageId !== editor.getCurrentPageId()) return null
        const topLeft = editor.pageToViewport({ x: view.box.x, y: view.box.y })
        const bottomRight = editor.pageToViewport({ x: view.box.x + view.box.w, y: view.box.y + view.box.h })
        return { left: topLeft.x, top: topLeft.y, width: bottomRight.x - topLeft.x, height: bottomRight.y - topLeft.y }
      }),
    [editor, view],
  )
  const rect = useValue($rect)
  if (!rect) return null
  // The label stays readable when the rectangle's corner is off screen: it sits at the top-left
  // of the rectangle's visible part, below tldraw's menu row.
  const labelLeft = Math.max(rect.left, 0) + LABEL_INSET
  const labelTop = Math.max(rect.top, MENU_ROW_HEIGHT) + LABEL_INSET
  return (
    <div className="stage-outline" aria-hidden="true">
      <div className="stage-outline__box" data-testid="presenter-outline" style={rect} />
      {rect.left + rect.width > labelLeft && rect.top + rect.height > labelTop && (
        <span className="stage-outline__label" style={{ left: labelLeft, top: labelTop }}>
          {t('stage.outline.label', { name: label })}
        </span>
      )}
    </div>
  )
}
