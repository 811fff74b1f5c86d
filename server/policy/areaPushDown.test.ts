import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readRecords, recordsMap, type StoredRecord } from '../../shared/boardDoc'
import { startSession } from '../../shared/breakouts/session'
import { applyRosterPlan } from '../../shared/corners/applyPlan'
import { cornerIdFor, isCornerRecord } from '../../shared/corners/cornerRecord'
import { boxesOverlap, type Box } from '../../shared/geometry'
import { planRosterImport } from '../../shared/corners/importPlan'
import { coopIdFor } from '../../shared/corners/roster'
import { createNoteRecord } from '../../shared/notes'
import { withHeight } from '../../shared/placement/growth'
import { Role } from '../../shared/protocol'
import { noteIndex } from '../testing/testNotes'
import { createBoardPolicy } from './boardPolicy'
import { applyReviewed, clientEdit, clientOf, recordsJson, serverDoc } from './testKit'
import { sessionPlan } from '../../shared/breakouts/testing'

const { facilitator, participant } = Role
const COOPS = ['Spółdzielnia Kodu', 'Κοινότητα Αθήνας', '住宅協同組合', 'Coopérative Pixel', 'Bäckerei Süd', 'Øresund Data']
const TOP = cornerIdFor(coopIdFor(COOPS[0]!))
/** The corner grid has three columns for six coops: the fourth coop's corner is under the first's. */
const BELOW = cornerIdFor(coopIdFor(COOPS[3]!))
const GAP = 160

/** A server board with the six coops' corners, imported by a facilitator. */
function board() {
  const policy = createBoardPolicy()
  const server = serverDoc()
  const plan = planRosterImport({ coops: [], records: [], rows: COOPS.map((name) => ({ name })), pageId: 'page:page' })
  expect(clientEdit(server, policy, facilitator, (doc) => applyRosterPlan(doc, plan, 'import')).refusals).toEqual([])
  return { policy, server }
}

type Frame = StoredRecord & { x: number; y: number; props: { w: number; h: number } }

function frame(doc: Y.Doc, id: string): Frame {
  return recordsMap(doc).get(id) as Frame
}

function boxOf(record: Frame): Box {
  return { x: record.x, y: record.y, w: record.props.w, h: record.props.h }
}

/** Pairs of coop corners that overlap. */
function overlappingCorners(doc: Y.Doc): [string, string][] {
  const corners = readRecords(doc).filter(isCornerRecord) as Frame[]
  const pairs: [string, string][] = []
  for (const [i, a] of corners.entries())
    for (const b of corners.slice(i + 1)) if (boxesOverlap(boxOf(a), boxOf(b))) pairs.push([a.id, b.id])
  return pairs
}

/** What "Add sticky note" sends when the corner is full: a note in it and the corner grown by `by`. */
function noteAndGrowth(doc: Y.Doc, cornerId: string, n: number, by: number): void {
  const corner = frame(doc, cornerId)
  doc.transact(() => {
    recordsMap(doc).set(
      `shape:zofia${n}`,
      createNoteRecord({
        id: `shape:zofia${n}`,
        x: 32,
        y: corner.props.h + by - 232,
        index: noteIndex(n),
        text: `Mieszkania: łatwy dostęp (${n})`,
        parentId: cornerId,
      }),
    )
    recordsMap(doc).set(cornerId, withHeight(corner, corner.props.h + by))
  })
}

describe('board policy: an area that grows pushes what is below it down', () => {
  it('moves the corner below a corner a participant grew, and sends the move back to the sender', () => {
    const { policy, server } = board()
    const top = frame(server, TOP)
    const below = frame(server, BELOW)
    expect(below.x).toBe(top.x)
    expect(below.y - (top.y + top.props.h)).toBe(GAP)
    const besides = readRecords(server).filter((r) => isCornerRecord(r) && r.id !== TOP && r.id !== BELOW) as Frame[]

    const { refusals, net, client } = clientEdit(server, policy, participant, (doc) => noteAndGrowth(doc, TOP, 1, 232))
    expect(refusals).toEqual([expect.objectContaining({ reason: 'made_room', key: BELOW })])
    expect(frame(server, TOP).props.h).toBe(top.props.h + 232)
    expect(frame(server, BELOW)).toEqual({ ...below, y: below.y + 232 })
    expect(frame(server, BELOW).y - (top.y + top.props.h + 232)).toBe(GAP)
    // Corners of the other columns stay where they were.
    for (const other of besides) expect(frame(server, other.id)).toEqual(other)
    expect(overlappingCorners(server)).toEqual([])
    // The sender receives the net update and ends where the server is.
    expect(net).not.toBeNull()
    Y.applyUpdate(client, net!)
    expect(recordsJson(client)).toEqual(recordsJson(server))
  })

  it.each([
    ['the upper growth first', 'upper'],
    ['the lower growth first', 'lower'],
  ] as const)('two participants growing corners of one column at the same time end without overlap, gaps kept (%s)', (_, firstArrives) => {
    const { policy, server } = board()
    const top = frame(server, TOP)
    const below = frame(server, BELOW)
    // Both edit the board as it was, before either update reaches the server.
    const upper = clientOf(server)
    const lower = clientOf(server)
    const [upperVector, lowerVector] = [Y.encodeStateVector(upper), Y.encodeStateVector(lower)]
    noteAndGrowth(upper, TOP, 1, 464)
    noteAndGrowth(lower, BELOW, 2, 232)
    const sendUpper = () => applyReviewed(server, policy, participant, Y.encodeStateAsUpdate(upper, upperVector)).refusals
    const sendLower = () => applyReviewed(server, policy, participant, Y.encodeStateAsUpdate(lower, lowerVector)).refusals
    if (firstArrives === 'upper') {
      expect(sendUpper()).toEqual([expect.objectContaining({ reason: 'made_room', key: BELOW })])
      expect(sendLower()).toEqual([])
    } else {
      expect(sendLower()).toEqual([])
      expect(sendUpper()).toEqual([expect.objectContaining({ reason: 'made_room', key: BELOW })])
    }
    const topNow = frame(server, TOP)
    const belowNow = frame(server, BELOW)
    expect(topNow).toEqual(expect.objectContaining({ y: top.y, props: expect.objectContaining({ h: top.props.h + 464 }) }))
    expect(belowNow).toEqual(expect.objectContaining({ y: below.y + 464, props: expect.objectContaining({ h: below.props.h + 232 }) }))
    expect(belowNow.y - (topNow.y + topNow.props.h)).toBe(GAP)
    expect(overlappingCorners(server)).toEqual([])
  })

  it('moves a locked shape below a group area a participant grew', () => {
    const { policy, server } = board()
    const started = clientEdit(server, policy, facilitator, (doc) => startSession(doc, sessionPlan({ groupNames: ['Vivienda', '住宅'] })))
    expect(started.refusals).toEqual([])
    const area = frame(server, 'shape:breakout-s1-g1')
    // A frozen frame of an earlier meeting, under the group area.
    const frozenY = area.y + area.props.h + 200
    const frozen = {
      ...createNoteRecord({ id: 'shape:frozen', x: area.x + 100, y: frozenY, index: noteIndex(90), text: 'Acta de octubre' }),
      isLocked: true,
    }
    expect(clientEdit(server, policy, facilitator, (doc) => recordsMap(doc).set(frozen.id, frozen)).refusals).toEqual([])

    const grown = clientEdit(server, policy, participant, (doc) => recordsMap(doc).set(area.id, withHeight(area, area.props.h + 300)))
    expect(grown.refusals).toEqual([expect.objectContaining({ reason: 'made_room', key: frozen.id })])
    expect(recordsMap(server).get(frozen.id)).toEqual({ ...frozen, y: frozenY + 300 })
  })

  it('a corner and the group area below it grown in one update: each pushes by its own growth', () => {
    const { policy, server } = board()
    const started = clientEdit(server, policy, facilitator, (doc) => startSession(doc, sessionPlan({ groupNames: ['Vivienda'] })))
    expect(started.refusals).toEqual([])
    const corner = frame(server, BELOW)
    const area = frame(server, 'shape:breakout-s1-g1')
    const frozenY = area.y + area.props.h + 200
    const frozen = {
      ...createNoteRecord({ id: 'shape:frozen', x: area.x, y: frozenY, index: noteIndex(90), text: 'Kōdo Kyōdō: acta' }),
      isLocked: true,
    }
    expect(clientEdit(server, policy, facilitator, (doc) => recordsMap(doc).set(frozen.id, frozen)).refusals).toEqual([])

    // The corners' hook moves the area first; the breakouts' hook still sees the area grew.
    const both = clientEdit(server, policy, facilitator, (doc) => {
      recordsMap(doc).set(corner.id, withHeight(corner, corner.props.h + 400))
      recordsMap(doc).set(area.id, withHeight(area, area.props.h + 250))
    })
    expect(both.refusals.map((refusal) => refusal.reason)).toEqual(['made_room', 'made_room'])
    expect(frame(server, area.id)).toEqual(
      expect.objectContaining({ y: area.y + 400, props: expect.objectContaining({ h: area.props.h + 250 }) }),
    )
    expect(recordsMap(server).get(frozen.id)).toEqual({ ...frozen, y: frozenY + 400 + 250 })
  })

  it('pushes nothing when a facilitator stretches a corner upwards, keeping its bottom', () => {
    const { policy, server } = board()
    const top = frame(server, TOP)
    const before = recordsJson(server)
    const stretched = { ...withHeight(top, top.props.h + 200), y: top.y - 200 }
    expect(clientEdit(server, policy, facilitator, (doc) => recordsMap(doc).set(TOP, stretched)).refusals).toEqual([])
    expect(recordsJson(server)).toEqual({ ...before, [TOP]: stretched })
  })
})
