/**
 * The value rules of the community's maps (./maps.ts): what the server writes into a community's
 * boards and what a facilitator records of the working groups' report. Each answers why a value
 * may not be stored under a key, or null.
 */
import {
  CommunityKey,
  readCommunityFacts,
  readRelationLabels,
  readRotationHistory,
  readWorkingGroup,
  readWorkingGroupReport,
  type WorkingGroupReport,
} from './maps'
import { WG_REPORT_KEY } from './rotation'

/** Longest fingerprint kept in the baseline map (they are short hashes). */
const MAX_FINGERPRINT = 200

/** {@link COMMUNITY_MAP}: the facts, the rotation so far and the relation labels. */
export function communityEntryProblem(key: string, value: unknown): string | null {
  switch (key) {
    case CommunityKey.facts:
      return readCommunityFacts(value) ? null : 'not community facts (communityId, name, kind, title, startsAt)'
    case CommunityKey.rotation:
      return readRotationHistory(value) ? null : 'not a rotation history (coops, people)'
    case CommunityKey.relationLabels:
      return readRelationLabels(value) ? null : 'not a list of relation labels'
    default:
      return `unknown community key ${key.slice(0, 40)}`
  }
}

/** {@link WORKING_GROUPS_MAP}: a working group under its own id. */
export function workingGroupProblem(key: string, value: unknown): string | null {
  const group = readWorkingGroup(value)
  if (!group) return 'not a working group (id, name, coopIds, people, areaId, createdAt)'
  return group.id === key ? null : 'a working group is stored under its own id'
}

function reportShapeProblem(report: WorkingGroupReport): string | null {
  if (new Set(report.order).size !== report.order.length) return 'a working group reports once in the order'
  if (report.current !== null && report.current >= report.order.length) return 'the group with the floor is not in the order'
  const inOrder = new Set(report.order)
  const strays = [...Object.keys(report.presenters), ...Object.keys(report.reportedAt)].filter((id) => !inOrder.has(id))
  return strays.length > 0 ? 'presenters and reports name only groups of the order' : null
}

/** {@link WG_REPORT_MAP}: the one report, consistent with its own order. */
export function workingGroupReportProblem(key: string, value: unknown): string | null {
  if (key !== WG_REPORT_KEY) return `unknown working groups report key ${key.slice(0, 40)}`
  const report = readWorkingGroupReport(value)
  return report ? reportShapeProblem(report) : 'not a working groups report (order, current, presenters, reportedAt, startedAt, endedAt)'
}

/** {@link COMMUNITY_BASELINE_MAP}: `coop:<id>` or `shape:<record id>` → a fingerprint. */
export function baselineEntryProblem(key: string, value: unknown): string | null {
  if (!key.startsWith('coop:') && !key.startsWith('shape:')) return 'a baseline key starts with coop: or shape:'
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_FINGERPRINT ? null : 'not a fingerprint'
}
