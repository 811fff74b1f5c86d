/** What the community routes need: what the board routes need, and the limits of snapshots and assets (copied into meetings). */
import type { AssetRoutesDeps } from '../http/assets'
import type { BoardRoutesDeps } from '../http/boards'
import type { SnapshotRoutesDeps } from '../http/snapshots'

/** The route table's deps hold all of it. */
export type CommunityDeps = BoardRoutesDeps & SnapshotRoutesDeps & AssetRoutesDeps
