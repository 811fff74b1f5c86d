/** Copying text for "Copy link", including on plain-http LAN deployments. */

/**
 * Copies text to the clipboard. The async Clipboard API exists only in secure contexts, so
 * on plain http it falls back to a hidden textarea and execCommand. Resolves false when
 * neither worked, so the caller can show the text for manual copying. Inside a modal dialog,
 * pass the dialog as `container`: everything outside it is inert and cannot be selected.
 */
export async function copyText(text: string, container: HTMLElement = document.body): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard) {
    try {
      await navigator.clipboard.writeText(text)
      return true
    } catch {
      // Permission denied or document not focused: try the legacy route below.
    }
  }
  const textarea = document.createElement('textarea')
  textarea.value = text
  textarea.setAttribute('readonly', '')
  textarea.style.position = 'fixed'
  textarea.style.opacity = '0'
  container.appendChild(textarea)
  const previousFocus = document.activeElement
  textarea.select()
  let copied: boolean
  try {
    copied = document.execCommand('copy')
  } catch {
    copied = false
  }
  textarea.remove()
  if (previousFocus instanceof HTMLElement) previousFocus.focus()
  return copied
}
