/**
 * Wire constants shared by the client and the server: paths, y-websocket message types,
 * close codes and versions. Nothing here touches a socket or the DOM.
 */

/** Bumped when the meaning of frames or close codes changes incompatibly. */
export const PROTOCOL_VERSION = 1

/** Bumped when the layout of the board's Y.Doc changes (see docs/PROTOCOL.md). */
export const DOC_LAYOUT_VERSION = 2

/** HTTP and WebSocket paths. The sync URL is `${SYNC_PATH}/${boardId}` as y-websocket builds it. */
export const Paths = {
  /** Liveness: `{ ok: true }` while the process runs. */
  health: '/healthz',
  /** Readiness: 200 `{ ready: true }` when the store (and fan-out) can serve, else 503 `{ ready: false, reason }`. */
  ready: '/readyz',
  /** `GET` → `{ now }`: the server's clock in ms, for clients to correct theirs (breakout timers). */
  time: '/api/time',
  boards: '/api/boards',
  boardPage: '/b/',
  sync: '/sync',
} as const

/**
 * Id of the `<script type="application/json">` block in which the server hands the page its
 * runtime configuration (a data block, so the Content-Security-Policy needs no inline script).
 */
export const RUNTIME_CONFIG_ELEMENT_ID = 'plenary-config'

/** y-websocket top-level message types (first varuint of every binary frame). */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
} as const
export type MessageType = (typeof MessageType)[keyof typeof MessageType]

/**
 * WebSocket close codes. The stock y-websocket client treats 4400–4499 as permanent (it stops
 * reconnecting); every other code makes it retry with backoff. So: auth and not-found are in
 * 44xx, while anything an honest client could recover from by reconnecting is outside it.
 */
export const CloseCode = {
  /** The server is shutting down or restarting; reconnect. (RFC 6455 "service restart") */
  serviceRestart: 1012,
  /** A frame was larger than the server accepts; ws closes with this itself. */
  messageTooBig: 1009,
  /** A frame could not be decoded as a y-websocket message. The client may reconnect and resync. */
  malformedMessage: 4000,
  /** The server failed to store an update; the client should retry later. */
  storageUnavailable: 4001,
  /** Too many messages in too short a time; the client may reconnect after a backoff. */
  rateLimited: 4002,
  /**
   * The connection claimed more presence than a browser ever does (more awareness client ids,
   * states in one frame, or bytes in one state than the limits allow). The client may reconnect.
   */
  presenceLimit: 4005,
  /** The sync URL did not name a board the right way. Permanent. */
  badRequest: 4400,
  /** No token, or a token that opens no role on this board. Permanent. */
  unauthorized: 4401,
  /** The page's Origin is not the configured public URL. Permanent. */
  originNotAllowed: 4403,
  /** No board with that id. Permanent. */
  boardNotFound: 4404,
  /** The link was rotated by a facilitator: this token no longer opens the board. Permanent. */
  linkRevoked: 4410,
  /**
   * An update the server refuses as a whole, before applying it (a map key or type name longer
   * than any board uses); re-sending it would fail again. Permanent.
   */
  updateRefused: 4422,
} as const
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode]

/** True for close codes after which the stock y-websocket client stops reconnecting. */
export function isPermanentCloseCode(code: number): boolean {
  return code >= 4400 && code < 4500
}

/** Stable error ids for JSON error bodies: `{ "error": { "id", "message" } }`. */
export const ErrorId = {
  notFound: 'not_found',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  linkRevoked: 'link_revoked',
  badRequest: 'bad_request',
  payloadTooLarge: 'payload_too_large',
  unsupportedMediaType: 'unsupported_media_type',
  internal: 'internal',
  /** The server's database is unreachable; nothing was stored. Retry later (HTTP 503). */
  storageUnavailable: 'storage_unavailable',
  /** A per-board limit is reached (e.g. the board's snapshots); nothing was stored (HTTP 409). */
  limitReached: 'limit_reached',
  /** The request contradicts how the thing is set up (e.g. replacing a community board's own link, HTTP 409). */
  conflict: 'conflict',
  /** Too many requests from one address; retry after the `Retry-After` header's seconds (HTTP 429). */
  rateLimited: 'rate_limited',
  /** The request's Host is not one this server answers to (DNS rebinding guard, HTTP 421). */
  hostNotAllowed: 'host_not_allowed',
} as const
export type ErrorId = (typeof ErrorId)[keyof typeof ErrorId]

/** Board ids: 16 random bytes as 22 URL-safe base64 characters (128 bits). */
export const BOARD_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/

/** True when `id` has the shape of a board id (it may still not exist). */
export function isBoardId(id: string): boolean {
  return BOARD_ID_PATTERN.test(id)
}

/** Longest board title accepted, in characters. */
export const MAX_TITLE_LENGTH = 200

/** What a person may do on a board; decided by the token of the link they opened. */
export const Role = {
  facilitator: 'facilitator',
  participant: 'participant',
  viewer: 'viewer',
} as const
export type Role = (typeof Role)[keyof typeof Role]

/** Every role, most powerful first. */
export const ROLES: readonly Role[] = [Role.facilitator, Role.participant, Role.viewer]

/** Narrows a string to a role. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

/** Roles whose link a facilitator can rotate (the facilitator link itself is not rotated). */
export const ROTATABLE_ROLES: readonly Role[] = [Role.participant, Role.viewer]

/** Query parameter of the sync URL that carries the link's token (y-websocket `params`). */
export const TOKEN_PARAM = 'token'

/** Fragment key of board links: `/b/<id>#token=<token>`; a fragment never reaches logs. */
export const LINK_TOKEN_KEY = 'token'

/** Tokens: 24 random bytes (192 bits) as 32 URL-safe base64 characters. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/
