/** A logger for tests that read what the server logs: every line kept, as written and parsed. */
import { pino } from 'pino'
import type { Logger } from '../logger'

/** One line as pino wrote it, and parsed. */
export interface LogLine {
  readonly raw: string
  readonly level: number
  readonly msg?: string
  readonly [field: string]: unknown
}

/** pino's numeric levels. */
export const LogLevel = { debug: 20, info: 30, warn: 40, error: 50 } as const

/** A logger at `level` (debug by default) whose lines land in `lines`. */
export function captureLogs(level = 'debug'): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = []
  const logger = pino(
    { level, base: { service: 'plenary' } },
    {
      write(raw: string) {
        lines.push({ ...(JSON.parse(raw) as { level: number }), raw })
      },
    },
  )
  return { logger, lines }
}
