/**
 * The address a request comes from, as the HTTP rate limit counts it. The socket's peer,
 * unless the operator says how many reverse proxies stand in front (TRUST_PROXY=n): then the
 * n-th X-Forwarded-For entry from the right. Each proxy appends the address it received the
 * request from, so the right-most n entries were written by our own proxies, and everything
 * left of them was written by the client, who can put anything there: the left-most entry
 * must never be trusted.
 */
import type { IncomingMessage } from 'node:http'
import { isIP } from 'node:net'

/** The client's address for `req`, as a rate-limit key (an IPv6 address as its /64 network). */
export function clientAddress(req: IncomingMessage, trustProxy: number): string {
  const peer = req.socket.remoteAddress ?? 'unknown'
  if (trustProxy <= 0) return addressKey(peer)
  const header = req.headers['x-forwarded-for']
  const entries = (typeof header === 'string' ? header : '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
  // Fewer entries than proxies means a proxy did not append: the request did not come through
  // the chain the operator described, so nothing in the header is vouched for.
  const entry = entries.length >= trustProxy ? entries[entries.length - trustProxy] : undefined
  return addressKey(entry !== undefined && isIP(entry) !== 0 ? entry : peer)
}

/**
 * IPv4 as is (also when written IPv4-mapped); IPv6 as its /64 prefix, since one household or
 * server usually holds a whole /64 and could otherwise take a fresh address per request.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped?.[1]) return mapped[1]
  if (isIP(address) !== 6) return address
  const [head = '', tail = ''] = address.toLowerCase().split('::')
  const headGroups = head === '' ? [] : head.split(':')
  const tailGroups = address.includes('::') && tail !== '' ? tail.split(':') : []
  // An embedded IPv4 tail (64:ff9b::1.2.3.4) stands for two groups.
  const dotted = tailGroups.at(-1)?.includes('.') ? 1 : 0
  const zeros = Array.from({ length: 8 - headGroups.length - tailGroups.length - dotted }, () => '0')
  const groups = address.includes('::') ? [...headGroups, ...zeros, ...tailGroups] : headGroups
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}
