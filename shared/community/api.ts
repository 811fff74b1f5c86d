/**
 * The community REST API's shapes, shared by the server that answers and the pages that ask:
 * request bodies (validated by the server) and answers (narrowed by the client). A community
 * is what lasts between meetings: its member list, its working groups, its series of meeting
 * boards and what they decided. See docs/PROTOCOL.md, "Communities".
 */
import { z } from 'zod'
import { Role } from '../protocol'
import { nonBlankText, textUpTo, timeMs } from '../values'
import { COMMUNITY_LIMITS } from './limits'

export { CommunityPaths, isCommunityId } from './paths'

/** What a person may do in a community; the words the API and the pages use for the board roles. */
export const CommunityRole = { coordinator: 'coordinator', member: 'member', viewer: 'viewer' } as const
export type CommunityRole = (typeof CommunityRole)[keyof typeof CommunityRole]

/** The board role a community role opens on every board of the community. */
export const BOARD_ROLE_OF: Readonly<Record<CommunityRole, Role>> = {
  coordinator: Role.facilitator,
  member: Role.participant,
  viewer: Role.viewer,
}

/** The community role a board role stands for. */
export const COMMUNITY_ROLE_OF: Readonly<Record<Role, CommunityRole>> = {
  facilitator: 'coordinator',
  participant: 'member',
  viewer: 'viewer',
}

export { COMMUNITY_LIMITS }

/** The labels a new community starts with; a coordinator may add more. */
export const DEFAULT_RELATION_LABELS: readonly string[] = ['works with', 'shares infrastructure', 'mentors', 'same working group']

/** The label of the relation that working-group membership makes between its coops. */
export const WORKING_GROUP_RELATION = 'same working group'

/** One link per community role: `/c/<id>#token=<token>`. */
export const communityLinksSchema = z.object({ coordinator: z.string(), member: z.string(), viewer: z.string() })
export type CommunityLinks = z.infer<typeof communityLinksSchema>

/** `POST /api/communities`. */
export const createCommunityBody = z.object({
  name: nonBlankText(COMMUNITY_LIMITS.name, `name must be text of 1 to ${COMMUNITY_LIMITS.name} characters, not only blanks`),
  description: textUpTo(
    COMMUNITY_LIMITS.description,
    `description must be text of at most ${COMMUNITY_LIMITS.description} characters`,
  ).optional(),
})

/** `PATCH /api/communities/:id` (coordinator). */
export const patchCommunityBody = createCommunityBody.partial()

/** 201 answer of `POST /api/communities`. */
export const createdCommunitySchema = z.object({ id: z.string(), url: z.string(), links: communityLinksSchema })
export type CreatedCommunity = z.infer<typeof createdCommunitySchema>

/** `POST /api/communities/:id/meetings` (coordinator): `startsAt` is an ISO 8601 instant. */
export const newMeetingBody = z.object({
  title: nonBlankText(COMMUNITY_LIMITS.meetingTitle),
  startsAt: z.iso.datetime({ offset: true }),
})

/** 201 answer of `POST /api/communities/:id/meetings`. */
export const createdMeetingSchema = z.object({ board: z.object({ id: z.string(), url: z.string() }) })

/** `PATCH /api/communities/:id/meetings/:boardId` (coordinator): a recording link (http or https), or null to remove it. */
export const patchMeetingBody = z.object({
  recordingUrl: textUpTo(
    COMMUNITY_LIMITS.recordingUrl,
    `recordingUrl must be null or an address of at most ${COMMUNITY_LIMITS.recordingUrl} characters`,
  ).nullable(),
})

/** `POST /api/communities/:id/boards` (coordinator): attach an existing board, proving its facilitator token. */
export const attachBoardBody = z.object({ boardId: z.string(), boardToken: z.string() })

/** One meeting of the series. */
export const meetingSummarySchema = z.object({
  boardId: z.string(),
  title: z.string(),
  /** ISO 8601 instant the meeting starts. */
  startsAt: z.string(),
  createdAt: z.string(),
  recordingUrl: z.string().nullable(),
  /** The board page, without a token (the page adds the person's community token). */
  url: z.string(),
  /** The id of the board's latest snapshot (its final one once it is over), or null. */
  finalSnapshotId: z.string().nullable(),
  /** `upcoming` until 12 hours after it starts. */
  status: z.enum(['upcoming', 'past']),
})
export type MeetingSummary = z.infer<typeof meetingSummarySchema>

/** A coop as the community shows it (a roster entry without its board-specific corner). */
export const communityCoopSchema = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string(),
  website: z.string(),
  description: z.string(),
  delegates: z.array(z.string()),
  color: z.string(),
})
export type CommunityCoop = z.infer<typeof communityCoopSchema>

/** `POST /api/communities/:id/working-groups` and `PUT …/working-groups/:wgId` (coordinator). */
export const workingGroupBody = z.object({
  name: nonBlankText(COMMUNITY_LIMITS.workingGroupName),
  coopIds: z.array(z.string().max(200)).max(COMMUNITY_LIMITS.coopsPerGroup),
  people: z.array(nonBlankText(COMMUNITY_LIMITS.personName)).max(COMMUNITY_LIMITS.peoplePerGroup),
})

/** Who the rotation suggests next: the person (and coop) that reported least recently. */
export const suggestionSchema = z.object({ name: z.string(), coopId: z.string().nullable() })

/** A working group as the community page shows it. */
export const workingGroupViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  coopIds: z.array(z.string()),
  people: z.array(z.string()),
  /** Its lasting area (a frame) on the standing board, or null when it has none yet. */
  areaId: z.string().nullable(),
  /** Who should present its report at the next assembly, or null when it has no members. */
  presenterSuggestion: suggestionSchema.nullable(),
})
export type WorkingGroupView = z.infer<typeof workingGroupViewSchema>

/** One report in the rotation's history: a breakout rapporteur or a working group's presenter. */
export const rotationEntrySchema = z.object({
  meetingBoardId: z.string(),
  meetingTitle: z.string(),
  /** When they reported (ms). */
  at: timeMs,
  kind: z.enum(['breakout', 'workingGroup']),
  /** The breakout group's or working group's name. */
  group: z.string(),
  name: z.string(),
  coopId: z.string().nullable(),
  coopName: z.string(),
})
export type RotationEntry = z.infer<typeof rotationEntrySchema>

/**
 * A relation between two coops. `origin` says where it comes from; an arrow's also names the
 * board it is drawn on (the first one, when the same relation is drawn on several), so a
 * coordinator can find and remove a wrong one. Never in the public answers.
 */
export const relationSchema = z.object({
  source: z.string(),
  target: z.string(),
  label: z.string(),
  origin: z.enum(['arrow', 'workingGroup']),
  boardId: z.string().optional(),
  boardKind: z.enum(['standing', 'meeting']).optional(),
  /** The meeting's title, or the community's name for its standing board. */
  boardTitle: z.string().optional(),
})
export type Relation = z.infer<typeof relationSchema>

/** `PUT /api/communities/:id/relation-labels` (coordinator). */
export const relationLabelsBody = z.object({
  labels: z.array(nonBlankText(COMMUNITY_LIMITS.relationLabel)).min(1).max(COMMUNITY_LIMITS.relationLabels),
})

/** `GET /api/communities/:id` (any community token). */
export const communityViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  createdAt: z.string(),
  role: z.enum(['coordinator', 'member', 'viewer']),
  published: z.boolean(),
  standingBoard: z.object({ id: z.string(), url: z.string() }),
  coops: z.array(communityCoopSchema),
  /** Newest first. */
  meetings: z.array(meetingSummarySchema),
  /** The earliest upcoming meeting, or null. */
  nextMeeting: meetingSummarySchema.nullable(),
  workingGroups: z.array(workingGroupViewSchema),
  /** Newest first. */
  rotation: z.array(rotationEntrySchema),
  relations: z.array(relationSchema),
  relationLabels: z.array(z.string()),
})
export type CommunityView = z.infer<typeof communityViewSchema>

/** The outcome of a closed proposal. */
export const DECISION_OUTCOMES = ['agreed', 'amended', 'not_agreed'] as const

/** One decision of the register. */
export const decisionEntrySchema = z.object({
  meetingBoardId: z.string(),
  meetingTitle: z.string(),
  /** The meeting's start, ISO 8601. */
  meetingDate: z.string(),
  proposalId: z.string(),
  /** Its number in its meeting's decision log. */
  seq: z.number(),
  text: z.string(),
  /** The text as agreed when amended, else null. */
  amendedText: z.string().nullable(),
  outcome: z.enum(DECISION_OUTCOMES),
  closedAt: timeMs,
  outcomeNote: z.string().nullable(),
  stances: z.array(z.object({ coopId: z.string(), coopName: z.string(), stance: z.string(), reason: z.string().nullable() })),
})
export type DecisionEntry = z.infer<typeof decisionEntrySchema>

/** `GET /api/communities/:id/decisions.json[?q=&outcome=]`: newest first. */
export const decisionRegisterSchema = z.object({ decisions: z.array(decisionEntrySchema) })

/** A coop in the public directory: no delegate's name (nobody opted in to publish theirs). */
export const publicCoopSchema = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string(),
  website: z.string(),
  description: z.string(),
  /** Names of the working groups it belongs to. */
  workingGroups: z.array(z.string()),
})

/** `GET /api/communities/:id/public.json` (no token; 404 while unpublished). */
export const publicDirectorySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  coops: z.array(publicCoopSchema),
  relations: z.array(relationSchema.pick({ source: true, target: true, label: true })),
})
export type PublicDirectory = z.infer<typeof publicDirectorySchema>

/** `GET /api/communities/:id/graph.json` (no token; 404 while unpublished). */
export const graphSchema = z.object({
  nodes: z.array(z.object({ id: z.string(), name: z.string(), country: z.string() })),
  edges: z.array(z.object({ source: z.string(), target: z.string(), label: z.string() })),
})
export type CommunityGraph = z.infer<typeof graphSchema>
