/** The fan-out of a single node: there is nobody to tell, so every publish is a no-op. */
import { READY } from '../health/readiness'
import type { BoardChannel, Fanout } from './types'

const SILENT_CHANNEL: BoardChannel = {
  reachesOtherNodes: false,
  publishUpdate() {},
  publishAwareness() {},
  publishResync() {},
  leave: () => Promise.resolve(),
}

/** A fan-out for one server node alone (the default without REDIS_URL). */
export function localFanout(nodeId = 'local'): Fanout {
  return {
    nodeId,
    join: () => Promise.resolve(SILENT_CHANNEL),
    readiness: () => Promise.resolve(READY),
    close: () => Promise.resolve(),
  }
}
