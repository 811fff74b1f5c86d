/** React view of the stage map: the current follow and the latest summons. */
import type * as Y from 'yjs'
import { readFollow, readSummon, STAGE_MAP, type StageFollow, type StageSummon } from '../../../shared/stage/stage'
import type { FeatureDoc } from '../../sync/featureDoc'
import { useFeatureValue } from '../../sync/useFeatureDoc'

/** The stage as the document holds it. */
export interface StageState {
  follow: StageFollow | null
  summon: StageSummon | null
}

const NAMES = [STAGE_MAP] as const
const EMPTY: StageState = { follow: null, summon: null }

function readStage(doc: Y.Doc): StageState {
  return { follow: readFollow(doc), summon: readSummon(doc) }
}

/** The stage of the open board, re-read when it changes. */
export function useStage(features: FeatureDoc | null): StageState {
  return useFeatureValue(features, NAMES, readStage, EMPTY)
}
