import { describe, expect, it } from 'vitest'
import { Role } from '../../shared/protocol'
import { readPresenceFacts, wantedNow as wantedIn, type GroupOf, type PresenceFacts } from './presenceView'

const wantedNow = (groups: GroupOf | null, receiver: PresenceFacts | null, source: PresenceFacts, presenters: string[] = []) =>
  wantedIn({ groups, presenters: new Set(presenters) }, receiver, source)

function state(options: { id: string; role: Role; viewX?: number; cursorX?: number; page?: string; zoom?: number }): unknown {
  return {
    user: { id: options.id, name: options.id, coop: 'Coop', color: '#123456' },
    role: options.role,
    presence: {
      userId: `user:${options.id}`,
      currentPageId: options.page ?? 'page:page',
      camera: { x: -(options.viewX ?? 0), y: 0, z: options.zoom ?? 1 },
      screenBounds: { x: 0, y: 0, w: 1000, h: 500 },
      cursor: options.cursorX === undefined ? null : { x: options.cursorX, y: 100, type: 'default', rotation: 0 },
      followingUserId: null,
    },
  }
}

describe('presence facts', () => {
  it("reads the page area a screen shows from tldraw's camera", () => {
    const facts = readPresenceFacts({ presence: { camera: { x: -100, y: -50, z: 2 }, screenBounds: { x: 0, y: 0, w: 1000, h: 800 } } })
    expect(facts.view).toEqual({ x: 100, y: 50, w: 500, h: 400 })
  })

  it('reads nothing from a malformed or stock state', () => {
    for (const value of [null, 'x', [], { presence: { camera: { x: 'a' }, cursor: { x: Infinity, y: 0 } } }, { cursor: { x: 1, y: 2 } }]) {
      const facts = readPresenceFacts(value)
      expect([facts.view, facts.cursor, facts.participantId]).toEqual([null, null, null])
    }
  })
})

describe('who needs a presence state at once', () => {
  const watcher = readPresenceFacts(state({ id: 'w', role: Role.participant, cursorX: 10 }))

  it('is whoever sees the cursor on the same page, with a small margin, zoom included', () => {
    expect(wantedNow(null, watcher, readPresenceFacts(state({ id: 'a', role: Role.participant, cursorX: 900 })))).toBe(true)
    expect(wantedNow(null, watcher, readPresenceFacts(state({ id: 'a', role: Role.participant, cursorX: 1050 })))).toBe(true)
    expect(wantedNow(null, watcher, readPresenceFacts(state({ id: 'a', role: Role.participant, cursorX: 1500 })))).toBe(false)
    expect(wantedNow(null, watcher, readPresenceFacts(state({ id: 'a', role: Role.participant, cursorX: 900, page: 'page:2' })))).toBe(
      false,
    )
    const zoomedOut = readPresenceFacts(state({ id: 'w', role: Role.participant, zoom: 0.5 }))
    expect(wantedNow(null, zoomedOut, readPresenceFacts(state({ id: 'a', role: Role.participant, cursorX: 1500 })))).toBe(true)
  })

  it('is everyone when the receiver publishes no view', () => {
    expect(wantedNow(null, null, readPresenceFacts(state({ id: 'a', role: Role.participant, cursorX: 99_999 })))).toBe(true)
    expect(
      wantedNow(
        null,
        readPresenceFacts({ user: { id: 'w' } }),
        readPresenceFacts(state({ id: 'a', role: Role.participant, cursorX: 99_999 })),
      ),
    ).toBe(true)
  })

  it("during a breakout, a member's own group and the facilitators, as their browser shows", () => {
    const groups = new Map([
      ['w', 'g1'],
      ['mate', 'g1'],
      ['other', 'g2'],
    ])
    const near = (id: string, role: Role) => readPresenceFacts(state({ id, role, cursorX: 20 }))
    expect(wantedNow(groups, watcher, near('mate', Role.participant))).toBe(true)
    expect(wantedNow(groups, watcher, near('other', Role.participant))).toBe(false)
    expect(wantedNow(groups, watcher, near('fac', Role.facilitator))).toBe(true)
    const facilitator = readPresenceFacts(state({ id: 'fac', role: Role.facilitator, cursorX: 10 }))
    expect(wantedNow(groups, facilitator, near('other', Role.participant))).toBe(true)
  })

  it("includes facilitators and the stage's presenter wherever they are, since summons and follows use their view", () => {
    const far = (id: string, role: Role) => readPresenceFacts(state({ id, role, viewX: 9000, cursorX: 9100 }))
    expect(wantedNow(null, watcher, far('fac', Role.facilitator))).toBe(true)
    expect(wantedNow(null, watcher, far('rapporteur', Role.participant))).toBe(false)
    expect(wantedNow(null, watcher, far('rapporteur', Role.participant), ['rapporteur'])).toBe(true)
    // A server's own state (the viewer count) is nobody's presence.
    expect(wantedNow(null, watcher, readPresenceFacts({ plenary: { viewers: 1 } }))).toBe(true)
  })
})
