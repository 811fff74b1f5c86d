import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { startSession } from '../../shared/breakouts/session'
import { applyRosterPlan } from '../../shared/corners/applyPlan'
import { cornerIdFor } from '../../shared/corners/cornerRecord'
import { planRosterImport } from '../../shared/corners/importPlan'
import { coopIdFor } from '../../shared/corners/roster'
import { MAX_GROWN_HEIGHT, withHeight } from '../../shared/placement/growth'
import { Role } from '../../shared/protocol'
import { createBoardPolicy } from './boardPolicy'
import { clientEdit, serverDoc } from './testKit'
import { sessionPlan } from '../../shared/breakouts/testing'

const { facilitator, participant } = Role
// Through coopIdFor, so the test holds however names are folded into ids.
const CORNER = cornerIdFor(coopIdFor('Spółdzielnia Kodu'))
const AREA = 'shape:breakout-s1-g1'

/** A server board with Spółdzielnia Kodu's corner and a running breakout session s1. */
function board() {
  const policy = createBoardPolicy()
  const server = serverDoc()
  const plan = planRosterImport({
    coops: [],
    records: [],
    rows: [{ name: 'Spółdzielnia Kodu' }, { name: 'Κοινότητα Αθήνας' }],
    pageId: 'page:page',
  })
  expect(clientEdit(server, policy, facilitator, (doc) => applyRosterPlan(doc, plan, 'import')).refusals).toEqual([])
  const started = clientEdit(server, policy, facilitator, (doc) => startSession(doc, sessionPlan({ groupNames: ['Vivienda', '住宅'] })))
  expect(started.refusals).toEqual([])
  return { policy, server }
}

function frame(doc: Y.Doc, id: string): Record<string, unknown> & { props: { h: number } } {
  return recordsMap(doc).get(id) as Record<string, unknown> & { props: { h: number } }
}

describe('board policy: growing an area to hold a new note', () => {
  it.each([
    ['a coop corner', CORNER],
    ['a breakout group area', AREA],
  ])('lets a participant make %s taller', (_, id) => {
    const { policy, server } = board()
    const before = frame(server, id)
    const taller = before.props.h + 232
    const { refusals } = clientEdit(server, policy, participant, (doc) => recordsMap(doc).set(id, withHeight(before, taller)))
    // Nothing refused; what lies below is moved down to make room (areaPushDown.test.ts).
    expect(refusals.filter((refusal) => refusal.reason !== 'made_room')).toEqual([])
    expect(frame(server, id).props.h).toBe(taller)
  })

  it.each([
    ['a coop corner', CORNER],
    ['a breakout group area', AREA],
  ])('still reverts a participant shrinking %s, growing it past the cap, or moving it while growing it', (_, id) => {
    const { policy, server } = board()
    const before = frame(server, id)
    const edits: Record<string, unknown>[] = [
      withHeight(before, before.props.h - 100),
      withHeight(before, MAX_GROWN_HEIGHT + 1),
      { ...withHeight(before, before.props.h + 232), y: -5000 },
    ]
    for (const edit of edits) {
      const { refusals } = clientEdit(server, policy, participant, (doc) => recordsMap(doc).set(id, edit))
      expect(refusals).toEqual([expect.objectContaining({ reason: 'facilitator_only', key: id })])
    }
    expect(frame(server, id)).toEqual(before)
  })
})
