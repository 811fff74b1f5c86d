/**
 * Every feature of the board, one line each. The order is the board's visual order: panel
 * buttons and top-bar items, things drawn over the stage and in front of the canvas, dialogs,
 * Export menu groups (after the minutes) and note footers all follow it; only the notices
 * above the canvas have their own order (`noticeOrder`). It is also the order in which the
 * features' hooks run on every render, which is why this list is a module constant.
 *
 * A new feature: a folder under client/features with its `feature.tsx` entry, and a line here.
 */
import type { BoardFeature } from './boardFeature'
import { areasFeature } from './areas/feature'
import { assetsFeature } from './assets/feature'
import { attendanceFeature } from './attendance/feature'
import { breakoutsFeature } from './breakouts/feature'
import { communityFeature } from './community/feature'
import { cornersFeature } from './corners/feature'
import { decisionsFeature } from './decisions/feature'
import { exportFeature } from './export/feature'
import { picturesFeature } from './export/pictures/feature'
import { meetingFeature } from './meeting/feature'
import { miroFeature } from './miro/feature'
import { relationsFeature } from './relations/feature'
import { snapshotsFeature } from './snapshots/feature'
import { stageFeature } from './stage/feature'
import { votingFeature } from './voting/feature'

/** The board's features, in the board's visual order. */
export const BOARD_FEATURES: readonly BoardFeature[] = [
  cornersFeature,
  areasFeature,
  relationsFeature,
  votingFeature,
  decisionsFeature,
  breakoutsFeature,
  communityFeature,
  snapshotsFeature,
  exportFeature,
  picturesFeature,
  miroFeature,
  stageFeature,
  meetingFeature,
  attendanceFeature,
  assetsFeature,
]
