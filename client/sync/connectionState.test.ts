import { describe, expect, it } from 'vitest'
import { initialConnectionModel, reduceConnection, type ConnectionEvent, type ConnectionModel } from './connectionState'

function run(events: ConnectionEvent[], start: ConnectionModel = initialConnectionModel(true)): ConnectionModel {
  return events.reduce(reduceConnection, start)
}

const connectAndSync: ConnectionEvent[] = [
  { type: 'socket', status: 'connecting' },
  { type: 'socket', status: 'connected' },
  { type: 'synced', synced: true },
]
const drop: ConnectionEvent[] = [
  { type: 'synced', synced: false },
  { type: 'socket', status: 'disconnected' },
]

const change = (...recordIds: string[]): ConnectionEvent => ({ type: 'localChange', recordIds })

describe('reduceConnection', () => {
  it('counts an item changed many times while offline once', () => {
    const offline = run([{ type: 'browser', online: false }])
    const dragged = run(
      Array.from({ length: 120 }, () => change('shape:note')),
      offline,
    )
    expect(dragged.unsentChanges).toBe(1)
    expect(run([change('shape:note', 'shape:other')], dragged).unsentChanges).toBe(2)
  })

  it('says connecting until the first connection, then connected', () => {
    expect(run([]).connection).toBe('connecting')
    expect(run([{ type: 'socket', status: 'connecting' }]).connection).toBe('connecting')
    expect(run(connectAndSync)).toMatchObject({ connection: 'connected', everSynced: true })
  })

  it('says reconnecting after a connection is lost, and connected again once back', () => {
    const lost = run([...connectAndSync, ...drop, { type: 'socket', status: 'connecting' }])
    expect(lost.connection).toBe('reconnecting')
    expect(run(connectAndSync, lost).connection).toBe('connected')
  })

  it('says offline while the browser is offline, whatever the socket does', () => {
    const offline = run([...connectAndSync, { type: 'browser', online: false }, ...drop])
    expect(offline.connection).toBe('offline')
    expect(run([{ type: 'socket', status: 'connecting' }], offline).connection).toBe('offline')
    expect(run([{ type: 'browser', online: true }], offline).connection).toBe('reconnecting')
    expect(initialConnectionModel(false).connection).toBe('offline')
  })

  it('counts items changed while not connected and synced, and clears them after the resync', () => {
    const live = run(connectAndSync)
    expect(run([change('shape:a')], live).unsentChanges).toBe(0)

    const away = run([...drop, change('shape:a'), change('shape:b')], live)
    expect(away.unsentChanges).toBe(2)
    // Connected is not enough: the changes go out in the sync exchange.
    const open = run([{ type: 'socket', status: 'connected' }, change('shape:c')], away)
    expect(open.unsentChanges).toBe(3)
    expect(run([{ type: 'synced', synced: true }], open).unsentChanges).toBe(0)
  })

  it('counts changes made before the first sync as unsent', () => {
    expect(run([change('shape:a')]).unsentChanges).toBe(1)
    expect(run([change('shape:a'), ...connectAndSync]).unsentChanges).toBe(0)
  })

  it('says closed after a permanent close, and keeps counting what cannot be sent', () => {
    const closed = run([...connectAndSync, { type: 'closed', close: { code: 4404, reason: 'no such board' } }])
    expect(closed).toMatchObject({ connection: 'closed', permanentClose: { code: 4404, reason: 'no such board' } })
    expect(run([change('shape:a'), { type: 'browser', online: false }], closed)).toMatchObject({
      connection: 'closed',
      unsentChanges: 1,
    })
  })

  it('returns the same model when an event changes nothing', () => {
    const live = run(connectAndSync)
    expect(reduceConnection(live, { type: 'socket', status: 'connected' })).toBe(live)
    expect(reduceConnection(live, { type: 'synced', synced: true })).toBe(live)
    expect(reduceConnection(live, { type: 'browser', online: true })).toBe(live)
    expect(reduceConnection(live, change('shape:a'))).toBe(live)
  })
})
