/**
 * The rules the server applies to the decision maps (declared in ./feature.ts): what a stored
 * proposal or stance must be, and which changes may be made. Pure functions over a structural
 * input, so they are tested without a server.
 *
 * What the server cannot check: tokens open a role, not a person, so it cannot prove that a
 * participant belongs to the coop they take a stance for. It checks that the stance is taken
 * in the name of a participant the connection's presence claims, which keeps one browser from
 * writing in someone else's name, and stance keys are one per coop, so a coop never has two.
 */
import type * as Y from 'yjs'
import type { Slot } from '../feature'
import { coopIdFor } from '../corners/roster'
import { cardIdFor } from './card'
import { Role } from '../protocol'
import { readProposalIn } from './read'
import { readProposal, readStance, stanceKey } from './types'

/** A map entry before or after a change. */
export type EntrySlot = Slot

/** One change of a decision-map entry, as the server reviews it. */
export interface DecisionChange {
  /** The document with the rest of the same update applied. */
  doc: Y.Doc
  key: string
  before: EntrySlot
  after: EntrySlot
  role: Role
  /** The participant ids the writer's connection claims in its presence. */
  writer: { participantIds: ReadonlySet<string> }
}

/** Why `value` may not be stored under `key` in the proposals map, or null. */
export function proposalValueProblem(key: string, value: unknown): string | null {
  const proposal = readProposal(value)
  if (!proposal) return 'not a valid proposal'
  if (proposal.id !== key) return 'a proposal is stored under its own id'
  if (proposal.shapeId !== cardIdFor(proposal.id)) return "a proposal's card id derives from its id"
  return null
}

/** Why `value` may not be stored under `key` in the stances map, or null. */
export function stanceValueProblem(key: string, value: unknown): string | null {
  const stance = readStance(value)
  if (!stance) return 'not a valid stance'
  if (stance.coopId !== coopIdFor(stance.coopName)) return "a stance's coop id derives from its coop name"
  if (stanceKey(stance.proposalId, stance.coopId) !== key) return 'a stance is stored under its proposal and coop'
  return null
}

/** Deep equality of plain JSON values. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const aKeys = Object.keys(a)
  const bKeys = Object.keys(b)
  if (aKeys.length !== bKeys.length) return false
  const aRecord = a as Record<string, unknown>
  const bRecord = b as Record<string, unknown>
  return aKeys.every((key) => Object.hasOwn(bRecord, key) && sameJson(aRecord[key], bRecord[key]))
}

function unchanged(change: DecisionChange): boolean {
  return change.before.present && change.after.present && sameJson(change.before.value, change.after.value)
}

/**
 * Why a change of a proposal may not be made, or null. Only facilitators write the map
 * (its writers); a closed proposal is final: it is the decision log.
 */
export function proposalChangeProblem(change: DecisionChange): string | null {
  if (!change.before.present || unchanged(change)) return null
  const before = readProposal(change.before.value)
  if (!before || before.status === 'open') return null
  return change.after.present ? 'a closed proposal cannot change' : 'a closed proposal stays in the decision log'
}

/** The proposal id a stance entry belongs to, from whichever side of the change has a stance. */
function proposalIdOf(change: DecisionChange): string | null {
  for (const slot of [change.after, change.before]) {
    const stance = slot.present ? readStance(slot.value) : null
    if (stance) return stance.proposalId
  }
  return null
}

/**
 * Why a change of a stance may not be made, or null: stances are taken on open proposals only,
 * in the name of a participant the writer's presence claims; only facilitators clear one, and
 * nobody changes the stances of a closed proposal.
 */
export function stanceChangeProblem(change: DecisionChange): string | null {
  if (unchanged(change)) return null
  const proposalId = proposalIdOf(change)
  const proposal = proposalId === null ? null : readProposalIn(change.doc, proposalId)
  if (!change.after.present) {
    if (change.role !== Role.facilitator) return 'only facilitators clear a stance'
    return proposal && proposal.status !== 'open' ? 'the stances of a closed proposal cannot change' : null
  }
  if (!proposal) return 'no such proposal'
  if (proposal.status !== 'open') return 'the stances of a closed proposal cannot change'
  const stance = readStance(change.after.value)
  if (!stance || !change.writer.participantIds.has(stance.participantId)) return 'a stance is taken in your own name'
  return null
}
