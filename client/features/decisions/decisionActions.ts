/**
 * What the decisions panel does to the document: open a proposal with its card at a free spot
 * of the facilitator's view, take or clear a coop's stance, close a proposal. Each is one
 * `FeatureDoc.write` over the shared functions; each returns a problem for people, or null.
 */
import { Box, type Editor } from 'tldraw'
import { clearStance, closeProposal, openProposal, setStance, type ClosingInput } from '../../../shared/decisions/write'
import type { StanceKind } from '../../../shared/decisions/types'
import type { Participant } from '../../../shared/participant'
import { participantLabel } from '../../../shared/participant'
import type { FeatureDoc } from '../../sync/featureDoc'
import { viewArea } from '../../lib/noteArea'
import { cardGrowY, cardText } from '../../../shared/decisions/card'
import { freeSpot } from '../../../shared/placement/freeSpot'

/** tldraw's note is 200 × 200 at scale 1; a card grows downwards to hold its text. */
const CARD_SIZE = 200

/** Below this zoom a note's text is not drawn. */
const MIN_READABLE_ZOOM = 0.6

const READ_ONLY = 'You are watching with a view-only link.'

function newProposalId(): string {
  return crypto.randomUUID().replaceAll('-', '').slice(0, 16)
}

/**
 * The page box a new card for `text` takes: the next free spot of `editor`'s view, off every
 * note and shape there, below the view when it is full.
 */
function cardSpot(editor: Editor, text: string): Box {
  const { area, occupied } = viewArea(editor)
  // The card's words once numbered; a two-digit number is the most a meeting needs.
  const height = CARD_SIZE + cardGrowY(cardText({ seq: 99, text: text.trim(), status: 'open', amendedText: null }))
  const { spot } = freeSpot(area, occupied, { w: CARD_SIZE, h: height })
  return new Box(spot.x, spot.y, spot.w, spot.h)
}

/** Opens a proposal whose card lands at the next free spot of `editor`'s view. */
export function proposeOnBoard(features: FeatureDoc, editor: Editor, text: string, by: Participant): string | null {
  const spot = cardSpot(editor, text)
  let problem: string | null = null
  const written = features.write((doc) => {
    const result = openProposal(doc, {
      id: newProposalId(),
      text,
      openedBy: participantLabel(by),
      at: Date.now(),
      x: spot.x,
      y: spot.y,
      pageId: editor.getCurrentPageId(),
    })
    if (typeof result === 'string') problem = result
  })
  if (!written) return READ_ONLY
  // Far out, a card is a coloured square, and a full view puts it below: bring the facilitator
  // close enough to read it.
  if (problem === null && (editor.getZoomLevel() < MIN_READABLE_ZOOM || !editor.getViewportPageBounds().contains(spot))) {
    editor.zoomToBounds(spot, {
      inset: 160,
      targetZoom: 1,
      animation: { duration: 300 },
    })
  }
  return problem
}

/** Takes (or changes) the stance of `person`'s coop on a proposal. */
export function takeStance(
  features: FeatureDoc,
  person: Participant,
  proposalId: string,
  stance: StanceKind,
  reason: string,
): string | null {
  let problem: string | null = null
  const written = features.write((doc) => {
    const result = setStance(doc, {
      proposalId,
      coopName: person.coop,
      stance,
      reason,
      participantId: person.id,
      name: person.name,
      at: Date.now(),
    })
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
