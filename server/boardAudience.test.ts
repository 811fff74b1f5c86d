import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { assignMember, endSession } from '../shared/breakouts/session'
import { startedSession } from '../shared/breakouts/testing'
import { coopIdFor } from '../shared/corners/roster'
import { setFollow, summon } from '../shared/stage/stage'
import { BOARD_AUDIENCE } from './boardAudience'

const label = 'Ana · Tierra'

describe('the board audience', () => {
  it('has no groups and no presenters on a fresh board', () => {
    const audience = BOARD_AUDIENCE.read(new Y.Doc())
    expect(audience.groups).toBeNull()
    expect(audience.presenters(0).size).toBe(0)
  })

  it("gives each member's group while a breakout runs, and none once it ended", () => {
    const { doc, session } = startedSession()
    assignMember(doc, session.id, { id: 'p-ana', name: 'Ana', coop: '' }, 'g1', 'choice', 1000)
    assignMember(doc, session.id, { id: 'p-bo', name: 'Bo', coop: '' }, 'g2', 'choice', 1000)
    expect(BOARD_AUDIENCE.read(doc).groups).toEqual(
      new Map([
        ['p-ana', 'g1'],
        ['p-bo', 'g2'],
      ]),
    )
    endSession(doc, session.id, 2000)
    expect(BOARD_AUDIENCE.read(doc).groups).toBeNull()
  })

  it('names whom the stage follows, and whoever summoned everyone for a minute after', () => {
    const doc = new Y.Doc()
    setFollow(doc, { presenterId: 'p-ana', presenterLabel: label, reason: 'facilitator', since: 1000 })
    summon(doc, { presenterId: 'p-bo', presenterLabel: 'Bo', at: 10_000 })
    const audience = BOARD_AUDIENCE.read(doc)
    expect(audience.presenters(10_000 + 59_999)).toEqual(new Set(['p-ana', 'p-bo']))
    expect(audience.presenters(10_000 + 60_000)).toEqual(new Set(['p-ana']))
  })

  it("names a presence's coop by the roster's id", () => {
    expect(BOARD_AUDIENCE.coopIdOf('Tierra Coop')).toBe(coopIdFor('Tierra Coop'))
  })
})
