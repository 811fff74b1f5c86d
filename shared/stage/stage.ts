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
import { z } from 'zod'
import { readWith, textUpTo, timeMs } from '../values'

/** Top-level Y.Map of the stage; facilitators write it (shared/namedMaps.ts). */
export const STAGE_MAP = 'plenary:stage'

/** Keys of {@link STAGE_MAP}. */
export const StageKey = {
  /** A {@link StageFollow}: everyone follows the presenter until the entry is deleted. */
  follow: 'follow',
  /** A {@link StageSummon}: everyone's view moves once to the presenter's; a new `at` moves them again. */
  summon: 'summon',
} as const

/** Longest presenter label stored, in characters. */
export const MAX_PRESENTER_LABEL = 160

/** A participant id, as presence carries it. */
const presenterId = textUpTo(200).min(1)
/** "Name · Coop" of the presenter, to show who is being followed before their presence arrives. */
const presenterLabel = textUpTo(MAX_PRESENTER_LABEL).min(1)

/** Schema of a {@link StageFollow}. */
export const stageFollowSchema = z.object({
  presenterId,
  presenterLabel,
  /** Why the stage follows someone. */
  reason: z.enum(['facilitator', 'report']),
  /** Server-clock ms when the follow began. */
  since: timeMs,
})

/** Everyone follows `presenterId` (a participant id, as presence carries it). */
export type StageFollow = z.infer<typeof stageFollowSchema>

/** Why the stage follows someone. */
export type FollowReason = StageFollow['reason']

/** Schema of a {@link StageSummon}. */
export const stageSummonSchema = z.object({
  presenterId,
  presenterLabel,
  /** Server-clock ms of the summons; clients move once per distinct value. */
  at: timeMs,
})

/** A one-off "bring everyone to me". */
export type StageSummon = z.infer<typeof stageSummonSchema>

/** Narrows a stored value to a {@link StageFollow}, or null. */
export const readStageFollow = readWith(stageFollowSchema)

/** Narrows a stored value to a {@link StageSummon}, or null. */
export const readStageSummon = readWith(stageSummonSchema)

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

/** Who has the floor while the stage follows for a report: a participant id and their "Name · Coop". */
export interface ReportPresenter {
  presenterId: string
  presenterLabel: string
}

/**
 * Everyone follows `presenter` for a report (reason 'report'), from `now` (server-clock ms); with
 * no presenter, or one without an id or a label, the stage is released and views are left free.
 */
export function followReport(doc: Y.Doc, presenter: ReportPresenter | null, now: number): void {
  if (presenter && presenter.presenterId !== '' && presenter.presenterLabel !== '') {
    setFollow(doc, {
      presenterId: presenter.presenterId,
      presenterLabel: presenter.presenterLabel.slice(0, MAX_PRESENTER_LABEL),
      reason: 'report',
      since: now,
    })
  } else {
    clearFollow(doc)
  }
}

/** Releases the stage if a report holds it (a facilitator's own follow is left alone). */
export function releaseReportFollow(doc: Y.Doc): void {
  if (readFollow(doc)?.reason === 'report') clearFollow(doc)
}
