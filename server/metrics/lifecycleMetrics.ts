/**
 * Metrics of what happens to rooms beside their edits: loading a board from the store,
 * compacting its update log into a snapshot, and the messages exchanged with other nodes.
 */
import { Histogram, type Registry } from 'prom-client'
import type { FanoutEvents } from '../fanout/types'
import type { RoomEvents } from '../rooms/Room'
import { labelledCounter } from './labelled'

/** The rooms' and the fan-out's hooks these metrics are fed by. */
export interface LifecycleMetrics {
  readonly room: Required<Pick<RoomEvents, 'loaded' | 'loadFailed' | 'compacted' | 'compactionFailed'>>
  readonly fanout: Required<FanoutEvents>
}

/** Seconds, from a small board's few milliseconds to a large one read over a slow link. */
const LOAD_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

/** Registers the metrics on `registers`. */
export function createLifecycleMetrics(registers: Registry[]): LifecycleMetrics {
  const loads = labelledCounter(registers, 'plenary_room_loads_total', 'Boards loaded into a room, by result.', 'result', [
    'loaded',
    'failed',
  ])
  const loadSeconds = new Histogram({
    name: 'plenary_room_load_seconds',
    help: 'Time to load a board into a room: subscribe to its channel, read and decode what is stored.',
    buckets: LOAD_BUCKETS,
    registers,
  })
  const compactions = labelledCounter(
    registers,
    'plenary_compactions_total',
    'Compactions of a board’s update log into one snapshot, by result.',
    'result',
    ['compacted', 'failed'],
  )
  const compactionSeconds = new Histogram({
    name: 'plenary_compaction_seconds',
    help: 'Time to encode a board’s snapshot and store it in place of its update log.',
    buckets: LOAD_BUCKETS,
    registers,
  })
  const compactionBytes = new Histogram({
    name: 'plenary_compaction_snapshot_bytes',
    help: 'Size of the snapshots compactions store: how large the boards are.',
    buckets: [1e3, 1e4, 1e5, 2.5e5, 1e6, 2.5e6, 1e7, 2.5e7],
    registers,
  })
  const directions = ['published', 'received']
  const messages = labelledCounter(
    registers,
    'plenary_fanout_messages_total',
    'Messages sent to (published) and received from (received) other nodes through Redis.',
    'direction',
    directions,
  )
  const bytes = labelledCounter(
    registers,
    'plenary_fanout_bytes_total',
    'Bytes of the messages sent to and received from other nodes.',
    'direction',
    directions,
  )
  const crossed = (direction: string) => (size: number) => {
    messages.inc({ direction })
    bytes.inc({ direction }, size)
  }
  return {
    room: {
      loaded: (ms) => {
        loads.inc({ result: 'loaded' })
        loadSeconds.observe(ms / 1000)
      },
      loadFailed: () => loads.inc({ result: 'failed' }),
      compacted: (ms, size) => {
        compactions.inc({ result: 'compacted' })
        compactionSeconds.observe(ms / 1000)
        compactionBytes.observe(size)
      },
      compactionFailed: () => compactions.inc({ result: 'failed' }),
    },
    fanout: { published: crossed('published'), received: crossed('received') },
  }
}
