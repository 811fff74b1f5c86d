/** Which frames are locked or anonymous areas, read from the editor's shapes. */
import type { Editor, TLShape } from 'tldraw'
import { isAnonymousArea } from '../../../shared/areas/anonymous'

/** An area's state as the area toolbar and badges show it. */
export interface AreaState {
  id: string
  /** The frame's own name, or null for an unnamed frame (the UI names it in its language). */
  name: string | null
  locked: boolean
  anonymous: boolean
}

function frameName(shape: TLShape): string | null {
  const props = shape.props as { name?: unknown }
  return typeof props.name === 'string' && props.name.trim() !== '' ? props.name : null
}

/** The state of `shape` when it is a frame, else null. */
export function areaStateOf(shape: TLShape | undefined): AreaState | null {
  if (!shape || shape.type !== 'frame') return null
  return { id: shape.id, name: frameName(shape), locked: shape.isLocked, anonymous: isAnonymousArea(shape) }
}

/** The one selected shape's area state, or null when the selection is not exactly one frame. */
export function selectedArea(editor: Editor): AreaState | null {
  const selected = editor.getOnlySelectedShape()
  return areaStateOf(selected ?? undefined)
}

/** Equality for area states, so unrelated store changes do not re-render. */
export function sameArea(a: AreaState | null, b: AreaState | null): boolean {
  if (a === null || b === null) return a === b
  return a.id === b.id && a.name === b.name && a.locked === b.locked && a.anonymous === b.anonymous
}
