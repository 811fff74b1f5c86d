/**
 * Board documents of a community as its meetings leave them, for tests of what the server reads
 * back (register, rotation, relations, public directory): the 31 coops with their corners and
 * delegates, labelled arrows between corners, working groups, decisions with stances, a
 * breakout with its rapporteurs. Written into the store as stored boards, so a test does not
 * depend on the routes that make them.
 */
import * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { assignMember, endSession, setRapporteur, startSession } from '../../shared/breakouts/session'
import { sessionPlan } from '../../shared/breakouts/testing'
import { WORKING_GROUPS_MAP, type WorkingGroup } from '../../shared/community/maps'
import { rosterMap } from '../../shared/corners/applyPlan'
import { createCornerRecord } from '../../shared/corners/cornerRecord'
import { mergeRoster, type Coop } from '../../shared/corners/roster'
import { MEMBER_COOPS } from '../../shared/corners/testing'
import { closeProposal, openProposal, setStance, type ClosingInput } from '../../shared/decisions/write'
import { arrowBindingRecord, arrowRecord } from '../../shared/miro/records'
import { plainTextToRichText } from '../../shared/notes'
import type { RunningServer } from '../app'
import { waitFor } from './syncClient'

/** The delegates of the first coops: people's names that no public answer may carry. */
export const COMMUNITY_DELEGATES: readonly string[] = ['Ana Pérez', 'Łucja Nowak', 'Ελένη Παππά', '山田 健二']

/** The 31 member coops, the first ones with a delegate each. */
export const COMMUNITY_ROSTER: readonly Coop[] = mergeRoster(
  [],
  MEMBER_COOPS.map((name, i) => ({
    name,
    country: `Country ${i + 1}`,
    website: `https://coop${i + 1}.example`,
    delegates: COMMUNITY_DELEGATES[i] ? [COMMUNITY_DELEGATES[i]] : [],
  })),
).added

/** The id of the coop named `name` in {@link COMMUNITY_ROSTER}. */
export function coopId(name: string): string {
  const coop = COMMUNITY_ROSTER.find((entry) => entry.name === name)
  if (!coop) throw new Error(`no coop ${name}`)
  return coop.id
}

/** A board with the roster and a corner per coop, in a row. */
export function rosterBoard(): Y.Doc {
  const doc = new Y.Doc()
  COMMUNITY_ROSTER.forEach((coop, i) => {
    const corner = createCornerRecord(coop, { x: i * 420, y: 0, w: 400, h: 300 }, `a${(i + 1).toString(36)}`)
    rosterMap(doc).set(coop.id, { ...coop, cornerId: corner.id })
    recordsMap(doc).set(corner.id, corner)
  })
  return doc
}

function cornerOf(doc: Y.Doc, coop: string): string {
  const { cornerId } = rosterMap(doc).get(coopId(coop)) as Coop
  if (cornerId === null) throw new Error(`no corner for ${coop}`)
  return cornerId
}

/** Draws an arrow labelled `label` from one coop's corner to another's. */
export function drawRelation(doc: Y.Doc, id: string, from: string, to: string, label: string): void {
  const place = { id: `shape:${id}`, x: 0, y: 400, rotation: 0, index: 'aZ', parentId: 'page:page', miroId: id }
  const look = {
    end: { x: 100, y: 0 },
    elbow: false,
    bend: 0,
    color: 'black',
    dash: 'solid',
    size: 'm',
    start: 'none',
    endHead: 'arrow',
  } as const
  const arrow = arrowRecord(place, { ...look, richText: plainTextToRichText(label) })
  recordsMap(doc).set(arrow.id, arrow)
  recordsMap(doc).set(`binding:${id}-s`, arrowBindingRecord(`binding:${id}-s`, arrow.id, cornerOf(doc, from), 'start'))
  recordsMap(doc).set(`binding:${id}-e`, arrowBindingRecord(`binding:${id}-e`, arrow.id, cornerOf(doc, to), 'end'))
}

/** Adds a working group of the coops named. */
export function addWorkingGroup(doc: Y.Doc, id: string, name: string, coops: readonly string[], people: readonly string[]): void {
  const group: WorkingGroup = { id, name, coopIds: coops.map(coopId), people: [...people], areaId: null, createdAt: 1 }
  doc.getMap(WORKING_GROUPS_MAP).set(id, group)
}

/** Opens, takes stances on (coop name → stance) and closes a proposal. */
export function decide(
  doc: Y.Doc,
  id: string,
  text: string,
  closing: ClosingInput,
  stances: Record<string, 'consent' | 'concern' | 'block'> = {},
): void {
  const opened = openProposal(doc, { id, text, openedBy: 'Ana Pérez · Cooperativa Sur', at: closing.at - 60_000, x: 0, y: 800 })
  if (typeof opened === 'string') throw new Error(opened)
  Object.entries(stances).forEach(([coopName, stance], i) => {
    const name = COMMUNITY_DELEGATES[i % COMMUNITY_DELEGATES.length] ?? 'Someone'
    const taken = setStance(doc, { proposalId: id, coopName, stance, participantId: `p-${i}`, name, at: closing.at - 30_000 })
    if (typeof taken === 'string') throw new Error(taken)
  })
  const closed = closeProposal(doc, id, closing)
  if (typeof closed === 'string') throw new Error(closed)
}

/** An ended breakout session (ended at `endedAt`) whose first group's rapporteur is `name` of `coop`. */
export function breakoutReported(doc: Y.Doc, name: string, coop: string, endedAt: number): void {
  startSession(doc, sessionPlan({ sessionId: `s-${endedAt}`, now: endedAt - 600_000 }))
  const member = assignMember(doc, `s-${endedAt}`, { id: `p-${name}`, name, coop }, 'g1', 'choice', endedAt - 500_000)
  setRapporteur(doc, `s-${endedAt}`, 'g1', member, endedAt - 400_000)
  endSession(doc, `s-${endedAt}`, endedAt)
}

/**
 * Stores `doc` as the state of board `boardId` (an existing board row), once no room holds the
 * board: what a room loads, and what the server reads back.
 */
export async function storeBoardDoc(server: RunningServer, boardId: string, doc: Y.Doc): Promise<void> {
  await waitFor(() => server.registry.peek(boardId) === undefined, 5000, `board ${boardId} unloaded`)
  await server.store.appendUpdate(boardId, Y.encodeStateAsUpdate(doc))
}
