/**
 * Structured logging (pino). The composition root creates one logger; everything else gets
 * a child logger with its context (board id, connection id) injected.
 */
import { pino } from 'pino'

/** The logger type used across the server. */
export type Logger = pino.Logger

/** Creates the root logger at `level` ('silent' in tests that do not inspect logs). */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'plenary' } })
}
