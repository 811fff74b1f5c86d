/**
 * What the join dialog makes of the text in "Your cooperative": a coop on the roster, or a
 * coop new to the board (with the closest roster coops, and whether this person may add it),
 * and what joining with it means. Pure, so the dialog only renders it.
 */
import type { Coop } from '../../../shared/corners/roster'
import { didYouMean, findCoop } from './coopPicker'

/** The field's text as the dialog reads it. */
export type CoopChoice =
  | { kind: 'blank' }
  | { kind: 'known'; coop: Coop }
  /** Not on the roster: `suggestions` are the closest roster coops; `mayAdd` false when only the roster's coops may be chosen. */
  | { kind: 'new'; suggestions: Coop[]; mayAdd: boolean }

/**
 * Reads `text` against the roster (null while unknown: then any coop may be typed, and the
 * server still refuses a new coop the board does not take).
 */
export function readCoopChoice(roster: readonly Coop[] | null, text: string, mayAddCoop: boolean): CoopChoice {
  if (text.trim() === '') return { kind: 'blank' }
  const known = findCoop(roster ?? [], text)
  if (known) return { kind: 'known', coop: known }
  return { kind: 'new', suggestions: didYouMean(roster ?? [], text), mayAdd: mayAddCoop || roster === null }
}

/** What joining with a choice gives: the coop to go by and whether to make its corner, or why not. */
export type JoinCoop = { ok: true; coop: string; createCorner: boolean } | { ok: false; error: 'rosterOnly' }

/**
 * The coop a person joins with: a roster coop under the roster's own spelling (so they count
 * for it everywhere it is matched by id), always with its corner (made if it went missing); a
 * new coop as typed, with a corner only when ticked; none when only the roster's coops may be
 * chosen and the text names none of them.
 */
export function joinCoop(choice: CoopChoice, text: string, createCorner: boolean): JoinCoop {
  switch (choice.kind) {
    case 'blank':
      return { ok: true, coop: text, createCorner: false }
    case 'known':
      return { ok: true, coop: choice.coop.name, createCorner: true }
    case 'new':
      return choice.mayAdd ? { ok: true, coop: text, createCorner } : { ok: false, error: 'rosterOnly' }
  }
}
