/**
 * Who a person is on a board: what the join dialog asks, what presence carries and what is
 * stamped on the notes they create. Pure data and validators; no DOM.
 */

import { ROSTER_LIMITS } from './corners/roster'

/** Longest display name accepted, in characters. */
export const MAX_NAME_LENGTH = 60

/**
 * Longest cooperative name accepted, in characters: as long as a roster coop's name, so a
 * delegate can pick any coop on the roster without its name being cut (and so becoming
 * another coop).
 */
export const MAX_COOP_LENGTH = ROSTER_LIMITS.name

/** A participant as shown to others: a stable per-browser id, name, coop and cursor colour. */
export interface Participant {
  id: string
  name: string
  coop: string
  color: string
}

/** The author stamped into `meta.author` of every sticky note at creation. */
export interface NoteAuthor {
  id: string
  name: string
  coop: string
}

/** The label shown on a note and in lists: "Name · Coop", or just the name without a coop. */
export function participantLabel(person: { name: string; coop: string }): string {
  const name = person.name.trim()
  const coop = person.coop.trim()
  return coop ? `${name} · ${coop}` : name
}

/** Trims and bounds a free-text name to `maxLength`; returns null when nothing usable is left. */
export function cleanName(raw: unknown, maxLength: number = MAX_NAME_LENGTH): string | null {
  if (typeof raw !== 'string') return null
  const cleaned = raw.replace(/\s+/g, ' ').trim().slice(0, maxLength)
  return cleaned.length > 0 ? cleaned : null
}

/** Reads `meta.author` of a record, or null when it is absent or malformed. */
export function readNoteAuthor(meta: unknown): NoteAuthor | null {
  if (typeof meta !== 'object' || meta === null) return null
  const author = (meta as Record<string, unknown>).author
  if (typeof author !== 'object' || author === null) return null
  const { id, name, coop } = author as Record<string, unknown>
  if (typeof id !== 'string' || typeof name !== 'string' || typeof coop !== 'string') return null
  return { id, name, coop }
}

/**
 * Cursor colours: distinct, readable on the light canvas, and dark enough for white name
 * tags (WCAG AA against white text).
 */
export const PARTICIPANT_COLORS = [
  '#c2410c',
  '#1d4ed8',
  '#15803d',
  '#a21caf',
  '#b91c1c',
  '#0f766e',
  '#7c3aed',
  '#b45309',
  '#be185d',
  '#0369a1',
  '#4d7c0f',
  '#6d28d9',
] as const

/** A stable colour for a participant id, so the same person keeps the same colour. */
export function colorForId(id: string): string {
  let hash = 0
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) | 0
  const index = Math.abs(hash) % PARTICIPANT_COLORS.length
  return PARTICIPANT_COLORS[index] ?? PARTICIPANT_COLORS[0]
}
