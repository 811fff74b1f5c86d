import { describe, expect, it } from 'vitest'
import { decodeFanoutMessage, encodeFanoutMessage, FanoutKind } from './frames'

describe('fan-out messages', () => {
  it('round-trips each kind with its origin and payload', () => {
    for (const kind of [FanoutKind.update, FanoutKind.awareness, FanoutKind.resync]) {
      const message = { origin: 'node-a1b2', kind, payload: new Uint8Array(kind === FanoutKind.resync ? [] : [1, 2, 3]) }
      expect(decodeFanoutMessage(encodeFanoutMessage(message))).toEqual(message)
    }
  })

  it('ignores anything but exactly one well-formed message of this version', () => {
    const valid = encodeFanoutMessage({ origin: 'n', kind: FanoutKind.update, payload: new Uint8Array([7]) })
    expect(decodeFanoutMessage(new Uint8Array([]))).toBeNull()
    expect(decodeFanoutMessage(valid.slice(0, valid.length - 1))).toBeNull()
    expect(decodeFanoutMessage(new Uint8Array([...valid, 0]))).toBeNull()
    expect(decodeFanoutMessage(new Uint8Array([2, ...valid.slice(1)]))).toBeNull()
    const unknownKind = encodeFanoutMessage({ origin: 'n', kind: FanoutKind.update, payload: new Uint8Array([]) })
    unknownKind[3] = 9
    expect(decodeFanoutMessage(unknownKind)).toBeNull()
  })
})
