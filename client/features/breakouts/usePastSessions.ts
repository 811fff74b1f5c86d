/** The history of ended breakout sessions and its actions, for the facilitator's panel. */
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { BREAKOUT_MAPS } from '../../../shared/breakouts/types'
import type { FeatureDoc } from '../../sync/featureDoc'
import type { ServerClock } from '../../sync/serverClock'
import { useFeatureValue } from '../../sync/useFeatureDoc'
import { createArchiveActions, readPastSessions, type ArchiveActions, type PastSession } from './pastSessions'

const NO_SESSIONS: PastSession[] = []

/** What the last action said: a problem, or what it did. */
export interface ArchiveOutcome {
  problem: boolean
  text: string
}

/** The history as the panel shows it. */
export interface PastSessionsState {
  sessions: readonly PastSession[]
  actions: ArchiveActions
  outcome: ArchiveOutcome | null
  setOutcome: (outcome: ArchiveOutcome | null) => void
}

/**
 * Every ended session (newest first, re-read when a breakout map changes), the actions, and
 * the last action's outcome, kept here so it outlives the panel's change of view when the last
 * session is archived. Null until the board and its clock are there.
 */
export function usePastSessions(features: FeatureDoc | null, clock: ServerClock | null): PastSessionsState | null {
  const { t } = useTranslation()
  const sessions = useFeatureValue(features, BREAKOUT_MAPS, readPastSessions, NO_SESSIONS)
  const [outcome, setOutcome] = useState<ArchiveOutcome | null>(null)
  const now = clock ? clock.now : null
  const actions = useMemo(() => (features && now ? createArchiveActions(features, now, t) : null), [features, now, t])
  return actions ? { sessions, actions, outcome, setOutcome } : null
}
