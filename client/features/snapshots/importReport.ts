/** What the .tldr import dialog says was (or will be) left out, in the reader's language. */
import type { TFunction } from 'i18next'
import { DEFAULT_MAX_ASSET_BYTES } from '../../../shared/assets'
import { TLDR_LEFT_OUT_REASONS, type TldrLeftOut } from '../../../shared/boardFiles/tldrAssets'

/** One sentence per reason with a count, in a fixed order (pictures first, incomplete last). */
export function leftOutLines(leftOut: TldrLeftOut, t: TFunction): string[] {
  return TLDR_LEFT_OUT_REASONS.filter((reason) => (leftOut[reason] ?? 0) > 0).map((reason) =>
    t(`snapshots.import.leftOut.${reason}`, { count: leftOut[reason] ?? 0, max: DEFAULT_MAX_ASSET_BYTES / 1024 / 1024 }),
  )
}
