import {
  atom,
  createShapeId,
  createTLStore,
  InstancePageStateRecordType,
  PointerRecordType,
  TLPOINTER_ID,
  type IndexKey,
  type TLInstancePresence,
  type TLShape,
  type TLStore,
} from 'tldraw'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Participant } from '../../shared/participant'
import { withoutAnonymousSelection } from '../features/areas/anonymousPresence'
import { participantUserId } from './participantUser'
import { bindPresence, MAX_PUBLISHED_SELECTION, readPeers, type ShowPresence } from './presence'
import { initialDocumentRecords, makeNote, TEST_PAGE_ID } from './testing/records'

const alice: Participant = { id: 'alice-browser', name: 'Alice', coop: 'Coop Uno', color: '#1d4ed8' }
const bob: Participant = { id: 'bob-browser', name: 'Bob', coop: '', color: '#15803d' }
const dana: Participant = { id: 'dana-browser', name: 'Dana', coop: 'Coop Tres', color: '#a21caf' }

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0))
}

function createAwareness(): Awareness {
  const awareness = new Awareness(new Y.Doc())
  cleanups.push(() => awareness.destroy())
  return awareness
}

/** Relays every awareness update between the given instances, as the server would. */
function linkAwareness(all: Awareness[]): void {
  for (const from of all) {
    const onUpdate = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }): void => {
      const update = encodeAwarenessUpdate(from, [...added, ...updated, ...removed])
      for (const to of all) if (to !== from) applyAwarenessUpdate(to, update, 'link')
    }
    from.on('update', onUpdate)
    cleanups.push(() => from.off('update', onUpdate))
    for (const to of all) {
      if (to !== from) applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [...from.getStates().keys()]), 'link')
    }
  }
}

/** A store as it is once the editor has mounted: a page, an instance, a pointer and a camera. */
function createEditorLikeStore(): TLStore {
  const store = createTLStore()
  // A remote merge makes tldraw's store add the session records an editor would have.
  store.mergeRemoteChanges(() => store.put(initialDocumentRecords()))
  cleanups.push(() => store.dispose())
  return store
}

function presences(store: TLStore): TLInstancePresence[] {
  return store.allRecords().filter((r): r is TLInstancePresence => r.typeName === 'instance_presence')
}

/** A presence as tldraw would derive it, for writing hand-made awareness states. */
function validPresence(participant: Participant): Record<string, unknown> {
  return {
    id: 'instance_presence:whatever',
    typeName: 'instance_presence',
    userId: participantUserId(participant),
    userName: participant.name,
    lastActivityTimestamp: 1,
    followingUserId: null,
    cursor: { x: 10, y: 20, type: 'default', rotation: 0 },
    color: participant.color,
    camera: { x: 0, y: 0, z: 1 },
    screenBounds: { x: 0, y: 0, w: 800, h: 600 },
    selectedShapeIds: [],
    currentPageId: TEST_PAGE_ID,
    brush: null,
    scribbles: [],
    chatMessage: '',
    meta: {},
  }
}

describe('bindPresence', () => {
  it("shows another browser's cursor, labelled with name and coop, and removes it when they leave", async () => {
    const [awarenessA, awarenessB] = [createAwareness(), createAwareness()]
    linkAwareness([awarenessA, awarenessB])
    const storeA = createEditorLikeStore()
    const storeB = createEditorLikeStore()
    cleanups.push(bindPresence(storeA, awarenessA, alice, { publishIntervalMs: 0 }))
    cleanups.push(bindPresence(storeB, awarenessB, bob, { publishIntervalMs: 0 }))
    await settle()

    const [seenByB] = presences(storeB)
    expect(presences(storeB)).toHaveLength(1)
    expect(seenByB).toMatchObject({
      userId: participantUserId(alice),
      userName: 'Alice · Coop Uno',
      color: alice.color,
      currentPageId: TEST_PAGE_ID,
    })
    expect(presences(storeA)[0]).toMatchObject({ userName: 'Bob', userId: participantUserId(bob) })

    storeA.put([{ ...PointerRecordType.create({ id: TLPOINTER_ID }), x: 321, y: 654 }])
    await settle()
    expect(presences(storeB)[0]?.cursor).toMatchObject({ x: 321, y: 654 })

    awarenessA.setLocalState(null)
    await settle()
    expect(presences(storeB)).toEqual([])
  })

  it('ignores invalid awareness states without throwing', async () => {
    const [hostile, reader] = [createAwareness(), createAwareness()]
    linkAwareness([hostile, reader])
    const store = createEditorLikeStore()
    cleanups.push(bindPresence(store, reader, bob, { publishIntervalMs: 0 }))

    const states: unknown[] = [
      { user: alice, presence: { ...validPresence(alice), cursor: { x: 'far', y: 0 } } },
      { user: alice, presence: { ...validPresence(alice), currentPageId: 'not-a-page' } },
      { user: { ...alice, color: 'red; background: url(x)' }, presence: validPresence(alice) },
      { user: { id: 'x' }, presence: validPresence(alice) },
      { user: alice, presence: validPresence(bob) },
      { user: alice, presence: 'here' },
      { presence: validPresence(alice) },
      { user: alice, presence: [1, 2, 3] },
    ]
    for (const state of states) {
      hostile.setLocalState(state as Record<string, unknown>)
      await settle()
      expect(presences(store)).toEqual([])
    }

    hostile.setLocalState({ user: alice, presence: validPresence(alice) })
    await settle()
    expect(presences(store)).toHaveLength(1)
    // A valid presence turning invalid is removed, not left stale.
    hostile.setLocalState({ user: alice, presence: { ...validPresence(alice), scribbles: 'no' } })
    await settle()
    expect(presences(store)).toEqual([])
  })

  it('does not show another tab of the same participant', async () => {
    const [otherTab, reader] = [createAwareness(), createAwareness()]
    linkAwareness([otherTab, reader])
    const store = createEditorLikeStore()
    cleanups.push(bindPresence(store, reader, alice, { publishIntervalMs: 0 }))
    otherTab.setLocalState({ user: alice, presence: validPresence(alice) })
    await settle()
    expect(presences(store)).toEqual([])
  })

  it('stops publishing and removes the peers it showed once unbound', async () => {
    const [awarenessA, awarenessB] = [createAwareness(), createAwareness()]
    linkAwareness([awarenessA, awarenessB])
    const storeB = createEditorLikeStore()
    const unbind = bindPresence(storeB, awarenessB, bob, { publishIntervalMs: 0 })
    awarenessA.setLocalState({ user: alice, presence: validPresence(alice) })
    await settle()
    expect(presences(storeB)).toHaveLength(1)
    expect(awarenessA.getStates().get(awarenessB.clientID)?.presence).not.toBeNull()

    unbind()
    expect(presences(storeB)).toEqual([])
    expect(awarenessA.getStates().get(awarenessB.clientID)?.presence).toBeNull()
    awarenessA.setLocalState({ user: alice, presence: { ...validPresence(alice), chatMessage: 'hi' } })
    await settle()
    expect(presences(storeB)).toEqual([])
  })

  it('publishes at most once per interval, always ending with the latest presence', async () => {
    const awareness = createAwareness()
    const store = createEditorLikeStore()
    let publishes = 0
    const onChange = (): void => {
      publishes++
    }
    cleanups.push(bindPresence(store, awareness, alice, { publishIntervalMs: 40 }))
    awareness.on('change', onChange)
    cleanups.push(() => awareness.off('change', onChange))
    for (let x = 1; x <= 10; x++) store.put([{ ...PointerRecordType.create({ id: TLPOINTER_ID }), x }])
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(publishes).toBeLessThanOrEqual(2)
    const state = awareness.getLocalState() as { presence: TLInstancePresence }
    expect(state.presence.cursor?.x).toBe(10)
  })

  it('publishes at most 100 selected shapes, so a select-all on a big board stays one small state', async () => {
    const awareness = createAwareness()
    const store = createEditorLikeStore()
    cleanups.push(bindPresence(store, awareness, alice, { publishIntervalMs: 0 }))
    const selected = Array.from({ length: 2_000 }, (_, i) => createShapeId(`note-${i}`))
    store.update(InstancePageStateRecordType.createId(TEST_PAGE_ID), (state) => ({ ...state, selectedShapeIds: selected }))
    await settle()
    const state = awareness.getLocalState() as { presence: TLInstancePresence }
    expect(state.presence.selectedShapeIds).toEqual(selected.slice(0, MAX_PUBLISHED_SELECTION))
    // The server's default cap on one presence state is 64 KiB (PRESENCE_MAX_STATE_BYTES).
    expect(JSON.stringify(state).length).toBeLessThan(8 * 1024)
  })
})

describe('bindPresence with a presence filter', () => {
  it('hides the people the predicate refuses, and shows them again when it changes', async () => {
    const [aliceTab, bobTab, reader] = [createAwareness(), createAwareness(), createAwareness()]
    linkAwareness([aliceTab, bobTab, reader])
    const store = createEditorLikeStore()
    const $show = atom<ShowPresence | null>('test filter', (who) => who.id === alice.id)
    cleanups.push(bindPresence(store, reader, dana, { publishIntervalMs: 0, showPresenceOf: $show }))
    aliceTab.setLocalState({ user: alice, presence: validPresence(alice) })
    bobTab.setLocalState({ user: bob, presence: validPresence(bob) })
    await settle()
    expect(presences(store).map((p) => p.userId)).toEqual([participantUserId(alice)])

    $show.set((who) => who.id === bob.id)
    await settle()
    expect(presences(store).map((p) => p.userId)).toEqual([participantUserId(bob)])

    $show.set(null)
    await settle()
    expect(
      presences(store)
        .map((p) => p.userId)
        .sort(),
    ).toEqual([participantUserId(alice), participantUserId(bob)].sort())
  })
})

describe('readPeers', () => {
  it('lists the other participants once each, validated and sorted, without this browser', () => {
    const self = createAwareness()
    const others = [createAwareness(), createAwareness(), createAwareness(), createAwareness(), createAwareness()]
    linkAwareness([self, ...others])
    self.setLocalState({ user: alice, presence: null })
    const carol: Participant = { id: 'carol', name: 'Carol', coop: 'Coop Dos', color: '#a21caf' }
    others[0]?.setLocalState({ user: carol, presence: null })
    others[1]?.setLocalState({ user: bob, presence: null })
    others[2]?.setLocalState({ user: bob, presence: null }) // Bob's second tab
    others[3]?.setLocalState({ user: alice, presence: null }) // our own second tab
    others[4]?.setLocalState({ user: { ...carol, id: '', name: 'Mallory' }, presence: null })

    expect(readPeers(self, self.clientID)).toEqual([
      { ...bob, role: null },
      { ...carol, role: null },
    ])
  })

  it('shows the role the server stamped, the strongest one for a person with several tabs', () => {
    const self = createAwareness()
    const others = [createAwareness(), createAwareness(), createAwareness(), createAwareness()]
    linkAwareness([self, ...others])
    self.setLocalState({ user: alice, presence: null })
    const carol: Participant = { id: 'carol', name: 'Carol', coop: '', color: '#a21caf' }
    others[0]?.setLocalState({ user: bob, presence: null, role: 'participant' })
    others[1]?.setLocalState({ user: bob, presence: null, role: 'facilitator' })
    // Not roles the server relays: shown without a tag.
    others[2]?.setLocalState({ user: carol, presence: null, role: 'viewer' })
    // The server's own state has no user and is not a person.
    others[3]?.setLocalState({ plenary: { viewers: 2 } })

    expect(readPeers(self, self.clientID)).toEqual([
      { ...bob, role: 'facilitator' },
      { ...carol, role: null },
    ])
  })
})

describe('bindPresence in anonymous areas', () => {
  const area = createShapeId('anon')
  const inside = createShapeId('inside')
  const outside = createShapeId('outside')

  /** A store holding an anonymous frame with a note inside and a note outside it. */
  function boardWithAnonymousArea(): TLStore {
    const store = createEditorLikeStore()
    const frame = {
      id: area,
      typeName: 'shape',
      type: 'frame',
      x: 0,
      y: 0,
      rotation: 0,
      index: 'a1',
      parentId: TEST_PAGE_ID,
      isLocked: false,
      opacity: 1,
      meta: { anonymous: true },
      props: { w: 400, h: 300, name: 'Ideas', color: 'black' },
    } as unknown as TLShape
    store.mergeRemoteChanges(() =>
      store.put([frame, { ...makeNote({ id: inside }), parentId: area }, makeNote({ id: outside, index: 'a2' as IndexKey })]),
    )
    return store
  }

  it('does not publish the shapes this browser selects or edits in an anonymous area, nor its cursor then', async () => {
    const awareness = createAwareness()
    const store = boardWithAnonymousArea()
    cleanups.push(bindPresence(store, awareness, alice, { publishIntervalMs: 0, redact: withoutAnonymousSelection }))
    const pageState = InstancePageStateRecordType.createId(TEST_PAGE_ID)
    store.update(pageState, (state) => ({ ...state, selectedShapeIds: [outside] }))
    await settle()
    const published = (): TLInstancePresence => (awareness.getLocalState() as { presence: TLInstancePresence }).presence
    expect(published().selectedShapeIds).toEqual([outside])
    expect(published().cursor).not.toBeNull()

    store.update(pageState, (state) => ({ ...state, selectedShapeIds: [inside, outside], editingShapeId: inside }))
    await settle()
    expect(published().selectedShapeIds).toEqual([outside])
    expect(published().cursor).toBeNull()
  })

  it("shows no outline or cursor of another browser's selection in an anonymous area, even from a stock client", async () => {
    const [stock, reader] = [createAwareness(), createAwareness()]
    linkAwareness([stock, reader])
    const store = boardWithAnonymousArea()
    cleanups.push(bindPresence(store, reader, bob, { publishIntervalMs: 0, redact: withoutAnonymousSelection }))
    stock.setLocalState({ user: alice, presence: { ...validPresence(alice), selectedShapeIds: [inside] } })
    await settle()
    expect(presences(store)).toHaveLength(1)
    expect(presences(store)[0]?.selectedShapeIds).toEqual([])
    expect(presences(store)[0]?.cursor).toBeNull()
    stock.setLocalState({ user: alice, presence: { ...validPresence(alice), selectedShapeIds: [outside] } })
    await settle()
    expect(presences(store)[0]?.selectedShapeIds).toEqual([outside])
  })
})
