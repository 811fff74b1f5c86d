/**
 * Copying stored image bytes between a community's boards, for the asset records that an area
 * copy or a sync carries over: each board serves only its own asset store.
 */
import type { AssetSource } from '../../shared/community/areaCopy'
import type { AssetRoutesDeps } from '../http/assets'

/** What copying assets needs: the store and the per-board limit. */
export type AssetCopyDeps = Pick<AssetRoutesDeps, 'store' | 'assetLimits'>

/**
 * Stores each asset's bytes in board `boardId`'s asset store. An asset that is gone, or would
 * take the board over its total, is left out: the record then shows tldraw's broken-image frame,
 * which is better than no meeting board.
 */
export async function copyAssets(deps: AssetCopyDeps, assets: readonly AssetSource[], boardId: string): Promise<void> {
  for (const source of assets) {
    const asset = await deps.store.getAsset(source.boardId, source.hash)
    if (!asset) continue
    await deps.store.putAsset(
      boardId,
      { hash: source.hash, mimeType: asset.mimeType, bytes: asset.bytes },
      deps.assetLimits.maxBoardAssetBytes,
    )
  }
}
