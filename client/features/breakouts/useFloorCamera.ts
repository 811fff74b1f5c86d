/** Takes this browser's view to the area of the group with the floor (see floorCamera.ts for when). */
import { useEffect, useRef } from 'react'
import type { Editor } from 'tldraw'
import type { BreakoutSession } from '../../../shared/breakouts/types'
import { flyToGroupArea } from './breakoutCamera'
import { floorPhase, planFloorMove } from './floorCamera'

/** Flies to the presenting group's area once each time the floor passes, and on load during report-back. */
export function useFloorCamera(editor: Editor | null, session: BreakoutSession | null): void {
  const last = useRef<string | null>(null)
  const phase = floorPhase(session)
  const key = phase?.key ?? null
  const areaId = phase?.areaId ?? null
  useEffect(() => {
    if (!editor) return
    const areaToShow = planFloorMove(last.current, key !== null && areaId !== null ? { key, areaId } : null)
    last.current = key
    // Forced: a follower's camera is locked on the presenter, and the area is where the presenter goes too.
    if (areaToShow) void flyToGroupArea(editor, areaToShow, { force: true })
  }, [editor, key, areaId])
}
