import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { COMMUNITY_MAP, CommunityKey, readRelationLabels } from './maps'
import { cleanRelationLabels, writeRelationLabels } from './relationLabels'

describe('cleanRelationLabels', () => {
  it('strips hidden characters, collapses spaces, drops blanks and keeps the first spelling of each folded label', () => {
    expect(
      cleanRelationLabels([
        ' works   with ',
        'Works With',
        '\u202Ementors\u202C',
        '   ',
        'Συνεργάζεται με',
        'συνεργαζεται  με',
        '共同で開発',
      ]),
    ).toEqual(['works with', 'mentors', 'Συνεργάζεται με', '共同で開発'])
  })
})

describe('writeRelationLabels', () => {
  it('stores the labels in the board, once', () => {
    const doc = new Y.Doc()
    let changes = 0
    doc.on('update', () => changes++)
    writeRelationLabels(doc, ['works with', 'comparte oficina'])
    writeRelationLabels(doc, ['works with', 'comparte oficina'])
    expect(changes).toBe(1)
    expect(readRelationLabels(doc.getMap(COMMUNITY_MAP).get(CommunityKey.relationLabels))).toEqual(['works with', 'comparte oficina'])
    writeRelationLabels(doc, ['mentors'])
    expect(readRelationLabels(doc.getMap(COMMUNITY_MAP).get(CommunityKey.relationLabels))).toEqual(['mentors'])
  })
})
