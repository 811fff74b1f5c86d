/**
 * A receiving client that does not decode Yjs: it joins like a stock client (answers the
 * server's sync step 1 and asks for the state with an empty state vector), then only counts
 * the sync-update frames it receives. The throughput scenario uses it so that 20 receivers
 * cost a fraction of the server's work per edit; stock clients would each apply every edit
 * and, on this 2-core machine, saturate before the server does.
 */
import { WebSocket, type RawData } from 'ws'
import * as Y from 'yjs'
import { MessageType } from '../../shared/protocol'
import { syncFrame } from '../../server/testing/rawClient'
import type { Target } from './protocol'

const SYNC_STEP_1 = 0
const SYNC_STEP_2 = 1
const SYNC_UPDATE = 2

/** A connected counting receiver. */
export interface RawReceiver {
  /** Resolves once the server's sync step 2 (the board's state) has arrived; false on timeout or close. */
  synced: Promise<boolean>
  /** Sync-update frames (one per broadcast edit) received since it synced. */
  updates(): number
  /** Called after each counted update frame. */
  onUpdate: (() => void) | null
  close(): void
}

/** The URL a stock y-websocket provider builds for `target`. */
function providerUrl(target: Extract<Target, { kind: 'yws' }>): string {
  return `${target.url}/${target.room}?${new URLSearchParams(target.params).toString()}`
}

/** Connects one counting receiver to a y-websocket `target` (the reference server or Plenary). */
export function connectRawReceiver(target: Extract<Target, { kind: 'yws' }>, timeoutMs = 60_000): RawReceiver {
  const empty = new Y.Doc()
  const ws = new WebSocket(providerUrl(target))
  let count = 0
  let resolveSynced: (synced: boolean) => void = () => undefined
  const synced = new Promise<boolean>((resolve) => {
    resolveSynced = resolve
  })
  const timer = setTimeout(() => resolveSynced(false), timeoutMs)
  const receiver: RawReceiver = {
    synced,
    updates: () => count,
    onUpdate: null,
    close() {
      clearTimeout(timer)
      ws.terminate()
    },
  }
  ws.on('error', () => undefined)
  ws.on('close', () => resolveSynced(false))
  ws.on('open', () => ws.send(syncFrame(SYNC_STEP_1, Y.encodeStateVector(empty))))
  ws.on('message', (data: RawData) => {
    const frame = data as Buffer
    if (frame[0] !== MessageType.sync) return
    switch (frame[1]) {
      case SYNC_UPDATE:
        count++
        receiver.onUpdate?.()
        return
      case SYNC_STEP_1:
        // What a stock client answers: everything it has, i.e. nothing.
        ws.send(syncFrame(SYNC_STEP_2, Y.encodeStateAsUpdate(empty)))
        return
      case SYNC_STEP_2:
        clearTimeout(timer)
        resolveSynced(true)
        return
    }
  })
  return receiver
}
