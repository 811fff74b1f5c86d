import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DEFAULT_RELATION_LABELS } from '../../../shared/community/api'
import { COMMUNITY_MAP, CommunityKey } from '../../../shared/community/maps'
import { ROSTER_MAP } from '../../../shared/corners/roster'
import { MEMBER_COOPS, rosterOf } from '../../../shared/corners/testing'
import { readRelationFacts, sameRelationFacts } from './relationFacts'

function boardWith(labels?: unknown): Y.Doc {
  const doc = new Y.Doc()
  for (const coop of rosterOf(MEMBER_COOPS)) doc.getMap(ROSTER_MAP).set(coop.id, coop)
  if (labels !== undefined) doc.getMap(COMMUNITY_MAP).set(CommunityKey.relationLabels, labels)
  return doc
}

describe('readRelationFacts', () => {
  it('offers the community’s own labels, in its order', () => {
    const labels = ['colabora con', 'comparte infraestructura', 'works with', 'mentors']
    expect(readRelationFacts(boardWith(labels)).labels).toEqual(labels)
  })

  it('offers the default labels on a board without a community, or with an empty or broken list', () => {
    expect(readRelationFacts(boardWith()).labels).toEqual(DEFAULT_RELATION_LABELS)
    expect(readRelationFacts(boardWith([])).labels).toEqual(DEFAULT_RELATION_LABELS)
    expect(readRelationFacts(boardWith(['works with', 42])).labels).toEqual(DEFAULT_RELATION_LABELS)
  })

  it('knows every coop of a 31-coop roster by id and name', () => {
    const facts = readRelationFacts(boardWith())
    expect(facts.rosterIds.size).toBe(31)
    expect([...facts.names.values()]).toContain('Łódzka Spółdzielnia Programistów')
    expect([...facts.names.values()]).toContain('神戸コード協同組合')
  })
})

describe('sameRelationFacts', () => {
  it('holds for two readings of an unchanged board and fails once a coop is renamed or a label added', () => {
    const doc = boardWith(['works with'])
    const before = readRelationFacts(doc)
    expect(sameRelationFacts(before, readRelationFacts(doc))).toBe(true)

    const [first] = rosterOf(MEMBER_COOPS)
    if (!first) throw new Error('no coop')
    doc.getMap(ROSTER_MAP).set(first.id, { ...first, name: `${first.name} (renamed)` })
    expect(sameRelationFacts(before, readRelationFacts(doc))).toBe(false)

    const renamed = readRelationFacts(doc)
    doc.getMap(COMMUNITY_MAP).set(CommunityKey.relationLabels, ['works with', 'mentors'])
    expect(sameRelationFacts(renamed, readRelationFacts(doc))).toBe(false)
  })
})
