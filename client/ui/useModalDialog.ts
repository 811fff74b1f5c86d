/**
 * A native <dialog> shown modally for as long as its component is mounted: focus goes to the
 * element the caller names (showModal would otherwise move it after React's autoFocus), and
 * Escape is handed to the caller instead of letting the browser close the dialog under React.
 */
import { useEffect, useRef, type RefObject, type SyntheticEvent } from 'react'

/** Options of {@link useModalDialog}. */
export interface ModalDialogOptions {
  /** The element that receives focus when the dialog opens. */
  focus: RefObject<HTMLElement | null>
  /** Select the focused input's text (editing an existing value). */
  selectText?: boolean
  /** What Escape does; without it Escape does nothing (a dialog that must be answered). */
  onEscape?: () => void
}

/** What a modal dialog component wires to its <dialog>. */
export interface ModalDialog {
  dialogRef: RefObject<HTMLDialogElement | null>
  /** For the dialog's onCancel. */
  onCancel: (event: SyntheticEvent<HTMLDialogElement>) => void
}

/** Opens the dialog on mount and closes it on unmount. */
export function useModalDialog({ focus, selectText = false, onEscape }: ModalDialogOptions): ModalDialog {
  const dialogRef = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (!dialog.open) dialog.showModal()
    const target = focus.current
    target?.focus()
    if (selectText && target instanceof HTMLInputElement) target.select()
    return () => {
      if (dialog.open) dialog.close()
    }
  }, [focus, selectText])
  return {
    dialogRef,
    onCancel(event) {
      event.preventDefault()
      onEscape?.()
    },
  }
}
