/**
 * The stored images a board export carries: read from the board's asset store and turned into
 * `data:` URLs, so a .tldr or .json file holds the pictures themselves and opens anywhere.
 */
import type { PlenaryJsonAsset } from '../../shared/boardFiles/plenaryJson'
import { parseAssetSrc } from '../../shared/assets'
import type { BoardStore } from '../persistence/types'

/**
 * The images of board `boardId` behind `sources` (asset paths), by source. A source that is
 * not this board's, or that the store does not hold, is left out.
 */
export async function loadExportAssets(
  store: BoardStore,
  boardId: string,
  sources: readonly string[],
): Promise<Map<string, PlenaryJsonAsset>> {
  const assets = new Map<string, PlenaryJsonAsset>()
  // One query at a time, so an export of many images does not take every database connection.
  for (const src of sources) {
    const address = parseAssetSrc(src)
    if (!address || address.boardId !== boardId) continue
    const stored = await store.getAsset(boardId, address.hash)
    if (!stored) continue
    const base64 = Buffer.from(stored.bytes.buffer, stored.bytes.byteOffset, stored.bytes.byteLength).toString('base64')
    assets.set(src, { mimeType: stored.mimeType, bytes: stored.bytes.byteLength, dataUrl: `data:${stored.mimeType};base64,${base64}` })
  }
  return assets
}
