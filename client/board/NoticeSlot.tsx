/**
 * Where the notices over the canvas (the breakout bar, the stage banner, "Following …") are
 * drawn: tldraw's TopPanel, the middle of its top row, between its menu and quick actions
 * (undo, redo, delete, duplicate) on the left and its style panel on the right. tldraw's own
 * layout keeps that middle clear of both at any width, so a notice never covers a control.
 */
import { createContext, useContext } from 'react'

/** Receives the slot's element once tldraw has mounted it, and null when it goes away. */
export const NoticeSlotContext = createContext<((element: HTMLElement | null) => void) | null>(null)

/** tldraw's TopPanel for Plenary: an empty box the board page portals its notices into. */
export function NoticeSlot() {
  const onSlot = useContext(NoticeSlotContext)
  return <div className="board__notice-slot" ref={onSlot} />
}
