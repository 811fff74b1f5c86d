/** Voting's part of the board: votes by facilitators, dots and reactions by each person (./rules.ts). */
import type { DocFeature } from '../feature'
import { MapWriters } from '../mapWriters'
import { reactionsDecoration, voteDotsDecoration, votesSection } from './minutes'
import { VOTING_MINUTES_MESSAGES } from './minutes.locales'
import {
  dotChangeProblem,
  dotValueProblem,
  reactionChangeProblem,
  reactionValueProblem,
  voteChangeProblem,
  voteValueProblem,
} from './rules'
import { DOTS_MAP, REACTIONS_MAP, VOTES_MAP } from './types'

/** Dot voting and reactions. */
export const votingFeature: DocFeature = {
  id: 'voting',
  maps: {
    [VOTES_MAP]: { writers: MapWriters.facilitators, value: voteValueProblem, change: voteChangeProblem },
    [DOTS_MAP]: { writers: MapWriters.everyone, value: dotValueProblem, change: dotChangeProblem },
    [REACTIONS_MAP]: { writers: MapWriters.everyone, value: reactionValueProblem, change: reactionChangeProblem },
  },
  minutes: {
    sections: [{ order: 200, section: votesSection }],
    decorations: [voteDotsDecoration, reactionsDecoration],
    messages: VOTING_MINUTES_MESSAGES,
  },
}
