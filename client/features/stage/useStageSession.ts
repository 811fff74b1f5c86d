/**
 * The stage in one open board: follows the presenter, acts on summonses, and says what the
 * banner, the outline and the facilitator's menu show and do. Components stay thin over it.
 */
import { useCallback, useState } from 'react'
import type { Editor } from 'tldraw'
import { participantLabel, type Participant } from '../../../shared/participant'
import { Role } from '../../../shared/protocol'
import { clearFollow, setFollow, summon } from '../../../shared/stage/stage'
import type { FeatureDoc } from '../../sync/featureDoc'
import { showView, type PresenterView } from './presenterView'
import type { StageBannerMode } from './StageBanner'
import { outlinedPresenter, presenterToFollow, type OutlinedPresenter } from './stageLogic'
import { useStage } from './useStage'
import { usePresenterView, useStageFollow } from './useStageFollow'
import { useSummons } from './useSummons'
import { useNow } from './useNow'

/** Everything the stage's components need. */
export interface StageSession {
  /** What the banner shows, or null for no banner. */
  banner: StageBannerMode | null
  /** Whose view is outlined on the canvas and where it is, or null. */
  outline: { presenter: OutlinedPresenter; view: PresenterView } | null
  /** True while this browser presents a follow. */
  presenting: boolean
  /** Facilitator actions, null for everyone else. */
  controls: { summonEveryone: () => void; followMe: () => void; release: () => void; followActive: boolean } | null
  goToPresenter: () => void
  hideSummons: () => void
}

/** Runs the stage for `participant` in `boardId`. */
export function useStageSession(
  editor: Editor | null,
  features: FeatureDoc | null,
  boardId: string,
  participant: Participant,
  role: Role,
  /** The server's clock (client/sync/serverClock.ts) once measured; this browser's until then. */
  clock: { now(): number } | null = null,
): StageSession {
  const now = clock ? () => clock.now() : Date.now
  const { follow, summon: summons } = useStage(features)
  const selfId = participant.id
  useStageFollow(editor, presenterToFollow(follow, selfId))
  const summonedAt = useSummons(editor, boardId, summons, selfId, now)
  const [hiddenSummons, setHiddenSummons] = useState<number | null>(null)
  const visibleSummonedAt = summons && hiddenSummons === summons.at ? null : summonedAt
  // Re-rendered once a minute, so the outline of a summons goes away when its time is up.
  const localNow = useNow(visibleSummonedAt !== null ? 60_000 : null)
  const outlined = outlinedPresenter(follow, summons, visibleSummonedAt, selfId, localNow)
  const view = usePresenterView(editor, outlined?.presenterId ?? null)

  const presenting = follow !== null && follow.presenterId === selfId
  let banner: StageBannerMode | null = null
  if (follow && presenting) banner = { kind: 'presenting', follow }
  else if (follow) banner = { kind: 'following', follow, waiting: view === null }
  else if (outlined) banner = { kind: 'summoned', presenter: outlined }

  const write = features?.write.bind(features)
  const label = participantLabel(participant)
  const isFacilitator = role === Role.facilitator
  // Server-clock times, so a late joiner's freshness check of a summons is not off by a laptop's clock.
  const controls =
    isFacilitator && write
      ? {
          followActive: follow !== null,
          summonEveryone: () => void write((doc) => summon(doc, { presenterId: selfId, presenterLabel: label, at: now() })),
          followMe: () =>
            void write((doc) => setFollow(doc, { presenterId: selfId, presenterLabel: label, reason: 'facilitator', since: now() })),
          release: () => void write((doc) => clearFollow(doc)),
        }
      : null

  const goToPresenter = useCallback(() => {
    if (editor && view) showView(editor, view, { force: false, animate: true })
  }, [editor, view])
  const hideSummons = useCallback(() => setHiddenSummons(summons?.at ?? null), [summons])

  // While following, this browser's view is the presenter's: outlining it would only frame the screen.
  const outline = outlined && view && !follow ? { presenter: outlined, view } : null
  return { banner, outline, presenting, controls, goToPresenter, hideSummons }
}
