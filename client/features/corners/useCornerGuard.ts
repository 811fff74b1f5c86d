/** Registers the {@link registerCornerGuard} on the editor while `active` (for participants). */
import { useEffect } from 'react'
import type { Editor } from 'tldraw'
import { registerCornerGuard } from './cornerGuard'

/** Keeps corners from being changed in this editor while `active`. */
export function useCornerGuard(editor: Editor | null, active: boolean): void {
  useEffect(() => {
    if (!editor || !active) return
    return registerCornerGuard(editor)
  }, [editor, active])
}
