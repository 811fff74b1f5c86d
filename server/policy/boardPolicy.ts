/**
 * The board policy: the {@link DocPolicy} the server runs on every client update and once at
 * each room load. See docs/ARCHITECTURE.md ("Policy") for why updates are applied and then
 * compensated inside one transaction.
 */
import type * as Y from 'yjs'
import { RECORD_PART_MAPS, RECORDS_MAP } from '../../shared/boardDoc'
import type { DocFeature } from '../../shared/feature'
import { BOARD_FEATURE_SET, boardFeatureSet } from '../../shared/namedMaps'
import { BoardTally } from './boardTally'
import { resolveLimits, type PolicyLimits } from './limits'
import { PendingGuard } from './pendingGuard'
import { QUARANTINE_ORIGIN, quarantineInvalidRecords } from './quarantine'
import { RecordSchema } from './recordSchema'
import { refuseTransaction, reviewTransaction } from './review'
import { screenUpdate } from './screen'
import { ANONYMOUS_WRITER, type DocPolicy, type Refusal } from './types'

/** Options of {@link createBoardPolicy} besides the limits. */
export interface BoardPolicyOptions {
  /** Clock for quarantine timestamps (ms since the epoch). */
  now?: () => number
  /** The features whose maps and rules the policy enforces (default: the board's, shared/features.ts). */
  features?: readonly DocFeature[]
}

/** A policy shared by every room of a server. It keeps per-document totals, dropped with each document. */
export function createBoardPolicy(limits: Partial<PolicyLimits> = {}, options: BoardPolicyOptions = {}): DocPolicy {
  const resolved = resolveLimits(limits)
  const schema = new RecordSchema()
  const features = options.features ? boardFeatureSet(options.features) : BOARD_FEATURE_SET
  // meta is tiny and shape-checked, so only records (base and parts) and the named maps count towards size.
  const counted = new Set([RECORDS_MAP, ...RECORD_PART_MAPS, ...features.maps.keys()])
  const tally = new BoardTally(RECORDS_MAP, counted)
  const pending = new PendingGuard()
  // Which board each document is, told at load (quarantine), for the asset-path rule.
  const boards = new WeakMap<Y.Doc, string>()
  const now = options.now ?? Date.now
  return {
    review: (doc, transaction, role, writer = ANONYMOUS_WRITER) => {
      let refusals: Refusal[]
      try {
        const reviewRole = pending.reviewRole(doc, role)
        // Held-back content from another sender is judged as nobody's, like its role.
        const reviewWriter = reviewRole === role ? writer : ANONYMOUS_WRITER
        const context = { features, schema, limits: resolved, tally, boardId: boards.get(doc) ?? null }
        refusals = reviewTransaction(context, doc, transaction, reviewRole, reviewWriter)
      } catch (error) {
        // The room stores and broadcasts whatever the transaction holds: fail closed.
        refusals = refuseTransaction(doc, transaction, error, features.maps)
      }
      pending.afterReview(doc, role)
      return refusals
    },
    screen: (update) => screenUpdate(update, resolved),
    quarantine: (doc, boardId) => {
      if (boardId !== undefined) boards.set(doc, boardId)
      const refusals = quarantineInvalidRecords(schema, doc, now, boardId ?? null)
      // After migration, before anyone reads: what the features clear at load (writers in anonymous areas).
      doc.transact(() => {
        for (const feature of features.features) refusals.push(...(feature.atLoad?.(doc) ?? []))
      }, QUARANTINE_ORIGIN)
      // Scan the board's totals now, at load, rather than during the first update.
      tally.totalsOf(doc)
      return refusals
    },
  }
}
