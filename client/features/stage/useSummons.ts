/**
 * "Bring everyone to me" on the receiving end: a summons this tab has not seen moves the camera
 * once to the summoner's view (no lock: people look around afterwards as they like).
 */
import { useEffect, useEffectEvent, useState } from 'react'
import { react, unsafe__withoutCapture, type Editor } from 'tldraw'
import type { StageSummon } from '../../../shared/stage/stage'
import { presenterView, showView } from './presenterView'
import { shouldActOnSummons } from './stageLogic'
import { lastSeenSummons, rememberSummons, sessionSummonStorage } from './summonMemory'

/**
 * Acts on new summonses of `boardId` for the participant `selfId`; `now` is the clock summonses
 * are stamped with (the server's). Returns this browser's clock when it last moved to a summons
 * (for the presenter outline), or null.
 */
export function useSummons(
  editor: Editor | null,
  boardId: string,
  summons: StageSummon | null,
  selfId: string,
  now: () => number,
): number | null {
  const [summonedAt, setSummonedAt] = useState<number | null>(null)
  // A new function each render; only its value at the moment a summons arrives matters.
  const readNow = useEffectEvent(() => now())
  useEffect(() => {
    if (!editor || !summons) return
    const storage = sessionSummonStorage()
    const act = shouldActOnSummons(summons, lastSeenSummons(storage, boardId), selfId, readNow())
    rememberSummons(storage, boardId, summons.at)
    if (!act) return
    // The summoner's presence may arrive a moment after the summons: wait for it, then move once.
    let done = false
    const stop = react('plenary summons', () => {
      if (done) return
      const view = presenterView(editor, summons.presenterId)
      if (!view) return
      done = true
      unsafe__withoutCapture(() => showView(editor, view, { force: false, animate: true }))
      setSummonedAt(Date.now())
    })
    return stop
  }, [editor, boardId, summons, selfId])
  return summonedAt
}
