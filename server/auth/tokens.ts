/**
 * Capability tokens of board links. Tokens are stored only as SHA-256 hashes. The participant
 * and viewer tokens are derived from the facilitator token (HMAC of role and generation), so a
 * facilitator on any device can be shown the current links without the server keeping them,
 * and rotating a link is bumping its generation.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { TOKEN_PATTERN, type Role } from '../../shared/protocol'

const TOKEN_BYTES = 24

/** A new random token (the facilitator's). */
export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url')
}

/** The token of `role` at `generation`, derived from the facilitator token. */
export function deriveToken(facilitatorToken: string, role: Role, generation: number): string {
  return createHmac('sha256', facilitatorToken)
    .update(`plenary-link:${role}:${generation}`)
    .digest()
    .subarray(0, TOKEN_BYTES)
    .toString('base64url')
}

/** The stored form of a token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url')
}

/** True when `value` has the shape of a token (checked before hashing anything). */
export function isTokenShaped(value: unknown): value is string {
  return typeof value === 'string' && TOKEN_PATTERN.test(value)
}

/** Constant-time comparison of two hashes. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}
