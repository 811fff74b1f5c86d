import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Role } from '../protocol'
import { closeVote, placeDot, startVote } from './actions'
import {
  dotChangeProblem,
  dotValueProblem,
  reactionChangeProblem,
  reactionValueProblem,
  voteChangeProblem,
  voteValueProblem,
  type EntrySlot,
  type VotingWriter,
} from './rules'
import { docWithVote, voteOptions, votingDoc } from './testing'
import { dotKey, DOTS_MAP, reactionKey, VOTES_MAP, type Dot } from './types'

const ana: VotingWriter = { participantIds: new Set(['ana']), coopIds: new Set(['cooperativa-sur']) }
const absent: EntrySlot = { present: false }
const present = (value: unknown): EntrySlot => ({ present: true, value })

function dotValue(overrides: Partial<Dot> = {}): Dot {
  return { voteId: 'v1', voterKey: 'ana', participantId: 'ana', noteId: 'shape:n1', at: 5, ...overrides }
}

function addDot(doc: Y.Doc, slot: number, value: Dot, writer: VotingWriter = ana): string | null {
  return dotChangeProblem({
    doc,
    key: dotKey(value.voteId, value.voterKey, slot),
    before: absent,
    after: present(value),
    role: Role.participant,
    writer,
  })
}

function removeDot(doc: Y.Doc, slot: number, value: Dot, writer: VotingWriter = ana): string | null {
  return dotChangeProblem({
    doc,
    key: dotKey(value.voteId, value.voterKey, slot),
    before: present(value),
    after: absent,
    role: Role.participant,
    writer,
  })
}

describe('value rules', () => {
  it('accepts a vote under its own id and refuses malformed ones', () => {
    const doc = docWithVote()
    const vote = doc.getMap(VOTES_MAP).get('v1')
    expect(voteValueProblem('v1', vote)).toBeNull()
    expect(voteValueProblem('v2', vote)).toMatch(/own id/)
    expect(voteValueProblem('v1', { ...(vote as object), dots: 21 })).toMatch(/not a vote/)
    expect(voteValueProblem('v1', { ...(vote as object), status: 'closed', closedAt: null })).toMatch(/not a vote/)
    expect(voteValueProblem('v1', { ...(vote as object), noteIds: ['shape:n1', 'shape:n1'] })).toMatch(/not a vote/)
  })

  it('accepts a vote’s scope as what it means, or an older vote’s stored label, but not neither', () => {
    const { scope: _scope, ...vote } = docWithVote().getMap(VOTES_MAP).get('v1') as Record<string, unknown>
    expect(voteValueProblem('v1', { ...vote, scopeLabel: 'Corner: Cooperativa Sur' })).toBeNull()
    expect(voteValueProblem('v1', { ...vote, scope: { kind: 'group', frameId: 'shape:g', name: 'Vivienda' } })).toBeNull()
    expect(voteValueProblem('v1', { ...vote, scope: { kind: 'room', frameId: 'shape:g', name: 'x' } })).toMatch(/not a vote/)
    expect(voteValueProblem('v1', { ...vote, scope: { kind: 'corner', frameId: 'shape:c', name: 'x'.repeat(161) } })).toMatch(/not a vote/)
    expect(voteValueProblem('v1', vote)).toMatch(/not a vote/)
  })

  it('ties a dot to its key and a reaction to its key and the fixed set', () => {
    expect(dotValueProblem('v1/ana/0', dotValue())).toBeNull()
    expect(dotValueProblem('v1/ana/01', dotValue())).toMatch(/voteId\/voterKey\/slot/)
    expect(dotValueProblem('v1/luis/0', dotValue())).toMatch(/voteId\/voterKey\/slot/)
    expect(dotValueProblem('v1/ana/0', dotValue({ noteId: 'note' }))).toMatch(/not a dot/)
    const reaction = { noteId: 'shape:n1', participantId: 'ana', reaction: 'agree', at: 1 }
    expect(reactionValueProblem(reactionKey('shape:n1', 'ana', 'agree'), reaction)).toBeNull()
    expect(reactionValueProblem('shape:n1/ana/agree', { ...reaction, reaction: 'angry' })).toMatch(/fixed reactions/)
    expect(reactionValueProblem('shape:n1/ana/love', reaction)).toMatch(/stored under/)
  })
})

describe('vote changes', () => {
  it('allows one open vote at a time and keeps a closed vote final', () => {
    const doc = docWithVote()
    const votes = doc.getMap<unknown>(VOTES_MAP)
    const second = { ...(votes.get('v1') as object), id: 'v2' }
    const change = (key: string, before: EntrySlot, after: EntrySlot) =>
      voteChangeProblem({ doc, key, before, after, role: Role.facilitator, writer: ana })
    expect(change('v2', absent, present(second))).toMatch(/another vote is open/)
    doc.transact(() => closeVote(doc, 'v1', 2000))
    const closed = votes.get('v1')
    expect(change('v2', absent, present(second))).toBeNull()
    expect(change('v1', present(closed), present({ ...(closed as object), status: 'open', closedAt: null }))).toMatch(
      /closed vote cannot change/,
    )
    expect(change('v1', present(closed), present({ ...(closed as object), title: 'Renamed' }))).toMatch(/closed vote cannot change/)
    expect(change('v1', present(closed), absent)).toBeNull()
    expect(change('v3', absent, present({ ...(closed as object), id: 'v3' }))).toMatch(/starts open/)
  })
})

describe('dot changes', () => {
  it('accepts a dot in the writer’s own name, on a note of the open vote, within the dots', () => {
    const doc = docWithVote()
    expect(addDot(doc, 0, dotValue())).toBeNull()
    expect(addDot(doc, 1, dotValue({ noteId: 'shape:n3' }))).toBeNull()
  })

  it('refuses a third dot when the vote gives two', () => {
    expect(addDot(docWithVote(), 2, dotValue())).toMatch(/only 2 dots/)
  })

  it('refuses a dot in another participant’s name', () => {
    expect(addDot(docWithVote(), 0, dotValue({ voterKey: 'luis', participantId: 'luis' }))).toMatch(/own name/)
    expect(addDot(docWithVote(), 0, dotValue({ voterKey: 'luis' }))).toMatch(/voter is the participant/)
  })

  it('refuses a dot on a note outside the vote, or in a vote that does not exist', () => {
    expect(addDot(docWithVote(), 0, dotValue({ noteId: 'shape:n4' }))).toMatch(/not in the vote/)
    expect(addDot(docWithVote(), 0, dotValue({ voteId: 'v9' }))).toMatch(/no such vote/)
  })

  it('freezes dots once the vote is closed, for placing and taking back', () => {
    const doc = docWithVote()
    doc.transact(() => placeDot(doc, 'v1', { id: 'ana', coop: '' }, 'shape:n1', 10))
    doc.transact(() => closeVote(doc, 'v1', 20))
    expect(addDot(doc, 1, dotValue())).toMatch(/closed/)
    expect(removeDot(doc, 0, dotValue())).toMatch(/closed/)
  })

  it('lets people take back only their own dots, and anyone clear dots of a deleted vote', () => {
    const doc = docWithVote()
    const luis: VotingWriter = { participantIds: new Set(['luis']) }
    expect(removeDot(doc, 0, dotValue(), luis)).toMatch(/only whoever placed/)
    expect(removeDot(doc, 0, dotValue(), ana)).toBeNull()
    doc.getMap(VOTES_MAP).delete('v1')
    expect(removeDot(doc, 0, dotValue(), luis)).toBeNull()
  })

  it('in a per-coop vote, takes the coop from the writer’s presence and lets any delegate take back', () => {
    const doc = docWithVote({ per: 'coop' })
    const coopDot = dotValue({ voterKey: 'cooperativa-sur' })
    expect(addDot(doc, 0, coopDot)).toBeNull()
    expect(addDot(doc, 0, dotValue({ voterKey: 'norte' }))).toMatch(/own coop/)
    expect(addDot(doc, 0, coopDot, { participantIds: new Set(['ana']) })).toMatch(/own coop/)
    const luisOfSur: VotingWriter = { participantIds: new Set(['luis']), coopIds: new Set(['cooperativa-sur']) }
    expect(removeDot(doc, 0, coopDot, luisOfSur)).toBeNull()
    expect(removeDot(doc, 0, coopDot, { participantIds: new Set(['eva']), coopIds: new Set(['norte']) })).toMatch(/delegate/)
  })
})

describe('reaction changes', () => {
  const reaction = { noteId: 'shape:n1', participantId: 'ana', reaction: 'agree', at: 1 }
  const key = reactionKey('shape:n1', 'ana', 'agree')

  it('lets people add and remove only their own reactions, on notes that exist', () => {
    const doc = votingDoc()
    const change = (before: EntrySlot, after: EntrySlot, writer: VotingWriter, value = reaction) =>
      reactionChangeProblem({
        doc,
        key: reactionKey(value.noteId, value.participantId, 'agree'),
        before,
        after,
        role: Role.participant,
        writer,
      })
    expect(change(absent, present(reaction), ana)).toBeNull()
    expect(change(absent, present(reaction), { participantIds: new Set(['luis']) })).toMatch(/own name/)
    expect(change(absent, present({ ...reaction, noteId: 'shape:gone' }), ana, { ...reaction, noteId: 'shape:gone' })).toMatch(
      /no such note/,
    )
    expect(change(present(reaction), absent, { participantIds: new Set(['luis']) })).toMatch(/takes a reaction back/)
    expect(change(present(reaction), absent, ana)).toBeNull()
    expect(key).toBe('shape:n1/ana/agree')
  })
})

describe('startVote', () => {
  it('refuses a second open vote and bad dot counts', () => {
    const doc = docWithVote()
    expect(() => doc.transact(() => startVote(doc, voteOptions({ id: 'v2' })))).toThrow(/Another vote/)
    const fresh = votingDoc()
    expect(() => startVote(fresh, voteOptions({ dots: 0 }))).toThrow(/1 to 20/)
    expect(() => startVote(fresh, voteOptions({ noteIds: [] }))).toThrow(/at least one/)
    expect(fresh.getMap(DOTS_MAP).size).toBe(0)
  })
})
