import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { SETTINGS_MAP } from '../../shared/meeting/meeting'
import { quarantineMap } from '../../shared/namedMaps'
import { CloseCode, Role } from '../../shared/protocol'
import { useTestServer } from '../testing/harness'
import { createBoard, waitFor, waitForSync, type TestBoard, type TestClient } from '../testing/syncClient'
import { note, serverDoc, withProps } from './testKit'

const FORBIDDEN = 'FORBIDDEN-TEXT'

/** Everything an observing client ever holds, after each transaction it applies. */
interface Watch {
  /** One entry per transaction: the values of the keys under watch. */
  states: { locked: unknown; bad: unknown; timer: unknown; lockedText: string }[]
  /** Every update the client received, to search for forbidden bytes. */
  updates: Uint8Array[]
}

function watch(client: TestClient): Watch {
  const seen: Watch = { states: [], updates: [] }
  const records = recordsMap(client.doc)
  const settings = client.doc.getMap(SETTINGS_MAP)
  client.doc.on('update', (update: Uint8Array) => seen.updates.push(update))
  client.doc.on('afterTransaction', () => {
    const locked = records.get('shape:n1')
    seen.states.push({ locked, bad: records.get('shape:bad'), timer: settings.get('timer'), lockedText: JSON.stringify(locked ?? null) })
  })
  return seen
}

describe('policy against a real server', () => {
  const harness = useTestServer()
  const client = (board: TestBoard, role: Role) => harness.client(board, { role })
  const serverRecords = (board: TestBoard) => harness.server.registry.peek(board.id)?.doc.getMap('records').toJSON()

  it("never lets another client see a participant's forbidden changes, and brings everyone to the compliant state", async () => {
    const board = await createBoard(harness.server.origin)
    const facilitator = client(board, Role.facilitator)
    const participant = client(board, Role.participant)
    const observer = client(board, Role.participant)
    await Promise.all([facilitator, participant, observer].map((c) => waitForSync(c)))

    const locked = note(1, { isLocked: true })
    facilitator.doc.transact(() => {
      recordsMap(facilitator.doc).set('shape:n1', locked)
      facilitator.doc.getMap(SETTINGS_MAP).set('timer', 5)
    })
    await waitFor(() => recordsMap(participant.doc).has('shape:n1') && recordsMap(observer.doc).has('shape:n1'), 5000, 'setup')
    const seen = watch(observer)

    // One hostile update with an allowed change in it, so the observer's receipt of the net
    // update is visible.
    participant.doc.transact(() => {
      recordsMap(participant.doc).delete('shape:n1')
      recordsMap(participant.doc).set('shape:bad', withProps(note(9, { id: 'shape:bad' }), { color: FORBIDDEN }))
      participant.doc.getMap(SETTINGS_MAP).set('timer', FORBIDDEN)
      recordsMap(participant.doc).set('shape:n2', note(2))
    })
    // Then updates with forbidden changes only.
    recordsMap(participant.doc).set('shape:n1', { ...locked, meta: { vandal: FORBIDDEN } })
    participant.doc.getMap(SETTINGS_MAP).set('timer', 99)

    const compliant = { 'shape:n1': locked, 'shape:n2': note(2) }
    const converged = (c: TestClient) =>
      JSON.stringify(recordsMap(c.doc).toJSON()) === JSON.stringify(compliant) && c.doc.getMap(SETTINGS_MAP).get('timer') === 5
    await waitFor(() => [facilitator, participant, observer].every(converged), 5000, 'everyone compliant')
    // The forbidden-only updates produced broadcasts too; let the observer receive them.
    await waitFor(() => seen.updates.length >= 3, 5000, 'observer received every net update')

    expect(seen.states.length).toBeGreaterThan(0)
    for (const state of seen.states) {
      expect(state.locked).toEqual(locked)
      expect(state.bad).toBeUndefined()
      expect(state.timer).toBe(5)
      expect(state.lockedText).not.toContain(FORBIDDEN)
    }
    for (const update of seen.updates) expect(Buffer.from(update).includes(FORBIDDEN)).toBe(false)
    expect(serverRecords(board)).toEqual(compliant)
    for (const c of [facilitator, participant, observer]) expect(recordsMap(c.doc).toJSON()).toEqual(compliant)
  })

  it('lets a facilitator do what participants may not', async () => {
    const board = await createBoard(harness.server.origin)
    const facilitator = client(board, Role.facilitator)
    const observer = client(board, Role.participant)
    await Promise.all([facilitator, observer].map((c) => waitForSync(c)))
    recordsMap(facilitator.doc).set('shape:n1', note(1, { isLocked: true }))
    facilitator.doc.getMap(SETTINGS_MAP).set('timer', 10)
    await waitFor(() => observer.doc.getMap(SETTINGS_MAP).get('timer') === 10, 5000, 'settings')
    recordsMap(facilitator.doc).delete('shape:n1')
    await waitFor(() => !recordsMap(observer.doc).has('shape:n1') && recordsMap(observer.doc).size === 0, 5000, 'locked deleted')
  })

  it('refuses an update with an over-long key before applying it, and closes its sender for good', async () => {
    const board = await createBoard(harness.server.origin)
    const hostile = client(board, Role.participant)
    const observer = client(board, Role.participant)
    await Promise.all([hostile, observer].map((c) => waitForSync(c)))
    const closed = new Promise<number>((resolve) => hostile.provider.on('connection-close', (event) => resolve(event?.code ?? 0)))
    const longKey = `shape:${FORBIDDEN.repeat(40)}`
    recordsMap(hostile.doc).set(longKey, note(1, { id: longKey }))
    expect(await closed).toBe(CloseCode.updateRefused)
    // The close is permanent: the stock client stops, so nothing it does later reaches the board.
    recordsMap(hostile.doc).set('shape:n2', note(2))
    recordsMap(observer.doc).set('shape:n3', note(3))
    await waitFor(() => serverRecords(board)?.['shape:n3'] !== undefined, 5000, 'honest update')
    expect(Object.keys(serverRecords(board) ?? {})).toEqual(['shape:n3'])
    const state = Y.encodeStateAsUpdate(harness.server.registry.peek(board.id)!.doc)
    expect(Buffer.from(state).includes(FORBIDDEN)).toBe(false)
  })

  it('loads a board holding a bad record stored earlier, with the record in quarantine', async () => {
    const board = await createBoard(harness.server.origin)
    const stored = serverDoc([note(1), withProps(note(2), { color: 'octarine' })])
    await harness.server.store.appendUpdate(board.id, Y.encodeStateAsUpdate(stored))

    const first = client(board, Role.participant)
    await waitForSync(first)
    await waitFor(() => recordsMap(first.doc).size === 1 && quarantineMap(first.doc).has('shape:n2'), 5000, 'quarantined')
    expect(recordsMap(first.doc).toJSON()).toEqual({ 'shape:n1': note(1) })
    expect(quarantineMap(first.doc).get('shape:n2')).toMatchObject({
      record: withProps(note(2), { color: 'octarine' }),
      reason: expect.any(String),
      at: expect.any(Number),
    })

    // The move was stored: once the room is unloaded and loaded again, it is still there.
    first.destroy()
    await waitFor(() => harness.server.registry.peek(board.id) === undefined, 5000, 'room unloaded')
    const second = client(board, Role.viewer)
    await waitForSync(second)
    await waitFor(() => recordsMap(second.doc).size === 1, 5000, 'reloaded')
    expect(recordsMap(second.doc).toJSON()).toEqual({ 'shape:n1': note(1) })
    expect(quarantineMap(second.doc).has('shape:n2')).toBe(true)
  })
})
