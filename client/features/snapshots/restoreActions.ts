/**
 * Restoring a snapshot from the facilitator's browser: the plan is computed against the live
 * document (shared/snapshots/restore.ts) and written through the feature document, so the
 * server's policy reviews it like any facilitator's edit and everyone receives it as an update.
 */
import { t } from 'i18next'
import type { StoredRecord } from '../../../shared/boardDoc'
import { applyRestorePlan, isEmptyPlan, restorePlan, splitRestorePlan, type RestoreScope } from '../../../shared/snapshots/restore'
import type { FeatureDoc } from '../../sync/featureDoc'

/** Changed entries per update, under the server's 2,000 so a restore is never cut short. */
const MAX_ENTRIES_PER_UPDATE = 1_500

/** What a restore did. */
export interface RestoreOutcome {
  put: number
  removed: number
}

/** Every record of the live document, as plain JSON. */
export function liveRecords(features: FeatureDoc): StoredRecord[] {
  return features.records()
}

/** What restoring would change now, without writing (for the confirmation). */
export function previewRestore(features: FeatureDoc, snapshot: readonly StoredRecord[], scope?: RestoreScope): RestoreOutcome {
  const plan = restorePlan(liveRecords(features), snapshot, scope)
  return { put: plan.put.length, removed: plan.remove.length }
}

/**
 * Restores `snapshot` (or one area of it) onto the live board. Planned again at the moment of
 * writing, against the document as it is then. Throws when this session cannot write.
 */
export function restoreSnapshot(features: FeatureDoc, snapshot: readonly StoredRecord[], scope?: RestoreScope): RestoreOutcome {
  if (!features.canWrite) throw new Error(t('snapshots.restore.readOnly'))
  const plan = restorePlan(liveRecords(features), snapshot, scope)
  if (isEmptyPlan(plan)) return { put: 0, removed: 0 }
  for (const part of splitRestorePlan(plan, MAX_ENTRIES_PER_UPDATE)) {
    features.write((doc) => applyRestorePlan(doc, part))
  }
  return { put: plan.put.length, removed: plan.remove.length }
}
