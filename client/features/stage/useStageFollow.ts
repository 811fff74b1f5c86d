/**
 * Keeps this browser's camera on the presenter's view while the stage says so. The camera is
 * locked meanwhile, so dragging or scrolling the canvas cannot break away (tldraw's own follow
 * stops at the first touch); only the stage moves it, with `force`. Released when the follow
 * ends or names someone else.
 */
import { useEffect, useMemo } from 'react'
import { computed, react, unsafe__withoutCapture, useValue, type Editor } from 'tldraw'
import { presenterView, sameView, showView, type PresenterView } from './presenterView'

/**
 * The view of `participantId` (null while offline or when there is nobody), re-evaluated when
 * their presence changes but equal while only their cursor moves.
 */
export function usePresenterView(editor: Editor | null, participantId: string | null): PresenterView | null {
  const $view = useMemo(
    () =>
      computed<PresenterView | null>(
        'plenary presenter view',
        () => (editor && participantId ? presenterView(editor, participantId) : null),
        { isEqual: sameView },
      ),
    [editor, participantId],
  )
  return useValue($view)
}

/** Follows `presenterId` (null: nobody) with a locked camera until it changes or the component goes. */
export function useStageFollow(editor: Editor | null, presenterId: string | null): void {
  useEffect(() => {
    if (!editor || !presenterId) return
    // Two follows would fight over the camera: the stage wins.
    editor.stopFollowingUser()
    editor.setCameraOptions({ isLocked: true })
    const $view = computed('plenary stage follow', () => presenterView(editor, presenterId), { isEqual: sameView })
    const stop = react('plenary stage follow camera', () => {
      const view = $view.get()
      // Our own viewport resizing must re-fit the view too.
      editor.getViewportScreenBounds()
      // Moving the camera reads it; that read must not make this reaction depend on it.
      if (view) unsafe__withoutCapture(() => showView(editor, view, { force: true, animate: false }))
    })
    return () => {
      stop()
      editor.setCameraOptions({ isLocked: false })
    }
  }, [editor, presenterId])
}
