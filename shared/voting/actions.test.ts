import { describe, expect, it } from 'vitest'
import { asStoredRecord, recordsMap, type StoredRecord } from '../boardDoc'
import { closeVote, deleteVote, hasReacted, placeDot, takeBackDot, toggleReaction } from './actions'
import { openVote, readDots, readReactions } from './read'
import { voteResults } from './results'
import { notesFromSelection, notesInFrame, noteText, scopeFrames } from './scope'
import { docWithVote, votingDoc } from './testing'
import { DOTS_MAP } from './types'

const ana = { id: 'ana', coop: 'Cooperativa Sur' }
const luis = { id: 'luis', coop: 'Cooperativa Sur' }

function records(doc = votingDoc()): StoredRecord[] {
  return [...recordsMap(doc).values()].map(asStoredRecord).filter((r): r is StoredRecord => r !== null)
}

describe('placing and taking back dots', () => {
  it('uses free slots, refuses a dot beyond the vote’s, and takes back the latest on a note', () => {
    const doc = docWithVote()
    expect(placeDot(doc, 'v1', ana, 'shape:n1', 1)).toBeNull()
    expect(placeDot(doc, 'v1', ana, 'shape:n1', 2)).toBeNull()
    expect(placeDot(doc, 'v1', ana, 'shape:n2', 3)).toBe('No dots left.')
    expect(
      readDots(doc, 'v1')
        .map((d) => d.slot)
        .sort(),
    ).toEqual([0, 1])
    expect(takeBackDot(doc, 'v1', ana, 'shape:n1')).toBeNull()
    expect(readDots(doc, 'v1').map((d) => d.slot)).toEqual([0])
    expect(placeDot(doc, 'v1', ana, 'shape:n2', 4)).toBeNull()
    expect(takeBackDot(doc, 'v1', ana, 'shape:n3')).toBe('You have no dot on this note.')
    expect(placeDot(doc, 'v1', ana, 'shape:n4', 5)).toBe('This note is not in the vote.')
  })

  it('shares a coop’s dots between its delegates in a per-coop vote', () => {
    const doc = docWithVote({ per: 'coop' })
    expect(placeDot(doc, 'v1', ana, 'shape:n1', 1)).toBeNull()
    expect(placeDot(doc, 'v1', luis, 'shape:n2', 2)).toBeNull()
    expect(placeDot(doc, 'v1', luis, 'shape:n3', 3)).toBe('No dots left.')
    expect(placeDot(doc, 'v1', { id: 'eva', coop: '' }, 'shape:n3', 3)).toMatch(/choose your coop/)
    expect(takeBackDot(doc, 'v1', luis, 'shape:n1')).toBeNull()
    expect(readDots(doc, 'v1').map((d) => d.voterKey)).toEqual(['cooperativa-sur'])
  })

  it('changes nothing once the vote is closed, and deleting a vote removes its dots', () => {
    const doc = docWithVote()
    placeDot(doc, 'v1', ana, 'shape:n1', 1)
    closeVote(doc, 'v1', 10)
    expect(openVote(doc)).toBeNull()
    expect(placeDot(doc, 'v1', ana, 'shape:n2', 11)).toBe('The vote is closed.')
    expect(takeBackDot(doc, 'v1', ana, 'shape:n1')).toBe('The vote is closed.')
    deleteVote(doc, 'v1')
    expect(doc.getMap(DOTS_MAP).size).toBe(0)
  })
})

describe('voteResults', () => {
  it('ranks notes with their text, sharing ranks on ties', () => {
    const doc = docWithVote()
    placeDot(doc, 'v1', ana, 'shape:n2', 1)
    placeDot(doc, 'v1', ana, 'shape:n3', 2)
    placeDot(doc, 'v1', luis, 'shape:n2', 3)
    const results = voteResults(doc, 'v1')
    expect(results?.notes.map((n) => [n.text, n.dots, n.rank])).toEqual([
      ['note 2', 2, 1],
      ['note 3', 1, 2],
      ['note 1', 0, 3],
    ])
    expect(results?.voters).toBe(2)
    expect(results?.dots).toBe(3)
    placeDot(doc, 'v1', luis, 'shape:n3', 4)
    expect(voteResults(doc, 'v1')?.notes.map((n) => n.rank)).toEqual([1, 1, 3])
    expect(voteResults(doc, 'nope')).toBeNull()
  })
})

describe('reactions', () => {
  it('toggles one reaction of each kind per person and note', () => {
    const doc = votingDoc()
    toggleReaction(doc, 'shape:n1', 'ana', 'agree', 1)
    toggleReaction(doc, 'shape:n1', 'ana', 'love', 2)
    expect(hasReacted(doc, 'shape:n1', 'ana', 'agree')).toBe(true)
    toggleReaction(doc, 'shape:n1', 'ana', 'agree', 3)
    expect(readReactions(doc).map((r) => r.reaction)).toEqual(['love'])
  })
})

describe('scope', () => {
  it('finds notes inside a frame at any depth, in reading order', () => {
    const doc = votingDoc()
    recordsMap(doc).set('shape:inner', {
      id: 'shape:inner',
      typeName: 'shape',
      type: 'frame',
      x: 0,
      y: 300,
      parentId: 'shape:f',
      meta: {},
      props: { name: '' },
    })
    recordsMap(doc).set('shape:deep', { ...(recordsMap(doc).get('shape:n4') as object), id: 'shape:deep', parentId: 'shape:inner', y: 300 })
    expect(notesInFrame(records(doc), 'shape:f')).toEqual(['shape:n1', 'shape:n2', 'shape:deep'])
  })

  it('takes selected notes and the notes of selected frames, once each', () => {
    expect(notesFromSelection(records(), ['shape:n4', 'shape:f', 'shape:n1', 'shape:missing'])).toEqual([
      'shape:n1',
      'shape:n2',
      'shape:n4',
    ])
  })

  it('tells corners, breakout areas and other frames apart, by name', () => {
    const frame = (id: string, name: string, meta: Record<string, unknown>): StoredRecord => ({
      id,
      typeName: 'shape',
      type: 'frame',
      meta,
      props: { name },
    })
    const frames = scopeFrames([
      frame('shape:x', 'Ideas', {}),
      frame('shape:g', 'Housing', { breakout: { groupId: 'g1' } }),
      frame('shape:c', 'Cooperativa Sur', { coopId: 'cooperativa-sur' }),
    ])
    expect(frames.map(({ kind, name }) => ({ kind, name }))).toEqual([
      { kind: 'corner', name: 'Cooperativa Sur' },
      { kind: 'group', name: 'Housing' },
      { kind: 'frame', name: 'Ideas' },
    ])
  })

  it('cuts a long frame name and title to the limits between characters, never inside an emoji', () => {
    // 159 and 119 units: the limits (160, 120) fall between the two halves of the emoji that follows.
    const name = `${'Łódź '.repeat(31)}東京 Ñ`
    const title = `${'Αθήνα '.repeat(19)}Łódź!`
    const doc = docWithVote({ title: `${title}🎉🎉`, scope: { kind: 'corner', frameId: 'shape:f', name: `${name}👩🏽‍💻 more` } })
    expect(openVote(doc)?.scope).toEqual({ kind: 'corner', frameId: 'shape:f', name })
    expect(openVote(doc)?.title).toBe(title)
  })

  it('reads a note’s rich text as plain lines', () => {
    const note = asStoredRecord(recordsMap(votingDoc()).get('shape:n1')) ?? undefined
    expect(noteText(note)).toBe('note 1')
    expect(noteText(undefined)).toBe('')
  })
})
