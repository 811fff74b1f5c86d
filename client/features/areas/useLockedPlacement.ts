/** Registers {@link registerLockedPlacement} while `active` (for participants: facilitators may add to locked areas). */
import { useEffect } from 'react'
import type { Editor } from 'tldraw'
import { registerLockedPlacement } from './lockedPlacement'

/** Keeps this person's new shapes out of locked areas while `active`. */
export function useLockedPlacement(editor: Editor | null, active: boolean): void {
  useEffect(() => {
    if (!editor || !active) return
    return registerLockedPlacement(editor)
  }, [editor, active])
}
