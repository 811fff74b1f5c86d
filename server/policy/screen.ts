/**
 * The check made before an update is applied. Compensation removes refused content, but Yjs
 * keeps the map key (and top-level type name) of every item, deleted or not, in the document's
 * structure: a refused entry's key stays in the board's history and is sent to every client
 * that syncs (compensate.test.ts). Keys and names are therefore bounded before anything is
 * applied. No honest client comes near the bound: tldraw ids are ~30 characters.
 */
import * as Y from 'yjs'
import type { DecodedUpdate } from '../sync/messages'
import type { PolicyLimits } from './limits'
import { refusalKey, type Refusal } from './types'

/** Why an update must not be applied at all, or null when it may be applied and reviewed. */
export function screenUpdate(update: DecodedUpdate, limits: Pick<PolicyLimits, 'maxKeyLength'>): Refusal | null {
  for (const struct of update.structs) {
    if (!(struct instanceof Y.Item)) continue
    // In a decoded update (not integrated), `parent` is the top-level type's name when the
    // item names its parent; Yjs's types only describe integrated items.
    const parent: unknown = struct.parent
    const parentSub = struct.parentSub
    if (typeof parent === 'string' && parent.length > limits.maxKeyLength) {
      return { reason: 'key_too_long', key: refusalKey(parent), detail: `a top-level type name of ${parent.length} characters` }
    }
    if (parentSub !== null && parentSub.length > limits.maxKeyLength) {
      return { reason: 'key_too_long', key: refusalKey(parentSub), detail: `a map key of ${parentSub.length} characters` }
    }
  }
  return null
}
