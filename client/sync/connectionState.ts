/**
 * Where the connection to the server stands, as a pure reducer over what the provider, the
 * browser and the binding report. Kept apart from the provider so it can be tested alone.
 */
import type { ConnectionState, PermanentClose } from './types'

/** Everything the connection indicator and the board page need to know. */
export interface ConnectionSnapshot {
  connection: ConnectionState
  /** Board items (records) changed locally since the connection was lost, counted once each. */
  unsentChanges: number
  permanentClose: PermanentClose | null
  /** True once the provider has completed a sync with the server, at least once. */
  everSynced: boolean
}

/** The reducer's full state: the snapshot plus the facts it is derived from. */
export interface ConnectionModel extends ConnectionSnapshot {
  socket: 'connecting' | 'connected' | 'disconnected'
  synced: boolean
  browserOnline: boolean
  everConnected: boolean
  /** Ids of the records behind `unsentChanges`: dragging one note for a while is one change. */
  unsentRecordIds: ReadonlySet<string>
}

/** What can happen to a connection. */
export type ConnectionEvent =
  | { type: 'socket'; status: 'connecting' | 'connected' | 'disconnected' }
  | { type: 'synced'; synced: boolean }
  | { type: 'closed'; close: PermanentClose }
  | { type: 'browser'; online: boolean }
  | { type: 'localChange'; recordIds: readonly string[] }

/** The state before anything happened; `browserOnline` is what the browser says at start. */
export function initialConnectionModel(browserOnline: boolean): ConnectionModel {
  return derive({
    socket: 'disconnected',
    synced: false,
    browserOnline,
    everConnected: false,
    everSynced: false,
    permanentClose: null,
    unsentChanges: 0,
    unsentRecordIds: new Set(),
    connection: 'connecting',
  })
}

function connectionOf(model: ConnectionModel): ConnectionState {
  if (model.permanentClose) return 'closed'
  if (!model.browserOnline) return 'offline'
  if (model.socket === 'connected') return 'connected'
  return model.everConnected ? 'reconnecting' : 'connecting'
}

function derive(model: ConnectionModel): ConnectionModel {
  return { ...model, connection: connectionOf(model) }
}

/** True when changes made now reach the server right away. */
function isLive(model: ConnectionModel): boolean {
  return model.socket === 'connected' && model.synced && model.permanentClose === null
}

/** The state after `event`. Returns `model` itself when nothing changed. */
export function reduceConnection(model: ConnectionModel, event: ConnectionEvent): ConnectionModel {
  switch (event.type) {
    case 'socket': {
      if (event.status === model.socket) return model
      const connected = event.status === 'connected'
      return derive({
        ...model,
        socket: event.status,
        // Every change of socket means a socket that has not synced yet.
        synced: false,
        everConnected: model.everConnected || connected,
      })
    }
    case 'synced': {
      if (event.synced === model.synced) return model
      const next = { ...model, synced: event.synced, everSynced: model.everSynced || event.synced }
      // The sync exchange sends the server everything it lacks, including what was unsent.
      if (isLive(next)) {
        next.unsentChanges = 0
        next.unsentRecordIds = new Set()
      }
      return derive(next)
    }
    case 'closed':
      return derive({ ...model, permanentClose: event.close, socket: 'disconnected', synced: false })
    case 'browser':
      return event.online === model.browserOnline ? model : derive({ ...model, browserOnline: event.online })
    case 'localChange': {
      if (isLive(model)) return model
      const unsentRecordIds = new Set([...model.unsentRecordIds, ...event.recordIds])
      if (unsentRecordIds.size === model.unsentRecordIds.size) return model
      return derive({ ...model, unsentRecordIds, unsentChanges: unsentRecordIds.size })
    }
  }
}
