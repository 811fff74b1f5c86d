/**
 * Longest texts of a community, in a module of their own without schemas, so the home page's
 * "Create a community" form checks them without loading zod (./api.ts re-exports them).
 */

/** Longest texts, in `String.length` units. */
export const COMMUNITY_LIMITS = {
  name: 120,
  description: 2000,
  meetingTitle: 200,
  recordingUrl: 2000,
  workingGroupName: 80,
  workingGroups: 30,
  personName: 60,
  peoplePerGroup: 60,
  coopsPerGroup: 200,
  relationLabel: 40,
  relationLabels: 12,
  search: 200,
} as const
