/**
 * What the server reads from a presence (awareness) state to decide whether a receiver needs
 * it now or can get it later: where the person's cursor is, what part of which page their
 * screen shows, whom they follow, and who they are. Pure; Plenary's browsers publish
 * tldraw's instance presence under `presence` (client/sync/presence.ts). A state without it,
 * e.g. a stock y-websocket client's, yields no view, and its receiver simply gets everything.
 */
import { Role } from '../../shared/protocol'

/** A rectangle in page coordinates. */
export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

/** The facts of one presence state that relaying depends on. */
export interface PresenceFacts {
  /** The participant id (`user.id`). */
  participantId: string | null
  /** The role the server stamped. */
  role: string | null
  /** tldraw's user id of the presence, what `followingUserId` names. */
  tldrawUserId: string | null
  pageId: string | null
  cursor: { x: number; y: number } | null
  /** The part of the page this person's screen shows. */
  view: Rect | null
  /** The tldraw user id this person follows. */
  following: string | null
  /**
   * What people who cannot see this cursor still see of the state (name, role, page,
   * selection, chat, being present at all), as one comparable string: only a change of it
   * goes out at the next refresh.
   */
  seenFromAfar: string
}

/** Screen margin, as a share of the view, within which a cursor counts as visible (it is about to enter). */
const VIEW_MARGIN = 0.1

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}

function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : null
}

function point(value: unknown): { x: number; y: number } | null {
  const p = record(value)
  const x = finite(p?.x)
  const y = finite(p?.y)
  return x === null || y === null ? null : { x, y }
}

/** The page area a tldraw camera and screen size show (tldraw's viewport page bounds). */
function viewOf(presence: Record<string, unknown>): Rect | null {
  const camera = record(presence.camera)
  const screen = record(presence.screenBounds)
  const cx = finite(camera?.x)
  const cy = finite(camera?.y)
  const z = finite(camera?.z)
  const w = finite(screen?.w)
  const h = finite(screen?.h)
  if (cx === null || cy === null || z === null || w === null || h === null || z <= 0 || w <= 0 || h <= 0) return null
  return { x: -cx, y: -cy, w: w / z, h: h / z }
}

/** Reads the facts of a presence state; anything malformed reads as unknown (null). */
export function readPresenceFacts(state: unknown): PresenceFacts {
  const root = record(state)
  const user = record(root?.user)
  const presence = record(root?.presence)
  return {
    participantId: text(user?.id),
    role: text(root?.role),
    tldrawUserId: presence ? text(presence.userId) : null,
    pageId: presence ? text(presence.currentPageId) : null,
    cursor: presence ? point(presence.cursor) : null,
    view: presence ? viewOf(presence) : null,
    following: presence ? text(presence.followingUserId) : null,
    seenFromAfar: JSON.stringify([
      root?.user ?? null,
      root?.role ?? null,
      presence?.currentPageId ?? null,
      presence?.selectedShapeIds ?? null,
      presence?.chatMessage ?? null,
      presence === null,
    ]),
  }
}

/** True when `p` lies in `view` widened by a margin on every side. */
export function inView(view: Rect, p: { x: number; y: number }): boolean {
  const mx = view.w * VIEW_MARGIN
  const my = view.h * VIEW_MARGIN
  return p.x >= view.x - mx && p.x <= view.x + view.w + mx && p.y >= view.y - my && p.y <= view.y + view.h + my
}

/** A key that changes when the receiver looks somewhere else (page, pan or zoom). */
export function viewKey(facts: PresenceFacts): string {
  const v = facts.view
  return v === null ? '' : `${facts.pageId ?? ''}|${Math.round(v.x)}|${Math.round(v.y)}|${Math.round(v.w)}|${Math.round(v.h)}`
}

/**
 * Breakout groups as the relay needs them: the group of each participant of the running
 * session. Facilitators see everyone; a member sees their group and the facilitators, as
 * their browser shows (client/features/breakouts/presenceFilter.ts).
 */
export type GroupOf = ReadonlyMap<string, string>

/** Who must see whom, from the board document: breakout groups and the stage. */
export interface PresenceAudience {
  /** The running breakout session's groups, or null outside one. */
  groups: GroupOf | null
  /** Participant ids everyone needs at once: whom the stage follows or summoned to. */
  presenters: ReadonlySet<string>
}

/** Whether `receiver` shows `source`'s presence at all during a breakout (true outside one). */
export function shownInBreakout(groups: GroupOf | null, receiver: PresenceFacts, source: PresenceFacts): boolean {
  if (groups === null || receiver.role !== Role.participant || receiver.participantId === null) return true
  const own = groups.get(receiver.participantId)
  if (own === undefined || source.role === Role.facilitator) return true
  return source.participantId !== null && groups.get(source.participantId) === own
}

/**
 * Whether everyone needs `source`'s state at once, wherever its cursor is: a facilitator's or
 * the stage's presenter's (summons, follows and "Go to presenter" use their view), or a state
 * that is nobody's presence (a server's own, which carries the viewer count).
 */
export function wantedEverywhere(audience: PresenceAudience, source: PresenceFacts): boolean {
  if (source.participantId === null || source.role === Role.facilitator) return true
  return audience.presenters.has(source.participantId)
}

/**
 * Whether `receiver` should get `source`'s newest state at once: it shows on their screen
 * (or is followed by them), or it is wanted everywhere. Everything else can wait for the
 * periodic refresh. A receiver whose view is unknown gets everything at once.
 */
export function wantedNow(audience: PresenceAudience, receiver: PresenceFacts | null, source: PresenceFacts): boolean {
  if (receiver === null || receiver.view === null) return true
  if (wantedEverywhere(audience, source)) return true
  if (!shownInBreakout(audience.groups, receiver, source)) return false
  if (receiver.following !== null && receiver.following === source.tldrawUserId) return true
  if (source.cursor === null || source.pageId !== receiver.pageId) return false
  return inView(receiver.view, source.cursor)
}
