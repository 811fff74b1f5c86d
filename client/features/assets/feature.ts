/**
 * Images and links: images go to the board's asset store; pastes and drops that would reach
 * another host are handled here; embeds and bookmarks are not offered and, where one still
 * reaches a browser, drawn as a plain link.
 */
import type { BoardFeature } from '../boardFeature'
import { createBoardAssetStore } from './assetStore'
import { BoardContentHandlers } from './BoardContentHandlers'
import { InertBookmarkShapeUtil, InertEmbedShapeUtil } from './inertShapes'
import { NO_EMBEDS_OVERRIDES } from './noEmbeds'

/** The assets entry of the registry. */
export const assetsFeature: BoardFeature = {
  id: 'assets',
  namespaces: ['assets'],
  // Embeds and bookmarks are drawn as plain links, never loaded.
  shapeUtils: [InertEmbedShapeUtil, InertBookmarkShapeUtil],
  overrides: NO_EMBEDS_OVERRIDES,
  canvasChildren: BoardContentHandlers,
  assetStore: createBoardAssetStore,
}
