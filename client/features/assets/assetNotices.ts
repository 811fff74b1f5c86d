/**
 * What a person is told when an image or a pasted URL does not go on the board, in their
 * language. Every refusal has a message: a file is never dropped silently.
 */
import type { TFunction } from 'i18next'
import { DEFAULT_MAX_ASSET_BYTES } from '../../../shared/assets'
import { UploadFailure } from './assetApi'

/** Why something pasted or dropped was not added. */
export type AssetNotice =
  | { kind: 'upload'; code: UploadFailure }
  | { kind: 'image-url' }
  | { kind: 'too-many-files'; max: number }
  | { kind: 'outside-content' }
  // A failure no step expected (a bug, an editor error) in handling something that uploads nothing.
  | { kind: 'not-added' }

/** A notice's text: a short title and what to do about it. */
export interface NoticeText {
  title: string
  description: string
}

const MEBIBYTE = 1024 * 1024

const UPLOAD_KEYS = {
  [UploadFailure.tooLarge]: ['assets.refused.tooLarge.title', 'assets.refused.tooLarge.description'],
  [UploadFailure.unsupportedType]: ['assets.refused.unsupportedType.title', 'assets.refused.unsupportedType.description'],
  [UploadFailure.boardFull]: ['assets.refused.boardFull.title', 'assets.refused.boardFull.description'],
  [UploadFailure.forbidden]: ['assets.refused.forbidden.title', 'assets.refused.forbidden.description'],
  [UploadFailure.rateLimited]: ['assets.refused.rateLimited.title', 'assets.refused.rateLimited.description'],
  [UploadFailure.network]: ['assets.refused.network.title', 'assets.refused.network.description'],
  [UploadFailure.failed]: ['assets.refused.failed.title', 'assets.refused.failed.description'],
} as const satisfies Record<UploadFailure, readonly [string, string]>

/**
 * One id per kind of refusal, so the same refusal twice (a file dropped again, a paste
 * repeated) replaces its toast instead of stacking a copy over the toolbar.
 */
export function noticeId(notice: AssetNotice): string {
  return notice.kind === 'upload' ? `plenary-asset-${notice.kind}-${notice.code}` : `plenary-asset-${notice.kind}`
}

/** The title and description of `notice` in `t`'s language. */
export function noticeText(notice: AssetNotice, t: TFunction): NoticeText {
  switch (notice.kind) {
    case 'upload': {
      const [title, description] = UPLOAD_KEYS[notice.code]
      const size = Math.round(DEFAULT_MAX_ASSET_BYTES / MEBIBYTE)
      return { title: t(title, { size }), description: t(description, { size }) }
    }
    case 'image-url':
      return { title: t('assets.imageUrl.title'), description: t('assets.imageUrl.description') }
    case 'outside-content':
      return { title: t('assets.outsideContent.title'), description: t('assets.outsideContent.description') }
    case 'not-added':
      return { title: t('assets.notAdded.title'), description: t('assets.notAdded.description') }
    case 'too-many-files':
      return { title: t('assets.tooManyFiles.title'), description: t('assets.tooManyFiles.description', { max: notice.max }) }
  }
}
