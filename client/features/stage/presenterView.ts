/**
 * The presenter's view in this editor: found in the instance_presence records (whose userId is
 * the participant id), turned into the page area it shows, and shown in this browser's viewport.
 */
import { Box, type Editor, type TLPageId } from 'tldraw'
import { presenceOf, viewportOfPresence, type PageBox } from './stageLogic'

/** What a presenter is looking at. */
export interface PresenterView {
  pageId: TLPageId
  box: PageBox
}

/** The view of `participantId` from their presence, or null while they have none (offline). */
export function presenterView(editor: Editor, participantId: string): PresenterView | null {
  const presence = presenceOf(editor.getCollaborators(), participantId)
  if (!presence) return null
  const box = viewportOfPresence(presence)
  return box ? { pageId: presence.currentPageId, box } : null
}

/** Equality for views, so a presenter's cursor moving does not count as their view changing. */
export function sameView(a: PresenterView | null, b: PresenterView | null): boolean {
  if (a === null || b === null) return a === b
  return a.pageId === b.pageId && a.box.x === b.box.x && a.box.y === b.box.y && a.box.w === b.box.w && a.box.h === b.box.h
}

/**
 * Fits `view` into this browser's viewport, whatever its shape: the same page area is then in
 * view, with margins on the sides that differ. `force` moves a locked camera (the follow's own).
 */
export function showView(editor: Editor, view: PresenterView, options: { force: boolean; animate: boolean }): void {
  if (view.pageId !== editor.getCurrentPageId() && editor.getPage(view.pageId)) editor.setCurrentPage(view.pageId)
  const { x, y, w, h } = view.box
  editor.zoomToBounds(new Box(x, y, w, h), {
    force: options.force,
    inset: 0,
    ...(options.animate ? { animation: { duration: 400 } } : { immediate: true }),
  })
}
