/** The board's decisions, re-read whenever a proposal, a stance or the roster changes. */
import { ROSTER_MAP } from '../../../shared/corners/roster'
import { EMPTY_DECISIONS, readDecisions, type DecisionsSummary } from '../../../shared/decisions/summary'
import { DECISION_MAPS } from '../../../shared/decisions/types'
import type { FeatureDoc } from '../../sync/featureDoc'
import { useFeatureValue } from '../../sync/useFeatureDoc'

const WATCHED: readonly string[] = [...DECISION_MAPS, ROSTER_MAP]

/** Proposals with their tallies, and the decision log, live. */
export function useDecisions(features: FeatureDoc | null): DecisionsSummary {
  return useFeatureValue(features, WATCHED, readDecisions, EMPTY_DECISIONS)
}
