/**
 * What the voting UI shows, as pure functions of the voting state: which vote the notes show,
 * what one note shows, how many dots someone has left, how far a vote has got.
 */
import type { TFunction } from 'i18next'
import type { Participant } from '../../../shared/participant'
import type { PlacedDot } from '../../../shared/voting/read'
import { voteScopeText } from '../../../shared/voting/scope'
import { dotsOf, nextSlot, voterKeyFor, voteTallies, votersWithDots } from '../../../shared/voting/tally'
import type { Reaction, ReactionId, Vote } from '../../../shared/voting/types'

/** The voting maps of a board, read together. */
export interface VotingState {
  votes: readonly Vote[]
  /** Every dot of every vote. */
  dots: readonly PlacedDot[]
  reactions: readonly Reaction[]
}

/** No votes, dots or reactions. */
export const EMPTY_VOTING: VotingState = { votes: [], dots: [], reactions: [] }

/** Where `vote`'s notes came from, in the reader's language ("Rincón: Cooperativa Sur"). */
export function scopeText(t: TFunction, vote: Pick<Vote, 'scope' | 'scopeLabel' | 'noteIds'>): string {
  return voteScopeText(vote, (key, values) => t(`voting.scope.${key}`, values))
}

/** The vote notes show: the open one, else the one closed last, else null. */
export function shownVote(votes: readonly Vote[]): Vote | null {
  const open = votes.find((vote) => vote.status === 'open')
  if (open) return open
  let latest: Vote | null = null
  for (const vote of votes) if (vote.closedAt !== null && (latest === null || (latest.closedAt ?? 0) < vote.closedAt)) latest = vote
  return latest
}

/** True when `vote`'s tallies may be shown: live results, or the vote is over. */
export function talliesVisible(vote: Vote): boolean {
  return vote.results === 'live' || vote.status === 'closed'
}

/** The dots of one vote. */
export function dotsOfVote(state: VotingState, voteId: string): PlacedDot[] {
  return state.dots.filter((dot) => dot.voteId === voteId)
}

/** What one note shows of the vote. */
export interface NoteVoteView {
  vote: Vote
  /** Dots the note has, or null while the results are hidden. */
  tally: number | null
  /** The viewer's (or their coop's) dots on this note; 0 when they cannot vote. */
  mine: number
  /** True when the viewer may place one more dot here now. */
  canAdd: boolean
}

/**
 * The vote as note `noteId` shows it to `me`, or null when the note is in no vote that notes
 * show. `canVote` is false for viewers.
 */
export function noteVoteView(
  state: VotingState,
  noteId: string,
  me: Pick<Participant, 'id' | 'coop'>,
  canVote: boolean,
): NoteVoteView | null {
  const vote = shownVote(state.votes)
  if (!vote || !vote.noteIds.includes(noteId)) return null
  const dots = dotsOfVote(state, vote.id)
  const tally = talliesVisible(vote) ? (voteTallies(vote, dots).find((t) => t.noteId === noteId)?.dots ?? 0) : null
  const voterKey = canVote ? voterKeyFor(vote, me) : null
  const mine = voterKey === null ? 0 : dotsOf(vote, dots, voterKey).filter((dot) => dot.noteId === noteId).length
  const canAdd = vote.status === 'open' && voterKey !== null && nextSlot(vote, dots, voterKey) !== null
  return { vote, tally, mine, canAdd }
}

/** "2 of 2 dots left", "1 of 2 dots left", "No dots left". */
export function dotsLeftText(t: TFunction, left: number, total: number): string {
  if (left <= 0) return t('voting.dotsLeft.none')
  return t('voting.dotsLeft.some', { left, count: total })
}

/** How far a vote has got: voters with a dot placed, and voters present. */
export interface VoteProgress {
  voted: number
  present: number
  unit: 'people' | 'coops'
}

/** Voters with dots and voters present (people, or the coops of people present) for `vote`. */
export function voteProgress(vote: Vote, dots: readonly PlacedDot[], people: readonly Pick<Participant, 'id' | 'coop'>[]): VoteProgress {
  const present = new Set(people.map((person) => voterKeyFor(vote, person)).filter((key): key is string => key !== null))
  return { voted: votersWithDots(vote, dots).size, present: present.size, unit: vote.per === 'coop' ? 'coops' : 'people' }
}

/** "2 of 3 people present have voted". */
export function progressText(t: TFunction, progress: VoteProgress): string {
  return t(`voting.progress.${progress.unit}`, { voted: progress.voted, count: progress.present })
}

/** "3 dots per person · results live": how a vote counts and shows. */
export function describeVote(t: TFunction, vote: Pick<Vote, 'dots' | 'per' | 'results'>): string {
  const results = t(vote.results === 'live' ? 'voting.describe.live' : 'voting.describe.hidden')
  return t(`voting.describe.${vote.per === 'coop' ? 'coop' : 'person'}`, { count: vote.dots, results })
}

/** A reaction's name in the viewer's language ("agree"). */
export function reactionName(t: TFunction, reaction: ReactionId): string {
  return t(`voting.reaction.${reaction}`)
}

/** One note of a vote in the panel's list. */
export interface VoteNoteRow {
  noteId: string
  /** The note's text; undefined when it was deleted. */
  text: string | undefined
  dots: number
  /** Rank among the notes (shared on ties). */
  rank: number
  /** The viewer's (or their coop's) dots on the note. */
  mine: number
}

/**
 * The rows of `vote`'s list: ranked by dots when its tallies may be shown, else in the vote's
 * own order (so a hidden vote's order gives nothing away). `voterKey` is the viewer's, or null.
 */
export function voteNoteRows(
  vote: Vote,
  dots: readonly PlacedDot[],
  texts: ReadonlyMap<string, string>,
  voterKey: string | null,
): VoteNoteRow[] {
  const tallies = voteTallies(vote, dots)
  const mine = voterKey === null ? [] : dotsOf(vote, dots, voterKey)
  const ranks = new Map<string, number>()
  tallies.forEach((tally, i) => {
    const previous = tallies[i - 1]
    ranks.set(tally.noteId, previous && previous.dots === tally.dots ? (ranks.get(previous.noteId) ?? i + 1) : i + 1)
  })
  const counts = new Map(tallies.map((t) => [t.noteId, t.dots]))
  const order = talliesVisible(vote) ? tallies.map((t) => t.noteId) : vote.noteIds
  return order.map((noteId) => ({
    noteId,
    text: texts.get(noteId),
    dots: talliesVisible(vote) ? (counts.get(noteId) ?? 0) : 0,
    rank: ranks.get(noteId) ?? 0,
    mine: mine.filter((dot) => dot.noteId === noteId).length,
  }))
}
