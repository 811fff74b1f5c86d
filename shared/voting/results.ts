/**
 * A vote's results as plain data, for the panel, the notes and the board export.
 */
import type * as Y from 'yjs'
import { asStoredRecord, recordsMap } from '../boardDoc'
import { readDots, readVoteById } from './read'
import { noteText } from './scope'
import { voteTallies, votersWithDots } from './tally'
import type { Vote } from './types'

/** One note's place in a vote's results. */
export interface RankedNote {
  noteId: string
  /** The note's text now ("" for a note that was deleted). */
  text: string
  dots: number
  /** 1 for the most dots; notes with as many dots share a rank (1, 1, 3). */
  rank: number
  /** False when the note is no longer on the board. */
  present: boolean
}

/** A vote and its ranked notes. */
export interface VoteResultsData {
  vote: Vote
  notes: RankedNote[]
  /** Voters (people, or coops) who placed at least one dot. */
  voters: number
  /** Dots placed, in all. */
  dots: number
}

/** The results of vote `voteId`, most dots first, or null when there is no such vote. */
export function voteResults(doc: Y.Doc, voteId: string): VoteResultsData | null {
  const vote = readVoteById(doc, voteId)
  if (!vote) return null
  const dots = readDots(doc, voteId)
  const records = recordsMap(doc)
  let rank = 0
  let previous = Number.POSITIVE_INFINITY
  const notes = voteTallies(vote, dots).map((tally, i) => {
    if (tally.dots < previous) rank = i + 1
    previous = tally.dots
    const record = asStoredRecord(records.get(tally.noteId)) ?? undefined
    return { noteId: tally.noteId, text: noteText(record), dots: tally.dots, rank, present: record !== undefined }
  })
  return { vote, notes, voters: votersWithDots(vote, dots).size, dots: notes.reduce((sum, n) => sum + n.dots, 0) }
}
