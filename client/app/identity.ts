/**
 * Who this browser is on boards: a stable random participant id, plus the name and
 * cooperative the person typed in the join dialog. Kept in localStorage so the dialog is
 * asked once per browser.
 */
import { cleanName, colorForId, MAX_COOP_LENGTH, type Participant } from '../../shared/participant'
import { browserStorage, readJson, writeJson, type KeyValueStorage } from '../lib/storage'

const PARTICIPANT_ID_KEY = 'plenary.participantId.v1'
const IDENTITY_KEY = 'plenary.identity.v1'

/** Participant ids we generate are 22 URL-safe characters; accept a little more for safety. */
const PARTICIPANT_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/

/** What a person tells the join dialog. */
export interface Identity {
  name: string
  /** Empty when they chose not to name a cooperative. */
  coop: string
}

/** The outcome of validating what was typed in the join dialog. */
export type IdentityResult =
  | { ok: true; identity: Identity }
  /** What is wrong, as a message key under `join.` ('nameMissing'). */
  | { ok: false; error: 'nameMissing' }

/**
 * A new random participant id (128 bits, URL-safe). Uses getRandomValues rather than
 * randomUUID because randomUUID is missing outside secure contexts (plain http on a LAN).
 */
export function newParticipantId(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** This browser's participant id, created and stored on first use. */
export function participantId(storage: KeyValueStorage = browserStorage()): string {
  const stored = readJson(storage, PARTICIPANT_ID_KEY)
  if (typeof stored === 'string' && PARTICIPANT_ID_PATTERN.test(stored)) return stored
  const id = newParticipantId()
  writeJson(storage, PARTICIPANT_ID_KEY, id)
  return id
}

/** Validates what was typed: a name is required, the cooperative is optional. */
export function validateIdentity(input: { name: unknown; coop: unknown }): IdentityResult {
  const name = cleanName(input.name)
  if (!name) return { ok: false, error: 'nameMissing' }
  return { ok: true, identity: { name, coop: cleanName(input.coop, MAX_COOP_LENGTH) ?? '' } }
}

/** The remembered name and cooperative, or null when this browser has not joined yet. */
export function loadIdentity(storage: KeyValueStorage = browserStorage()): Identity | null {
  const stored = readJson(storage, IDENTITY_KEY)
  if (typeof stored !== 'object' || stored === null) return null
  const { name, coop } = stored as Record<string, unknown>
  const result = validateIdentity({ name, coop })
  return result.ok ? result.identity : null
}

/** Remembers the name and cooperative for the next visit; returns what was kept. */
export function saveIdentity(identity: Identity, storage: KeyValueStorage = browserStorage()): Identity {
  writeJson(storage, IDENTITY_KEY, { name: identity.name, coop: identity.coop })
  return identity
}

/** The participant other people see: id, name, coop and a colour derived from the id. */
export function toParticipant(id: string, identity: Identity): Participant {
  return { id, name: identity.name, coop: identity.coop, color: colorForId(id) }
}
