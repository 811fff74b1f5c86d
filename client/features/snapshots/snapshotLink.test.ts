import { describe, expect, it } from 'vitest'
import { addressWithoutSnapshot, snapshotLinkOf } from './snapshotLink'

describe('snapshotLinkOf', () => {
  it('reads the snapshot id of the address, with or without the question mark', () => {
    expect(snapshotLinkOf('?snapshot=Ab3_x-9QzKLm0pRt')).toEqual({ kind: 'snapshot', id: 'Ab3_x-9QzKLm0pRt' })
    expect(snapshotLinkOf('lang=es&snapshot=Ab3_x-9QzKLm0pRt')).toEqual({ kind: 'snapshot', id: 'Ab3_x-9QzKLm0pRt' })
  })

  it('finds nothing when the address names no snapshot', () => {
    expect(snapshotLinkOf('')).toEqual({ kind: 'none' })
    expect(snapshotLinkOf('?lang=es')).toEqual({ kind: 'none' })
  })

  it('calls an id that cannot be a snapshot malformed rather than asking the server', () => {
    expect(snapshotLinkOf('?snapshot=')).toEqual({ kind: 'malformed' })
    expect(snapshotLinkOf('?snapshot=../../boards')).toEqual({ kind: 'malformed' })
    expect(snapshotLinkOf(`?snapshot=${'a'.repeat(65)}`)).toEqual({ kind: 'malformed' })
    expect(snapshotLinkOf('?snapshot=%E2%80%AEabc')).toEqual({ kind: 'malformed' })
  })
})

describe('addressWithoutSnapshot', () => {
  it('takes the snapshot out and keeps the path, the other parameters and the fragment', () => {
    expect(addressWithoutSnapshot({ pathname: '/b/Xy12', search: '?snapshot=abc&lang=es', hash: '#token=t' })).toBe(
      '/b/Xy12?lang=es#token=t',
    )
    expect(addressWithoutSnapshot({ pathname: '/b/Xy12', search: '?snapshot=abc', hash: '' })).toBe('/b/Xy12')
  })

  it('leaves an address without a snapshot as it was', () => {
    expect(addressWithoutSnapshot({ pathname: '/b/Xy12', search: '?lang=es', hash: '' })).toBe('/b/Xy12?lang=es')
  })
})
