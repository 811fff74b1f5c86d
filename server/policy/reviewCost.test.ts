/**
 * What the policy costs on a large board: 5,000 notes with author and text (the size the
 * layout measurements use), reviewed the way Room does it. Prints the figures quoted in
 * docs/ARCHITECTURE.md ("Policy"); the bounds asserted are loose, to catch regressions of an
 * order of magnitude (a rescan of the board per update), not machine noise.
 */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recordsMap } from '../../shared/boardDoc'
import { createNoteRecord } from '../../shared/notes'
import { Role } from '../../shared/protocol'
import { createBoardPolicy } from './boardPolicy'
import { serverDoc } from './testKit'
import type { DocPolicy } from './types'

const NOTES = 5_000

function bigNote(n: number, x = n * 3): Record<string, unknown> & { id: string } {
  return createNoteRecord({
    id: `shape:${n.toString(36).padStart(21, '0')}`,
    x,
    y: (n % 70) * 230.123456789,
    index: `a1${n.toString(36)}V`,
    text: `Idea ${n}: we should share the coop's accounting tooling with the federation`,
    author: { id: `participant-${n % 300}`, name: 'Ana María', coop: 'Cooperativa de Trabajo Sur' },
  })
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** Time spent on one update (ms): in review, and in screen + the whole transaction. */
interface Timing {
  review: number
  total: number
}

/** Applies and reviews `update` as Room does, timing the review and the whole transaction. */
function timedReview(server: Y.Doc, policy: DocPolicy, role: Role, update: Uint8Array): Timing {
  let review = 0
  const started = performance.now()
  server.transact((transaction) => {
    Y.applyUpdate(server, update)
    const reviewStarted = performance.now()
    policy.review(server, transaction, role)
    review = performance.now() - reviewStarted
  })
  return { review, total: performance.now() - started }
}

describe('cost of the policy on a 5,000-note board', () => {
  it('is well under a millisecond per single-note update and scales with the update, not the board', () => {
    const notes = Array.from({ length: NOTES }, (_, n) => bigNote(n))
    const server = serverDoc(notes)
    const policy = createBoardPolicy()

    let started = performance.now()
    expect(policy.quarantine(server)).toEqual([])
    const loadMs = performance.now() - started
    // The whole board as one update, as a client's first sync step 2 of a fresh board sends it.
    const wholeBoard = Y.encodeStateAsUpdate(server)
    started = performance.now()
    expect(policy.screen?.(Y.decodeUpdate(wholeBoard), Role.participant)).toBeNull()
    const screenWholeBoardMs = performance.now() - started

    const client = new Y.Doc()
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
    const updates: Uint8Array[] = []
    client.on('update', (update: Uint8Array) => updates.push(update))
    const send = (role: Role): Timing => {
      const timings = updates.map((update) => {
        const screenStarted = performance.now()
        expect(policy.screen?.(Y.decodeUpdate(update), role)).toBeNull()
        const screen = performance.now() - screenStarted
        const timing = timedReview(server, policy, role, update)
        return { review: timing.review, total: timing.total + screen }
      })
      updates.length = 0
      return timings.reduce((a, b) => ({ review: a.review + b.review, total: a.total + b.total }), { review: 0, total: 0 })
    }

    const moves: Timing[] = []
    for (let i = 0; i < 300; i++) {
      const n = (i * 17) % NOTES
      recordsMap(client).set(notes[n]!.id, bigNote(n, 10_000 + i))
      moves.push(send(Role.participant))
    }
    const refused: Timing[] = []
    for (let i = 0; i < 100; i++) {
      recordsMap(client).set(`shape:bad${i}`, { ...bigNote(i), id: `shape:bad${i}`, props: {} })
      refused.push(send(Role.participant))
    }
    recordsMap(client).set(notes[0]!.id, bigNote(0, -1))
    send(Role.participant)

    client.transact(() => {
      for (let n = 0; n < 2_000; n++) recordsMap(client).set(notes[n]!.id, bigNote(n, 20_000 + n))
    })
    const bulk = send(Role.participant)
    const ms = (value: number) => Number(value.toFixed(3))
    const reviews = moves.map((t) => t.review).sort((a, b) => a - b)

    const figures = {
      notes: NOTES,
      loadQuarantineAndTallyMs: Math.round(loadMs),
      screenWholeBoardUpdateMs: Math.round(screenWholeBoardMs),
      wholeBoardUpdateBytes: wholeBoard.byteLength,
      singleMoveReviewMedianMs: ms(median(reviews)),
      singleMoveReviewP95Ms: ms(reviews[Math.floor(reviews.length * 0.95)] ?? 0),
      singleMoveScreenAndTransactionMedianMs: ms(median(moves.map((t) => t.total))),
      refusedRecordReviewMedianMs: ms(median(refused.map((t) => t.review))),
      refusedRecordScreenAndTransactionMedianMs: ms(median(refused.map((t) => t.total))),
      bulkMove2000ReviewMs: Math.round(bulk.review),
      bulkMove2000ScreenAndTransactionMs: Math.round(bulk.total),
    }
    console.log(JSON.stringify(figures))
    expect(recordsMap(server).size).toBe(NOTES)
    expect(figures.singleMoveReviewMedianMs).toBeLessThan(5)
    expect(figures.bulkMove2000ReviewMs).toBeLessThan(2_000)
  })
})
