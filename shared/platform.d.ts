// shared/ runs in browsers and in Node, so tsconfig.shared.json loads neither DOM nor Node
// types: code here cannot reach for `window`, `document`, `process` or `Buffer` by accident.
// These are the few web-platform globals that both have (Node ≥ 20) and that shared/ uses,
// declared with only the members it uses. Add one here only if both platforms have it.

/** WHATWG URL (browsers, Node's global `URL`). */
declare class URL {
  constructor(url: string, base?: string | URL)
  readonly href: string
  readonly protocol: string
  readonly username: string
  readonly password: string
  readonly hostname: string
  readonly pathname: string
  readonly searchParams: URLSearchParams
}

/** WHATWG URLSearchParams, read side. */
declare interface URLSearchParams {
  get(name: string): string | null
  has(name: string): boolean
}

/** WHATWG TextEncoder: UTF-8 bytes of a string. */
declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>
}

/** Base64 to a binary string (browsers, Node's global `atob`). */
declare function atob(data: string): string

/** Web Crypto's random source (browsers, Node's global `crypto`). */
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T }
