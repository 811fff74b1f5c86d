/**
 * The stage's decisions, as pure functions: whom this browser follows, whether a summons moves
 * it, which presenter's view it outlines, and what page area a presenter's presence shows.
 */
import type { StageFollow, StageSummon } from '../../../shared/stage/stage'

/** A page-space rectangle. */
export interface PageBox {
  x: number
  y: number
  w: number
  h: number
}

/** What the stage needs from a tldraw presence record. */
export interface PresenceView {
  userId: string
  currentPageId: string
  camera: { x: number; y: number; z: number } | null
  screenBounds: { w: number; h: number } | null
}

/** How long after a summons the summoner's view stays outlined, in ms. */
export const SUMMONS_OUTLINE_MS = 10 * 60 * 1000

/**
 * How old a summons may be, by this browser's clock, and still move a browser that has not seen
 * any summons of this board in this tab: a late joiner is not thrown to where the room was an
 * hour ago, but someone whose connection came up a moment after the summons still goes.
 */
export const FRESH_SUMMONS_MS = 2 * 60 * 1000

/** The participant id this browser should follow, or null (nobody, or this browser presents). */
export function presenterToFollow(follow: StageFollow | null, selfId: string): string | null {
  if (!follow || follow.presenterId === selfId) return null
  return follow.presenterId
}

/**
 * True when `summons` should move this browser's camera: it is new to this tab (`lastSeenAt` is
 * the `at` of the last summons this tab saw, null for none), it was not this browser's own, and,
 * for a tab that has seen no summons yet, it is fresh.
 */
export function shouldActOnSummons(summons: StageSummon | null, lastSeenAt: number | null, selfId: string, now: number): boolean {
  if (!summons || summons.at === lastSeenAt || summons.presenterId === selfId) return false
  if (lastSeenAt === null) return Math.abs(now - summons.at) <= FRESH_SUMMONS_MS
  return true
}

/** Whose view a participant sees outlined, and why. */
export interface OutlinedPresenter {
  presenterId: string
  presenterLabel: string
}

/**
 * The presenter whose view is outlined on this browser's canvas: the followed presenter while a
 * follow is set, else the summoner for {@link SUMMONS_OUTLINE_MS} after this tab acted on their
 * summons (`summonedAt`: this browser's clock when it did), else nobody. Never this browser.
 */
export function outlinedPresenter(
  follow: StageFollow | null,
  summons: StageSummon | null,
  summonedAt: number | null,
  selfId: string,
  now: number,
): OutlinedPresenter | null {
  if (follow) return follow.presenterId === selfId ? null : { presenterId: follow.presenterId, presenterLabel: follow.presenterLabel }
  if (!summons || summonedAt === null || summons.presenterId === selfId) return null
  return now - summonedAt < SUMMONS_OUTLINE_MS ? { presenterId: summons.presenterId, presenterLabel: summons.presenterLabel } : null
}

/** True when a presence's userId belongs to `participantId` (tldraw may prefix it with `user:`). */
export function isPresenceOf(userId: string, participantId: string): boolean {
  return userId === participantId || userId === `user:${participantId}`
}

/** The presence of `participantId` among `presences`, or null. */
export function presenceOf<P extends PresenceView>(presences: readonly P[], participantId: string): P | null {
  return presences.find((presence) => isPresenceOf(presence.userId, participantId)) ?? null
}

/**
 * The page area a presence's viewport shows: its camera is the page offset and zoom, its screen
 * bounds the viewport's size in screen pixels. Null for a presence without a usable viewport.
 */
export function viewportOfPresence(presence: PresenceView): PageBox | null {
  const { camera, screenBounds } = presence
  if (!camera || !screenBounds) return null
  if (!(camera.z > 0) || !(screenBounds.w > 0) || !(screenBounds.h > 0)) return null
  return { x: -camera.x, y: -camera.y, w: screenBounds.w / camera.z, h: screenBounds.h / camera.z }
}
