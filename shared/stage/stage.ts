/**
 * The stage: who the assembly is looking at. When a facilitator says "follow me", or hands the
 * floor to a rapporteur in report-back, every other browser keeps its camera on that person's
 * view until the stage is released. This is Plenary's own signal in the board document, not
 * tldraw's follow: tldraw stops following as soon as the follower touches the canvas, and a
 * signal in the document survives reload, reconnect and late joiners.
 *
 * The presenter's view itself travels in awareness (tldraw's presence record: camera and
 * screen bounds); the stage names whom to follow. Pure functions over the document.
 */
import type * as Y from 'yjs'

/** Top-level Y.Map of the stage; facilitators write it (shared/namedMaps.ts). */
export const STAGE_MAP = 'plenary:stage'

/** Keys of {@link STAGE_MAP}. */
export const StageKey = {
  /** A {@link StageFollow}: everyone follows the presenter until the entry is deleted. */
  follow: 'follow',
  /** A {@link StageSummon}: everyone's view moves once to the presenter's; a new `at` moves them again. */
  summon: 'summon',
} as const

/** Why the stage follows someone. */
export type FollowReason = 'facilitator' | 'report'

/** Everyone follows `presenterId` (a participant id, as presence carries it). */
export interface StageFollow {
  presenterId: string
  /** "Name · Coop" of the presenter, to show who is being followed before their presence arrives. */
  presenterLabel: string
  reason: FollowReason
  /** Server-clock ms when the follow began. */
  since: number
}

/** A one-off "bring everyone to me". */
export interface StageSummon {
  presenterId: string
  presenterLabel: string
  /** Server-clock ms of the summons; clients move once per distinct value. */
  at: number
}

/** Longest presenter label stored, in characters. */
export const MAX_PRESENTER_LABEL = 160

function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}

function isShortString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
}

/** Narrows a stored value to a {@link StageFollow}, or null. */
export function readStageFollow(value: unknown): StageFollow | null {
  const v = asObject(value)
  if (!v) return null
  const { presenterId, presenterLabel, reason, since } = v
  if (!isShortString(presenterId, 200) || !isShortString(presenterLabel, MAX_PRESENTER_LABEL)) return null
  if (reason !== 'facilitator' && reason !== 'report') return null
  if (!isTime(since)) return null
  return { presenterId, presenterLabel, reason, since }
}

/** Narrows a stored value to a {@link StageSummon}, or null. */
export function readStageSummon(value: unknown): StageSummon | null {
  const v = asObject(value)
  if (!v) return null
  const { presenterId, presenterLabel, at } = v
  if (!isShortString(presenterId, 200) || !isShortString(presenterLabel, MAX_PRESENTER_LABEL) || !isTime(at)) return null
  return { presenterId, presenterLabel, at }
}

/** Why `value` may not be stored under `key` in the stage map, or null (the server's value rule). */
export function stageEntryProblem(key: string, value: unknown): string | null {
  if (key === StageKey.follow) return readStageFollow(value) ? null : 'not a follow (presenterId, presenterLabel, reason, since)'
  if (key === StageKey.summon) return readStageSummon(value) ? null : 'not a summons (presenterId, presenterLabel, at)'
  return `unknown stage key ${key.slice(0, 40)}`
}

function stageMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(STAGE_MAP)
}

/** The current follow of `doc`, or null. */
export function readFollow(doc: Y.Doc): StageFollow | null {
  return readStageFollow(stageMap(doc).get(StageKey.follow))
}

/** The latest summons of `doc`, or null. */
export function readSummon(doc: Y.Doc): StageSummon | null {
  return readStageSummon(stageMap(doc).get(StageKey.summon))
}

/** Makes everyone follow `follow.presenterId`, replacing any earlier follow. Call inside a transaction. */
export function setFollow(doc: Y.Doc, follow: StageFollow): void {
  stageMap(doc).set(StageKey.follow, { ...follow })
}

/** Releases everyone from following. */
export function clearFollow(doc: Y.Doc): void {
  stageMap(doc).delete(StageKey.follow)
}

/** Brings everyone's view to the presenter once. */
export function summon(doc: Y.Doc, summons: StageSummon): void {
  stageMap(doc).set(StageKey.summon, { ...summons })
}
