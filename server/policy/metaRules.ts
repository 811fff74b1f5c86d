/**
 * What the `meta` map may hold: the tldraw schema label the server itself writes and the
 * current layout version. Facilitators and participants may write both (the client binding
 * labels the document with its first write); nothing else, and no deletions.
 */
import { DocMetaKey } from '../../shared/boardDoc'
import { DOC_LAYOUT_VERSION } from '../../shared/protocol'
import type { Slot } from './docChanges'
import type { RecordSchema } from './recordSchema'

/** Why a change of a meta entry is refused, or null when it is allowed. */
export function metaEntryProblem(key: string, after: Slot, schema: RecordSchema): string | null {
  if (key !== DocMetaKey.schema && key !== DocMetaKey.layoutVersion) return 'not a meta key'
  if (!after.present) return 'meta entries cannot be deleted'
  if (key === DocMetaKey.schema) {
    return schema.isCurrentLabel(after.value) ? null : "only the server's own tldraw schema may be written"
  }
  const version = after.value
  const ok = typeof version === 'number' && Number.isInteger(version) && version >= 1 && version <= DOC_LAYOUT_VERSION
  return ok ? null : `layoutVersion must be an integer from 1 to ${DOC_LAYOUT_VERSION}`
}
