/**
 * Which Host headers the server answers. A page on another site can make a browser send
 * requests to a server on someone's laptop or LAN through a DNS name it controls (DNS
 * rebinding); those requests carry the attacker's name as Host, so answering only names we
 * know closes that door. Accepted: loopback names (`localhost`, `*.localhost`), IP literals
 * (a rebinding attack needs a name), PUBLIC_URL's host and ALLOWED_HOSTS. Ports are not
 * compared: the attack reaches the same port under another name.
 */
import { isIP } from 'node:net'

/** What the check accepts besides loopback names and IP literals. */
export interface HostCheckConfig {
  /** PUBLIC_URL (an origin), whose host is accepted. */
  publicUrl: string | null
  /** ALLOWED_HOSTS, lower-case host names. */
  allowedHosts: readonly string[]
}

/** True when a request with this Host header may be answered. */
export type HostCheck = (host: string | undefined) => boolean

/** The host name of a Host header: lower-case, without port, brackets or a trailing dot. */
export function hostName(header: string): string | null {
  const value = header.trim().toLowerCase()
  if (value.startsWith('[')) {
    const end = value.indexOf(']')
    if (end < 0 || !/^(:\d+)?$/.test(value.slice(end + 1))) return null
    return value.slice(1, end)
  }
  const match = /^([^:]+)(:\d+)?$/.exec(value)
  return match?.[1]?.replace(/\.$/, '') ?? null
}

/** Builds the check from the configuration. */
export function createHostCheck(config: HostCheckConfig): HostCheck {
  const allowed = new Set(config.allowedHosts)
  if (config.publicUrl) allowed.add(new URL(config.publicUrl).hostname.replace(/^\[|\]$/g, ''))
  return (header) => {
    if (header === undefined) return false
    const name = hostName(header)
    if (name === null || name === '') return false
    if (name === 'localhost' || name.endsWith('.localhost')) return true
    if (isIP(name) !== 0) return true
    return allowed.has(name)
  }
}
