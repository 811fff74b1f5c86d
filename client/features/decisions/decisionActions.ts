/**
 * What the decisions panel does to the document: open a proposal with its card in the middle
 * of the facilitator's view, take or clear a coop's stance, close a proposal. Each is one
 * `FeatureDoc.write` over the shared functions; each returns a problem for people, or null.
 */
import { Box, type Editor } from 'tldraw'
import { clearStance, closeProposal, openProposal, setStance, type ClosingInput } from '../../../shared/decisions/write'
import type { StanceKind } from '../../../shared/decisions/types'
import type { Participant } from '../../../shared/participant'
import { participantLabel } from '../../../shared/participant'
import type { FeatureDoc } from '../../sync/featureDoc'

/** tldraw's note is 200 × 200 at scale 1: the card is centred on the view by its middle. */
const CARD_SIZE = 200

/** Below this zoom a note's text is not drawn. */
const MIN_READABLE_ZOOM = 0.6

const READ_ONLY = 'You are watching with a view-only link.'

function newProposalId(): string {
  return crypto.randomUUID().replaceAll('-', '').slice(0, 16)
}

/** Opens a proposal whose card lands in the middle of `editor`'s view. */
export function proposeOnBoard(features: FeatureDoc, editor: Editor, text: string, by: Participant): string | null {
  const center = editor.getViewportPageBounds().center
  let problem: string | null = null
  const written = features.write((doc) => {
    const result = openProposal(doc, {
      id: newProposalId(),
      text,
      openedBy: participantLabel(by),
      at: Date.now(),
      x: center.x - CARD_SIZE / 2,
      y: center.y - CARD_SIZE / 2,
      pageId: editor.getCurrentPageId(),
    })
    if (typeof result === 'string') problem = result
  })
  if (!written) return READ_ONLY
  // Far out, a card is a coloured square: bring the facilitator close enough to read it.
  if (problem === null && editor.getZoomLevel() < MIN_READABLE_ZOOM) {
    editor.zoomToBounds(new Box(center.x - CARD_SIZE / 2, center.y - CARD_SIZE / 2, CARD_SIZE, CARD_SIZE), {
      inset: 160,
      targetZoom: 1,
      animation: { duration: 300 },
    })
  }
  return problem
}

/** Takes (or changes) the stance of `person`'s coop on a proposal. */
export function takeStance(features: FeatureDoc, person: Participant, proposalId: string, stance: StanceKind, reason: string): string | null {
  let problem: string | null = null
  const written = features.write((doc) => {
    const result = setStance(doc, { proposalId, coopName: person.coop, stance, reason, participantId: person.id, name: person.name, at: Date.now() })
    if (typeof result === 'string') problem = result
  })
  return written ? problem : READ_ONLY
}

/** Clears a coop's stance (facilitators). */
export function clearCoopStance(features: FeatureDoc, proposalId: string, coopId: string): void {
  features.write((doc) => {
    clearStance(doc, proposalId, coopId)
  })
}

/** Closes a proposal with its outcome. */
export function closeWithOutcome(features: FeatureDoc, proposalId: string, closing: Omit<ClosingInput, 'at'>): string | null {
  let problem: string | null = null
  const written = features.write((doc) => {
    const result = closeProposal(doc, proposalId, { ...closing, at: Date.now() })
    if (typeof result === 'string') problem = result
  })
  return written ? problem : READ_ONLY
}
