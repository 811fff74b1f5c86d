import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { addressKey, clientAddress } from './clientAddress'

function requestFrom(peer: string, forwardedFor?: string): IncomingMessage {
  return {
    socket: { remoteAddress: peer },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  } as unknown as IncomingMessage
}

describe('clientAddress', () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress(requestFrom('203.0.113.7', '198.51.100.1'), 0)).toBe('203.0.113.7')
  })

  it('with one trusted proxy, is the entry that proxy appended (the right-most), not what the client wrote', () => {
    expect(clientAddress(requestFrom('127.0.0.1', '198.51.100.1'), 1)).toBe('198.51.100.1')
    expect(clientAddress(requestFrom('127.0.0.1', 'forged, 6.6.6.6, 198.51.100.1'), 1)).toBe('198.51.100.1')
  })

  it('with two trusted proxies, skips the entry the inner proxy appended', () => {
    expect(clientAddress(requestFrom('10.0.0.2', 'forged, 198.51.100.1, 10.0.0.1'), 2)).toBe('198.51.100.1')
  })

  it('falls back to the peer when the header is missing, too short or not an address', () => {
    expect(clientAddress(requestFrom('127.0.0.1'), 1)).toBe('127.0.0.1')
    expect(clientAddress(requestFrom('127.0.0.1', '198.51.100.1'), 2)).toBe('127.0.0.1')
    expect(clientAddress(requestFrom('127.0.0.1', 'unknown'), 1)).toBe('127.0.0.1')
  })
})

describe('addressKey', () => {
  it('unwraps IPv4-mapped addresses and groups IPv6 by /64', () => {
    expect(addressKey('::ffff:192.0.2.1')).toBe('192.0.2.1')
    expect(addressKey('192.0.2.1')).toBe('192.0.2.1')
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
    expect(addressKey('2001:0db8:0001:0002:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64')
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(addressKey('::1')).toBe('0:0:0:0::/64')
    expect(addressKey('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64')
  })
})
