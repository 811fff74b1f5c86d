/**
 * The server's Prometheus metrics, registered on an injected prom-client Registry (never the
 * library's global one, so two servers in one process, as in tests, never share counters).
 * They are fed through the event hooks of the rooms, the sync endpoint, the router and the
 * fan-out; none of them knows about Prometheus. Labels are bounded sets (roles, refusal
 * reasons, limits, route patterns): never board ids or raw paths. The HTTP metrics are in
 * httpMetrics.ts; room loads, compactions and fan-out in lifecycleMetrics.ts.
 */
import { Counter, Gauge, Histogram, type Registry } from 'prom-client'
import { ROLES } from '../../shared/protocol'
import type { FanoutEvents } from '../fanout/types'
import { PRESENCE_LIMITS } from '../limits/presenceLimit'
import type { RoomEvents } from '../rooms/Room'
import type { TransportEvents } from '../sync/transport'
import { createHttpMetrics, type HttpMetrics } from './httpMetrics'
import { labelledCounter } from './labelled'
import { createLifecycleMetrics } from './lifecycleMetrics'

/** Values read when Prometheus scrapes, rather than tracked by events. */
export interface MetricsSources {
  /** Rooms currently loaded in memory. */
  roomsLoaded(): number
}

/** The event hooks that feed the metrics, to inject into the room registry, the transport, the router and the fan-out. */
export interface ServerMetrics {
  readonly room: RoomEvents
  readonly transport: TransportEvents
  /** Requests answered (router.ts) and refused before any route (requestGuard.ts). */
  readonly http: HttpMetrics
  readonly fanout: FanoutEvents
}

/** Registers Plenary's metrics on `register` and returns the hooks that update them. */
export function createServerMetrics(register: Registry, sources: MetricsSources): ServerMetrics {
  const registers = [register]
  const connections = new Gauge({
    name: 'plenary_connections',
    help: 'Open sync connections, by role.',
    labelNames: ['role'] as const,
    registers,
  })
  // Zero-valued series from the start, so dashboards and rate() see every role.
  for (const role of ROLES) connections.set({ role }, 0)
  new Gauge({
    name: 'plenary_rooms_loaded',
    help: 'Boards loaded in memory.',
    registers,
    collect() {
      this.set(sources.roomsLoaded())
    },
  })
  const counter = (name: string, help: string) => new Counter({ name, help, registers })
  const updatesApplied = counter('plenary_updates_applied_total', 'Document updates stored and applied (net of policy refusals).')
  const receivedBytes = counter('plenary_received_bytes_total', 'Bytes of WebSocket frames received from clients.')
  const sentBytes = counter('plenary_sent_bytes_total', 'Bytes of WebSocket frames sent to clients.')
  const refused = new Counter({
    name: 'plenary_refused_changes_total',
    help: 'Changes refused by the server, by reason and role.',
    labelNames: ['reason', 'role'] as const,
    registers,
  })
  const storeSeconds = new Histogram({
    name: 'plenary_update_store_seconds',
    help: 'Time to store one update durably (before it is broadcast).',
    // SQLite in WAL mode stores in well under a millisecond; the upper buckets catch a busy disk.
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers,
  })
  const malformed = counter(
    'plenary_malformed_frame_closes_total',
    'Connections closed because a frame was not one well-formed protocol message.',
  )
  const oversized = counter('plenary_oversized_frame_closes_total', 'Connections closed (1009) because a frame exceeded MAX_FRAME_BYTES.')
  const rateLimited = labelledCounter(
    registers,
    'plenary_rate_limited_closes_total',
    'Connections closed (4002) for exceeding a rate limit, by limit.',
    'limit',
    ['messages', 'bytes'],
  )
  const presenceLimited = labelledCounter(
    registers,
    'plenary_presence_limit_closes_total',
    'Connections closed (4005) for claiming more presence than allowed, by limit.',
    'limit',
    PRESENCE_LIMITS,
  )
  const slowReaders = counter(
    'plenary_slow_reader_disconnects_total',
    'Connections terminated because their unsent data exceeded MAX_SEND_BUFFER_BYTES.',
  )
  const dead = counter('plenary_dead_connection_terminations_total', 'Connections terminated because they did not answer a ping.')
  const lifecycle = createLifecycleMetrics(registers)

  return {
    room: {
      refused: (refusal, role) => refused.inc({ reason: refusal.reason, role }),
      stored: (ms) => {
        updatesApplied.inc()
        storeSeconds.observe(ms / 1000)
      },
      presenceLimited: (limit) => presenceLimited.inc({ limit }),
      ...lifecycle.room,
    },
    transport: {
      connected: (role) => connections.inc({ role }),
      disconnected: (role) => connections.dec({ role }),
      received: (bytes) => receivedBytes.inc(bytes),
      sent: (bytes) => sentBytes.inc(bytes),
      malformedFrame: () => malformed.inc(),
      oversizedFrame: () => oversized.inc(),
      rateLimited: (limit) => rateLimited.inc({ limit }),
      slowReader: () => slowReaders.inc(),
      deadConnection: () => dead.inc(),
    },
    http: createHttpMetrics(registers),
    fanout: lifecycle.fanout,
  }
}
