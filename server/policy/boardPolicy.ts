/**
 * The board policy: the {@link DocPolicy} the server runs on every client update and once at
 * each room load. See docs/ARCHITECTURE.md ("Policy") for why updates are applied and then
 * compensated inside one transaction.
 */
import type * as Y from 'yjs'
import { RECORDS_MAP, recordsMap } from '../../shared/boardDoc'
import { NAMED_MAPS } from '../../shared/namedMaps'
import { clearStoredAnonymousWriters } from './anonymousRules'
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
}

/** A policy shared by every room of a server. It keeps per-document totals, dropped with each document. */
export function createBoardPolicy(limits: Partial<PolicyLimits> = {}, options: BoardPolicyOptions = {}): DocPolicy {
  const resolved = resolveLimits(limits)
  const schema = new RecordSchema()
  // meta is tiny and shape-checked, so only records and the named maps count towards size.
  const counted = new Set([RECORDS_MAP, ...Object.keys(NAMED_MAPS)])
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
        const context = { schema, limits: resolved, tally, boardId: boards.get(doc) ?? null }
        refusals = reviewTransaction(context, doc, transaction, reviewRole, reviewWriter)
      } catch (error) {
        // The room stores and broadcasts whatever the transaction holds: fail closed.
        refusals = refuseTransaction(doc, transaction, error)
      }
      pending.afterReview(doc, role)
      return refusals
    },
    screen: (update) => screenUpdate(update, resolved),
    quarantine: (doc, boardId) => {
      if (boardId !== undefined) boards.set(doc, boardId)
      const refusals = quarantineInvalidRecords(schema, doc, now, boardId ?? null)
      // After migration (older notes' textFirstEditedBy becomes textLastEditedBy), before anyone reads.
      doc.transact(() => refusals.push(...clearStoredAnonymousWriters(recordsMap(doc))), QUARANTINE_ORIGIN)
      // Scan the board's totals now, at load, rather than during the first update.
      tally.totalsOf(doc)
      return refusals
    },
  }
}
