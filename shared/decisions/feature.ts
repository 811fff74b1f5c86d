/**
 * Decisions' part of the board: proposals (facilitators), one stance per coop by its delegates,
 * and the rule that keeps proposal cards in facilitators' hands.
 */
import { facilitatorsOnly, type DocFeature } from '../feature'
import { MapWriters } from '../mapWriters'
import { isProposalCard } from './card'
import { decisionsSection } from './minutes'
import { DECISIONS_MINUTES_MESSAGES } from './minutes.locales'
import { proposalChangeProblem, proposalValueProblem, stanceChangeProblem, stanceValueProblem } from './rules'
import { PROPOSALS_MAP, STANCES_MAP } from './types'

/**
 * Proposal cards (shapes with `meta.proposalId`, ./card.ts): only facilitators create, change
 * or delete one, or turn a shape into one; the card stands for the proposal.
 */
export const proposalCardProblem = facilitatorsOnly(isProposalCard, 'only facilitators write proposal cards')

/** Consent decisions and their cards. */
export const decisionsFeature: DocFeature = {
  id: 'decisions',
  maps: {
    [PROPOSALS_MAP]: { writers: MapWriters.facilitators, value: proposalValueProblem, change: proposalChangeProblem },
    [STANCES_MAP]: { writers: MapWriters.everyone, value: stanceValueProblem, change: stanceChangeProblem },
  },
  recordRules: [proposalCardProblem],
  minutes: { sections: [{ order: 100, section: decisionsSection }], messages: DECISIONS_MINUTES_MESSAGES },
}
