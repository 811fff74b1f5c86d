/**
 * A paste of web content that is nothing but pictures (part of a page copied with its image):
 * tldraw pastes nothing for it, since rich text has no image node and the pictures live on
 * another host. Rather than nothing happening, the person is told to drop the file instead.
 */
import type { Editor } from 'tldraw'
import type { Notify } from './contentHandlers'

/** True when `html` holds at least one `<img>` and no text, and the plain text is blank too. */
export function isImageOnlyPaste(html: string, text: string): boolean {
  if (!/<img\b/i.test(html) || text.trim() !== '') return false
  const visible = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|&#160;/g, ' ')
  return visible.trim() === ''
}

function isTextInput(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null)
}

/**
 * Listens for such pastes on the editor's document and notifies; tldraw's own paste handling
 * goes on as before. Returns the unsubscribe.
 */
export function watchImageOnlyPastes(editor: Editor, notify: Notify): () => void {
  const document = editor.getContainer().ownerDocument
  const onPaste = (event: ClipboardEvent) => {
    const data = event.clipboardData
    if (!data || data.files.length > 0 || editor.getEditingShapeId() !== null || isTextInput(event.target)) return
    if (isImageOnlyPaste(data.getData('text/html'), data.getData('text/plain'))) notify({ kind: 'image-url' })
  }
  document.addEventListener('paste', onPaste)
  return () => document.removeEventListener('paste', onPaste)
}
