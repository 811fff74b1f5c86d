/**
 * Open/close state of a popover anchored in the top bar: closes on a pointer press outside
 * it and on Escape (giving focus back to its button).
 */
import { useEffect, useRef, useState, type RefObject } from 'react'

/** What a popover's markup needs. */
export interface Popover {
  open: boolean
  setOpen: (open: boolean | ((open: boolean) => boolean)) => void
  rootRef: RefObject<HTMLDivElement | null>
  buttonRef: RefObject<HTMLButtonElement | null>
}

/** The state of one popover. */
export function usePopover(): Popover {
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false)
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpen(false)
      buttonRef.current?.focus()
    }
    // Capture phase: the canvas handles its own pointer events and may stop them bubbling.
    document.addEventListener('pointerdown', onPointerDown, true)
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true)
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [open])
  return { open, setOpen, rootRef, buttonRef }
}
