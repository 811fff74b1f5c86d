/**
 * The policy enforces whatever the features list declares: a feature written only for this test
 * (a raised hand per person, and "hand" stickers only facilitators place) is enforced once it is
 * in the list given to createBoardPolicy, with no other change to the policy.
 */
import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { facilitatorsOnly, type DocFeature, type Refusal } from '../../shared/feature'
import { DOC_FEATURES } from '../../shared/features'
import { MapWriters } from '../../shared/mapWriters'
import { Role } from '../../shared/protocol'
import { createBoardPolicy } from './boardPolicy'
import { clientEdit, note, serverDoc } from './testKit'
import type { DocPolicy, WriterIdentity } from './types'

const HANDS_MAP = 'test:hands'

function isSticker(record: unknown): boolean {
  return typeof record === 'object' && record !== null && (record as { meta?: Record<string, unknown> }).meta?.handSticker === true
}

const handsFeature: DocFeature = {
  id: 'hands',
  maps: {
    [HANDS_MAP]: {
      writers: MapWriters.everyone,
      value: (_key, value) => (value === true ? null : 'a raised hand is true'),
      change: ({ key, writer }) => (writer.participantIds.has(key) ? null : 'a hand is raised by its own person'),
    },
  },
  recordRules: [facilitatorsOnly(isSticker, 'only facilitators place hand stickers')],
}

const ANA: WriterIdentity = { participantIds: new Set(['p-ana']) }

/** A client of `role`, claiming to be `writer`, makes `change`; what the server refused. */
function edit(server: Y.Doc, policy: DocPolicy, role: Role, writer: WriterIdentity, change: (doc: Y.Doc) => void): Refusal[] {
  return clientEdit(server, policy, role, change, writer).refusals
}

function hands(doc: Y.Doc): Record<string, unknown> {
  return doc.getMap(HANDS_MAP).toJSON()
}

describe('a feature added to the list', () => {
  const policy = createBoardPolicy({}, { features: [...DOC_FEATURES, handsFeature] })

  it('has its map accepted, within its writers, value rule and change rule', () => {
    const server = serverDoc()
    expect(edit(server, policy, Role.participant, ANA, (doc) => doc.getMap(HANDS_MAP).set('p-ana', true))).toEqual([])
    expect(edit(server, policy, Role.participant, ANA, (doc) => doc.getMap(HANDS_MAP).set('p-ana', 'yes'))).toMatchObject([
      { reason: 'invalid_entry', key: 'p-ana', detail: 'a raised hand is true' },
    ])
    expect(edit(server, policy, Role.participant, ANA, (doc) => doc.getMap(HANDS_MAP).set('p-ben', true))).toMatchObject([
      { reason: 'invalid_entry', key: 'p-ben', detail: 'a hand is raised by its own person' },
    ])
    expect(edit(server, policy, Role.viewer, ANA, (doc) => doc.getMap(HANDS_MAP).delete('p-ana'))).toMatchObject([
      { reason: 'viewer_update' },
    ])
    expect(hands(server)).toEqual({ 'p-ana': true })
  })

  it('has its record rule enforced, after the rules of the features before it', () => {
    const server = serverDoc([note(1)])
    const sticker = note(2, { meta: { handSticker: true } })
    expect(edit(server, policy, Role.participant, ANA, (doc) => recordsMap(doc).set('shape:n2', sticker))).toEqual([
      { reason: 'facilitator_only', key: 'shape:n2', detail: 'only facilitators place hand stickers' },
    ])
    expect(recordsMap(server).has('shape:n2')).toBe(false)
    const locked = note(3, { isLocked: true, meta: { handSticker: true } })
    expect(edit(server, policy, Role.participant, ANA, (doc) => recordsMap(doc).set('shape:n3', locked))).toMatchObject([
      { reason: 'facilitator_only', detail: 'only facilitators lock shapes' },
    ])
    expect(edit(server, policy, Role.facilitator, ANA, (doc) => recordsMap(doc).set('shape:n2', sticker))).toEqual([])
    expect(recordsMap(server).get('shape:n2')).toEqual(sticker)
  })

  it('is unknown to a policy whose list does not hold it', () => {
    const server = serverDoc([note(1)])
    const board = createBoardPolicy()
    expect(edit(server, board, Role.facilitator, ANA, (doc) => doc.getMap(HANDS_MAP).set('p-ana', true))).toMatchObject([
      { reason: 'unknown_root', key: HANDS_MAP },
    ])
    expect(hands(server)).toEqual({})
    const sticker = note(2, { meta: { handSticker: true } })
    expect(edit(server, board, Role.participant, ANA, (doc) => recordsMap(doc).set('shape:n2', sticker))).toEqual([])
  })

  it('may not declare a map another feature declares', () => {
    const twice: DocFeature = { id: 'twice', maps: { [HANDS_MAP]: { writers: MapWriters.facilitators } } }
    expect(() => createBoardPolicy({}, { features: [handsFeature, twice] })).toThrow(/test:hands is declared by both hands and twice/)
  })
})
