import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { SETTINGS_MAP } from '../../shared/meeting/meeting'
import { refuseTransaction } from './review'
import { clientOf, note, recordsJson, serverDoc } from './testKit'

describe('refuseTransaction (the fallback when a review fails)', () => {
  it('undoes every change of the update, allowed or not, and the net update carries none of it', () => {
    const server = serverDoc([note(1), note(2)])
    server.getMap(SETTINGS_MAP).set('timer', 5)
    const client = clientOf(server)
    const before = Y.encodeStateVector(client)
    client.transact(() => {
      recordsMap(client).set('shape:n1', note(1, { x: 42 }))
      recordsMap(client).delete('shape:n2')
      recordsMap(client).set('shape:n3', note(3, { meta: { text: 'NEW-TEXT' } }))
      client.getMap(SETTINGS_MAP).set('timer', 6)
      client.getArray('other').push(['x'])
    })
    const updates: Uint8Array[] = []
    server.on('update', (update: Uint8Array) => updates.push(update))
    let refusals: unknown[] = []
    server.transact((transaction) => {
      Y.applyUpdate(server, Y.encodeStateAsUpdate(client, before))
      refusals = refuseTransaction(server, transaction, new Error('boom'))
    })
    expect(refusals).toEqual([{ reason: 'review_failed', detail: 'the whole update was refused: boom' }])
    expect(recordsJson(server)).toEqual({ 'shape:n1': note(1), 'shape:n2': note(2) })
    expect(server.getMap(SETTINGS_MAP).toJSON()).toEqual({ timer: 5 })
    expect(Buffer.from(updates[0]!).includes('NEW-TEXT')).toBe(false)
  })
})
