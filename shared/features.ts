/**
 * Every feature's part of the board document, one line each (see shared/feature.ts). The order
 * is the order in which the policy asks the features' record rules; the first problem wins.
 */
import { areasFeature } from './areas/feature'
import { attendanceFeature } from './attendance/feature'
import { breakoutsFeature } from './breakouts/feature'
import { communityFeature } from './community/feature'
import { cornersFeature } from './corners/feature'
import { decisionsFeature } from './decisions/feature'
import type { DocFeature } from './feature'
import { meetingFeature } from './meeting/feature'
import { stageFeature } from './stage/feature'
import { votingFeature } from './voting/feature'

/** The board's features, as the server's policy enforces them. */
export const DOC_FEATURES: readonly DocFeature[] = [
  areasFeature,
  cornersFeature,
  stageFeature,
  meetingFeature,
  decisionsFeature,
  breakoutsFeature,
  attendanceFeature,
  votingFeature,
  communityFeature,
]
