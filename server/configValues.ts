/**
 * How each setting is read from its environment variable: parsed, checked, and refused with a
 * {@link ConfigError} that names the variable and what is wrong. config.ts says which
 * variables there are; this file, what each may hold.
 */
import { isIP } from 'node:net'

/**
 * A setting that cannot be used. Its message names the variable and what is wrong with it
 * (never a secret such as a password in a URL), and is all an operator needs to see: the
 * composition root prints it as one line and exits with status 2.
 */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

/** A DNS name: labels of letters, digits and inner hyphens, separated by dots. */
const HOST_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i

/** pino's levels, which LOG_LEVEL names. */
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

/** A whole number of at least 0, or `fallback` when unset. */
export function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 0) throw new ConfigError(`${name} must be a non-negative integer, got "${value}"`)
  return parsed
}

/** Host names, comma separated, lower-cased, without a trailing dot. */
export function hostsFrom(value: string | undefined): string[] {
  if (!value) return []
  return value
    .split(',')
    .map((host) => host.trim().toLowerCase().replace(/\.$/, ''))
    .filter((host) => host !== '')
    .map((host) => {
      if (!HOST_NAME.test(host)) {
        throw new ConfigError(`ALLOWED_HOSTS takes host names without scheme or port, comma separated; got "${host}"`)
      }
      return host
    })
}

/** A CSP source list: 'none' alone, or 'self', schemes and hosts; nothing that could end the directive. */
export function frameAncestorsFrom(value: string | undefined): string {
  const sources = (value ?? '')
    .trim()
    .split(/\s+/)
    .filter((source) => source !== '')
  if (sources.length === 0) return "'none'"
  const valid = /^('self'|https?:|(https?:\/\/)?(\*\.)?[a-z0-9.-]+(:(\d+|\*))?)$/i
  const bad = sources.find((source) => !valid.test(source))
  if (bad !== undefined && !(bad === "'none'" && sources.length === 1)) {
    throw new ConfigError(`FRAME_ANCESTORS takes 'none' or space-separated origins like https://coops.example; got "${bad}"`)
  }
  return sources.join(' ')
}

/** A cap of 0 would close every browser, so these must be at least 1. */
export function positiveIntFrom(value: string | undefined, fallback: number, name: string): number {
  const parsed = intFrom(value, fallback, name)
  if (parsed < 1) throw new ConfigError(`${name} must be at least 1, got "${value ?? ''}"`)
  return parsed
}

/** An http(s) URL's origin (PUBLIC_URL), or null when unset. */
export function urlFrom(value: string | undefined): string | null {
  if (!value) return null
  const url = URL.parse(value)
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw new ConfigError(`PUBLIC_URL must be an http(s) address like https://board.example.coop, got "${value}"`)
  }
  return url.origin
}

/** The port to listen on: 0 (any free port) to 65535. */
export function portFrom(value: string | undefined): number {
  const port = intFrom(value, 8080, 'PORT')
  if (port > 65535) throw new ConfigError(`PORT must be at most 65535, got "${value ?? ''}"`)
  return port
}

/** The interface to listen on: an IP address or a host name, without scheme or port. */
export function hostFrom(value: string | undefined): string {
  if (!value) return '127.0.0.1'
  const host = value.trim()
  if (isIP(host) === 0 && !HOST_NAME.test(host)) {
    throw new ConfigError(`HOST must be an IP address or a host name to listen on, like 127.0.0.1 or 0.0.0.0; got "${value}"`)
  }
  return host
}

/** One of pino's levels (LOG_LEVEL), `info` when unset. */
export function logLevelFrom(value: string | undefined): string {
  if (!value) return 'info'
  const level = LOG_LEVELS.find((known) => known === value.trim().toLowerCase())
  if (!level) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${value}"`)
  return level
}

/** A database's connection URL with one of `protocols`, or null when unset; never echoed, as it may hold a password. */
export function serviceUrlFrom(value: string | undefined, name: string, protocols: readonly string[]): string | null {
  if (!value) return null
  let url: URL
  try {
    url = new URL(value)
  } catch {
    // The value is not echoed: it may hold a password.
    throw new ConfigError(`${name} must be a URL like ${protocols[0]}//host:port/…`)
  }
  if (!protocols.includes(url.protocol)) throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`)
  return value
}
