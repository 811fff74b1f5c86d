/**
 * The community's part of a board document: what the server writes into a community's boards
 * (the standing board and each meeting) so that a board knows its community, the rotation so
 * far and the working groups, and what a meeting records of its working groups' reports.
 * Declared as named maps by ./feature.ts; written by the server as a facilitator's update.
 */
import { z } from 'zod'
import { nonBlankText, readWith, textUpTo, timeMs, wholeNumber } from '../values'
import { COMMUNITY_LIMITS } from './api'

/** Facts the server sets: key {@link CommunityKey}. */
export const COMMUNITY_MAP = 'plenary:community'
/** Working groups: working-group id → {@link WorkingGroup}. */
export const WORKING_GROUPS_MAP = 'plenary:workingGroups'
/** The working groups' report at a meeting: key `report` → {@link WorkingGroupReport}. */
export const WG_REPORT_MAP = 'plenary:wgReport'
/**
 * What the server copied into a meeting board from the community, as fingerprints
 * (`coop:<id>` and `shape:<id>` → fingerprint), so the next sync carries back only what
 * changed at the meeting (a three-way merge; see server/community).
 */
export const COMMUNITY_BASELINE_MAP = 'plenary:communityBaseline'

/** Keys of {@link COMMUNITY_MAP}. */
export const CommunityKey = { facts: 'facts', rotation: 'rotation', relationLabels: 'relationLabels' } as const

/** The frame meta key that marks a working group's area (its value: the working group's id). */
export const WORKING_GROUP_META = 'workingGroupId'

/** Schema of {@link CommunityFacts}. */
export const communityFactsSchema = z.object({
  communityId: z.string(),
  name: nonBlankText(COMMUNITY_LIMITS.name),
  kind: z.enum(['standing', 'meeting']),
  /** The meeting's title; the community's name on the standing board. */
  title: textUpTo(COMMUNITY_LIMITS.meetingTitle),
  /** When the meeting starts (ms); null on the standing board. */
  startsAt: timeMs.nullable(),
})
/** Which community a board belongs to, and which of its boards it is. */
export type CommunityFacts = z.infer<typeof communityFactsSchema>

/** Schema of {@link RotationHistory}. */
export const rotationHistorySchema = z.object({
  /** Coop id → when a person of that coop last reported (ms), in any earlier meeting. */
  coops: z.record(z.string(), timeMs),
  /** Person (name folded by `matchKey`) → when they last reported (ms). */
  people: z.record(z.string(), timeMs),
})
/** The rotation before this meeting: who reported when, in the whole series. */
export type RotationHistory = z.infer<typeof rotationHistorySchema>

/** Schema of {@link WorkingGroup}. */
export const workingGroupSchema = z.object({
  id: nonBlankText(100),
  name: nonBlankText(COMMUNITY_LIMITS.workingGroupName),
  coopIds: z.array(z.string().max(200)).max(COMMUNITY_LIMITS.coopsPerGroup),
  people: z.array(nonBlankText(COMMUNITY_LIMITS.personName)).max(COMMUNITY_LIMITS.peoplePerGroup),
  /** Its area on this board: a frame whose meta carries {@link WORKING_GROUP_META}; null before one is made. */
  areaId: z.string().nullable(),
  createdAt: timeMs,
})
/** A working group: named, with member coops and people. */
export type WorkingGroup = z.infer<typeof workingGroupSchema>

/** Schema of {@link WorkingGroupPresenter}. */
export const presenterSchema = z.object({
  participantId: nonBlankText(100),
  name: nonBlankText(COMMUNITY_LIMITS.personName),
  coop: textUpTo(80),
})
/** Who presents a working group's report. */
export type WorkingGroupPresenter = z.infer<typeof presenterSchema>

/** Schema of {@link WorkingGroupReport}. */
export const workingGroupReportSchema = z.object({
  /** Working-group ids in the order they report. */
  order: z.array(z.string()).max(COMMUNITY_LIMITS.workingGroups),
  /** Index into `order` of the group that has the floor; null once the last one finished. */
  current: wholeNumber.nullable(),
  /** Working-group id → its presenter; a group reports once its presenter is chosen. */
  presenters: z.record(z.string(), presenterSchema),
  /** Working-group id → when its presenter took the floor (server-clock ms): the rotation's record. */
  reportedAt: z.record(z.string(), timeMs),
  startedAt: timeMs,
  endedAt: timeMs.nullable(),
})
/** "Working groups report" at an assembly: one group after another, everyone following its presenter. */
export type WorkingGroupReport = z.infer<typeof workingGroupReportSchema>

export const readCommunityFacts = readWith(communityFactsSchema)
export const readRotationHistory = readWith(rotationHistorySchema)
export const readWorkingGroup = readWith(workingGroupSchema)
export const readWorkingGroupReport = readWith(workingGroupReportSchema)

/** Schema of the community's relation labels, under {@link CommunityKey.relationLabels}. */
export const relationLabelsSchema = z.array(nonBlankText(COMMUNITY_LIMITS.relationLabel)).max(COMMUNITY_LIMITS.relationLabels)

/** The relation labels stored under {@link CommunityKey.relationLabels}, or null when absent or not a valid list. */
export function readRelationLabels(value: unknown): string[] | null {
  const result = relationLabelsSchema.safeParse(value)
  return result.success ? result.data : null
}
