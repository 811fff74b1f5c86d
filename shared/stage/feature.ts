/** The stage's part of the board: whom everyone follows or was summoned to, set by facilitators. */
import type { DocFeature } from '../feature'
import { MapWriters } from '../mapWriters'
import { STAGE_MAP, stageEntryProblem } from './stage'

/** The stage (follow me, summon). */
export const stageFeature: DocFeature = {
  id: 'stage',
  maps: {
    [STAGE_MAP]: { writers: MapWriters.facilitators, value: stageEntryProblem },
  },
}
