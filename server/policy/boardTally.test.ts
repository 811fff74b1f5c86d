import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { BoardTally } from './boardTally'
import { jsonByteSize } from './json'

const size = (value: unknown) => jsonByteSize(value) ?? 0

describe('BoardTally', () => {
  it('follows every transaction: additions, edits, deletions and other counted maps', () => {
    const tally = new BoardTally('records', new Set(['records', 'plenary:settings']))
    const doc = new Y.Doc()
    const records = doc.getMap<unknown>('records')
    expect(tally.totalsOf(doc)).toEqual({ records: 0, bytes: 0 })
    records.set('a', { text: 'hello' })
    records.set('b', { text: 'x' })
    doc.getMap('plenary:settings').set('timer', 5)
    doc.getMap('meta').set('ignored', 'not counted')
    expect(tally.totalsOf(doc)).toEqual({ records: 2, bytes: size({ text: 'hello' }) + size({ text: 'x' }) + size(5) })
    doc.transact(() => {
      records.set('a', { text: 'hello, assembly' })
      records.delete('b')
    })
    expect(tally.totalsOf(doc)).toEqual({ records: 1, bytes: size({ text: 'hello, assembly' }) + size(5) })
  })

  it('started inside a transaction, reports the board as it was before it', () => {
    const tally = new BoardTally('records', new Set(['records']))
    const doc = new Y.Doc()
    doc.getMap<unknown>('records').set('a', 'one')
    doc.transact(() => {
      doc.getMap<unknown>('records').set('b', 'two')
      expect(tally.totalsOf(doc)).toEqual({ records: 1, bytes: size('one') })
    })
    expect(tally.totalsOf(doc)).toEqual({ records: 2, bytes: size('one') + size('two') })
  })
})
