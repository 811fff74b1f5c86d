/**
 * Paths of the community API and pages, in a module of their own without schemas, so the app
 * shell can route `/c/…` without loading zod's schemas (./api.ts re-exports them).
 */
/** Paths of the community API and pages. */
export const CommunityPaths = {
  api: '/api/communities',
  /** The community page: `/c/<id>#token=<token>`. */
  page: '/c/',
  /** Suffix of the public directory page: `/c/<id>/public`. */
  publicPage: '/public',
} as const

/** Community ids have the shape of board ids (shared/protocol.ts). */
export { isBoardId as isCommunityId } from '../protocol'
