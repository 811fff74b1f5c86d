/** Moves this browser's view as the breakouts go (see cameraPlan.ts for when). */
import { useEffect, useRef } from 'react'
import type { Editor } from 'tldraw'
import { flyToGroupArea, flyToPlenary } from './breakoutCamera'
import type { BreakoutsData } from './breakoutView'
import { cameraPhase, planCameraMove, type CameraPhase } from './cameraPlan'

/** Takes `participantId`'s view to their group's area once per assignment, and back at the end. */
export function useBreakoutCamera(editor: Editor | null, data: BreakoutsData, participantId: string): void {
  const last = useRef<CameraPhase | null>(null)
  const phase = cameraPhase(data.session, data.members, participantId)
  // One string per phase, so the effect runs when the phase changes, not on every render.
  const key = JSON.stringify(phase)
  useEffect(() => {
    if (!editor) return
    const next = JSON.parse(key) as CameraPhase
    const move = planCameraMove(last.current, next)
    last.current = next
    if (move?.kind === 'group') void flyToGroupArea(editor, move.areaId)
    else if (move?.kind === 'plenary') flyToPlenary(editor)
  }, [editor, key])
}
