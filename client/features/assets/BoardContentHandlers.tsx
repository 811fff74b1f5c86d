/**
 * Installs the board's paste and drop handling (see `contentHandlers.ts`) on the editor it is
 * rendered in, with refusals shown as tldraw toasts in the person's language. Render it as a
 * child of `<Tldraw>`: tldraw registers its defaults first, these replace them.
 */
import { t } from 'i18next'
import { useEffect } from 'react'
import { useEditor, useToasts } from 'tldraw'
import { noticeId, noticeText } from './assetNotices'
import { registerBoardContentHandlers, type Notify } from './contentHandlers'
import { watchImageOnlyPastes } from './imageOnlyPaste'

/** Renders nothing; see the module comment. */
export function BoardContentHandlers() {
  const editor = useEditor()
  const toasts = useToasts()
  useEffect(() => {
    // The toast each kind of refusal shows now: a repeat takes the old one away and shows a
    // fresh one (re-adding a toast under the same id makes tldraw's toast vanish instead).
    const shown = new Map<string, string>()
    const notify: Notify = (notice) => {
      // Read at the time of the refusal, so a language changed since is the one used.
      const text = noticeText(notice, t)
      const kind = noticeId(notice)
      const previous = shown.get(kind)
      if (previous !== undefined) toasts.removeToast(previous)
      shown.set(kind, toasts.addToast({ title: text.title, description: text.description, severity: 'warning' }))
    }
    registerBoardContentHandlers(editor, notify)
    return watchImageOnlyPastes(editor, notify)
  }, [editor, toasts])
  return null
}
