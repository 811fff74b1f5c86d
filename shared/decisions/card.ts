/**
 * A proposal's card on the board: a tldraw note with `meta.proposalId`, written in the same
 * transaction as the proposal. Only facilitators create, change or delete one (the server's
 * record rule, ./feature.ts); the live count is an overlay the client draws
 * over it, so stances never rewrite the card.
 */
import { getIndexAbove, type IndexKey } from '@tldraw/utils'
import type { StoredRecord } from '../boardDoc'
import { createNoteRecord, DEFAULT_PAGE_ID, plainTextToRichText, type NoteColor } from '../notes'
import type { Proposal, ProposalStatus } from './types'

/** Card colour by status: open proposals stand out, closed ones show their outcome. */
const CARD_COLORS: Record<ProposalStatus, NoteColor> = {
  open: 'light-blue',
  agreed: 'light-green',
  amended: 'light-green',
  not_agreed: 'grey',
}

/** The words on a proposal's card: its number, outcome once closed, and text. */
export function cardText(proposal: Pick<Proposal, 'seq' | 'text' | 'status' | 'amendedText'>): string {
  switch (proposal.status) {
    case 'open':
      return `Proposal ${proposal.seq}\n${proposal.text}`
    case 'agreed':
      return `Proposal ${proposal.seq}: agreed\n${proposal.text}`
    case 'amended':
      return `Proposal ${proposal.seq}: agreed as amended\n${proposal.amendedText ?? proposal.text}`
    case 'not_agreed':
      return `Proposal ${proposal.seq}: not agreed\n${proposal.text}`
  }
}

/** The card id of proposal `proposalId`: derived, so the server can tie the two together. */
export function cardIdFor(proposalId: string): string {
  return `shape:proposal-${proposalId}`
}

/** The proposal id of a card record, or null when the record is not a proposal card. */
export function proposalIdOfCard(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null
  const { typeName, meta } = record as Record<string, unknown>
  if (typeName !== 'shape' || typeof meta !== 'object' || meta === null) return null
  const proposalId = (meta as Record<string, unknown>).proposalId
  return typeof proposalId === 'string' && proposalId.length > 0 ? proposalId : null
}

/** True when `record` is a proposal's card (any shape with `meta.proposalId`). */
export function isProposalCard(record: unknown): boolean {
  return proposalIdOfCard(record) !== null
}

/** A stacking index above every shape on `pageId`, so a new card is not hidden under a corner. */
export function indexAboveAll(records: readonly StoredRecord[], pageId: string = DEFAULT_PAGE_ID): IndexKey {
  const keys = records
    .filter((record) => record.typeName === 'shape' && record.parentId === pageId && typeof record.index === 'string')
    .map((record) => record.index as string)
    .sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))
  for (const top of keys) {
    try {
      return getIndexAbove(top as IndexKey)
    } catch {
      // Not a valid index key: the next one down is still above the rest.
    }
  }
  return getIndexAbove(null)
}

/** Where a new card goes: its top-left corner on the page and its stacking index. */
export interface CardPlacement {
  x: number
  y: number
  index: string
  pageId?: string
}

/** tldraw's note: 200 units square, its label inset by 16, grown downwards by `growY`. */
const NOTE_SIZE = 200
const LABEL_PADDING = 16
/** Size "s" in the sans font: 18 units, lines 1.35 high, about 15 characters a line. */
const LINE_HEIGHT = 18 * 1.35
const CHARS_PER_LINE = 15

/**
 * How far the card grows to hold `text`. tldraw sizes a note's label when its own editor
 * writes it; a card arrives as a remote change, so it is sized here, a little generously.
 */
export function cardGrowY(text: string): number {
  const lines = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / CHARS_PER_LINE)), 0)
  return Math.max(0, Math.ceil(lines * LINE_HEIGHT + 2 * LABEL_PADDING - NOTE_SIZE))
}

/** A card's props for `proposal`: readable text, left-aligned from the top, grown to fit. */
function cardProps(proposal: Proposal): Record<string, unknown> {
  const text = cardText(proposal)
  return {
    color: CARD_COLORS[proposal.status],
    richText: plainTextToRichText(text),
    size: 's',
    font: 'sans',
    align: 'start',
    verticalAlign: 'start',
    // A multiplier of the label's font size: 0 would draw the text at size 0.
    fontSizeAdjustment: 1,
    growY: cardGrowY(text),
  }
}

/** The card record of `proposal`, placed at `placement`. */
export function createProposalCard(proposal: Proposal, placement: CardPlacement): StoredRecord {
  const note = createNoteRecord({
    id: proposal.shapeId,
    x: placement.x,
    y: placement.y,
    index: placement.index,
    parentId: placement.pageId ?? DEFAULT_PAGE_ID,
    text: cardText(proposal),
    color: CARD_COLORS[proposal.status],
  })
  // Locked: participants' editors leave it alone (the server refuses their changes anyway); a
  // facilitator unlocks it to move it.
  return {
    ...note,
    isLocked: true,
    meta: { proposalId: proposal.id },
    props: { ...(note.props as Record<string, unknown>), ...cardProps(proposal) },
  }
}

/** `card` showing `proposal`'s current status (text and colour); the rest of the card is kept. */
export function updatedCard(card: Record<string, unknown>, proposal: Proposal): Record<string, unknown> {
  const props = typeof card.props === 'object' && card.props !== null ? (card.props as Record<string, unknown>) : {}
  return { ...card, props: { ...props, ...cardProps(proposal) } }
}
