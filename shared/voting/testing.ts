/** Boards for the voting tests: notes in a frame, and a vote on some of them. */
import * as Y from 'yjs'
import { recordsMap } from '../boardDoc'
import { createNoteRecord } from '../notes'
import { startVote, type VoteOptions } from './actions'

/** A document with notes shape:n1 … shape:n<count> ("note 1" …), n1 and n2 inside frame shape:f. */
export function votingDoc(count = 4): Y.Doc {
  const doc = new Y.Doc()
  doc.transact(() => {
    const records = recordsMap(doc)
    records.set('shape:f', {
      id: 'shape:f',
      typeName: 'shape',
      type: 'frame',
      x: 0,
      y: 0,
      parentId: 'page:page',
      index: 'a1',
      meta: {},
      props: { name: 'Ideas', w: 800, h: 600 },
    })
    for (let n = 1; n <= count; n++) {
      const inFrame = n <= 2
      records.set(
        `shape:n${n}`,
        createNoteRecord({
          id: `shape:n${n}`,
          x: n * 220,
          y: 0,
          index: `a${n + 1}`,
          text: `note ${n}`,
          parentId: inFrame ? 'shape:f' : 'page:page',
        }),
      )
    }
  })
  return doc
}

/** Options for a vote on n1–n3 with `dots` dots per person, overridable. */
export function voteOptions(overrides: Partial<VoteOptions> = {}): VoteOptions {
  return {
    id: 'v1',
    title: 'Priorities',
    noteIds: ['shape:n1', 'shape:n2', 'shape:n3'],
    dots: 2,
    per: 'person',
    results: 'live',
    scope: { kind: 'selection' },
    now: 1000,
    ...overrides,
  }
}

/** A document with a vote open (see {@link voteOptions}). */
export function docWithVote(overrides: Partial<VoteOptions> = {}): Y.Doc {
  const doc = votingDoc()
  doc.transact(() => startVote(doc, voteOptions(overrides)))
  return doc
}
