/**
 * How a relation label reads in the person's language. Labels are stored as typed (the
 * defaults in canonical English, so every board and the server match them alike); the ones
 * Plenary ships are shown through a message key, and a label a community added shows as typed.
 * The community pages and the board's relation picker both use this one table.
 */
import type { TFunction } from 'i18next'
import { WORKING_GROUP_RELATION } from '../../shared/community/api'
import { matchKey } from '../../shared/text/fold'

/** Message keys of the labels Plenary ships, by their canonical English text. */
const KNOWN_LABEL_KEYS = {
  'works with': 'common.relationLabel.worksWith',
  'shares infrastructure': 'common.relationLabel.sharesInfrastructure',
  mentors: 'common.relationLabel.mentors',
  [WORKING_GROUP_RELATION]: 'common.relationLabel.sameWorkingGroup',
} as const

type KnownLabelKey = (typeof KNOWN_LABEL_KEYS)[keyof typeof KNOWN_LABEL_KEYS]

const KEY_BY_MATCH = new Map<string, KnownLabelKey>(Object.entries(KNOWN_LABEL_KEYS).map(([label, key]) => [matchKey(label), key]))

/** The message key of a label Plenary ships (matched case- and accent-insensitively), or null for a community's own label. */
export function relationLabelKey(label: string): KnownLabelKey | null {
  return KEY_BY_MATCH.get(matchKey(label)) ?? null
}

/** The label as the person reads it: a shipped label in the language of `t`, any other as typed. */
export function relationLabelText(label: string, t: TFunction): string {
  const key = relationLabelKey(label)
  return key === null ? label : t(key)
}
