/**
 * Takes this browser's view to the area of the working group with the floor, once each time the
 * floor passes and on load during the report, as breakouts' report-back does (its plan and its
 * flight are reused): the presenter's browser goes there, so the view its presence carries is
 * the area, and followers go there on their own before the presenter's presence arrives.
 */
import { useEffect, useRef } from 'react'
import type { Editor } from 'tldraw'
import { flyToGroupArea } from '../breakouts/breakoutCamera'
import { planFloorMove } from '../breakouts/floorCamera'
import type { FloorView } from './communityBoard'

/** Flies to the area of the group with the floor whenever `floor.key` changes. */
export function useReportCamera(editor: Editor | null, floor: FloorView | null): void {
  const last = useRef<string | null>(null)
  const key = floor?.key ?? null
  const areaId = floor?.group.areaId ?? null
  useEffect(() => {
    if (!editor) return
    const areaToShow = planFloorMove(last.current, key !== null && areaId !== null ? { key, areaId } : null)
    last.current = key
    // Forced: a follower's camera is locked on the presenter, and the area is where the presenter goes too.
    if (areaToShow) void flyToGroupArea(editor, areaToShow, { force: true })
  }, [editor, key, areaId])
}
