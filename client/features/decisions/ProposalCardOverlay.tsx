/**
 * The live count under each proposal's card on the canvas, and the outcome once it is closed.
 * Drawn over the canvas in screen space and placed from the card's page bounds, so stances
 * never rewrite the card (only facilitators may write it) and the count follows the camera.
 */
import { useTranslation } from 'react-i18next'
import { useValue, type Editor, type TLShapeId } from 'tldraw'
import type { ProposalSummary } from '../../../shared/decisions/summary'
import { outcomeLabel, stanceCountText } from './decisionsView'
import { StanceCounts } from './StanceCounts'
import './decisions.css'

/** Props of {@link ProposalCardOverlay}. */
export interface ProposalCardOverlayProps {
  editor: Editor
  proposals: readonly ProposalSummary[]
}

/** Narrower than this on screen, a card is too small for a count under it. */
const MIN_CARD_WIDTH = 24

interface PlacedCard {
  summary: ProposalSummary
  left: number
  top: number
  width: number
}

/** Counts under every proposal card in view. */
export function ProposalCardOverlay({ editor, proposals }: ProposalCardOverlayProps) {
  const { t } = useTranslation()
  const placed = useValue(
    'proposal cards on screen',
    () => {
      const pageId = editor.getCurrentPageId()
      const cards: PlacedCard[] = []
      for (const summary of proposals) {
        const shapeId = summary.proposal.shapeId as TLShapeId
        const shape = editor.getShape(shapeId)
        if (!shape || editor.getAncestorPageId(shape) !== pageId) continue
        const bounds = editor.getShapePageBounds(shapeId)
        if (!bounds) continue
        const bottomLeft = editor.pageToViewport({ x: bounds.minX, y: bounds.maxY })
        const bottomRight = editor.pageToViewport({ x: bounds.maxX, y: bounds.maxY })
        const width = bottomRight.x - bottomLeft.x
        if (width >= MIN_CARD_WIDTH) cards.push({ summary, left: bottomLeft.x, top: bottomLeft.y, width })
      }
      return cards
    },
    [editor, proposals],
  )

  return (
    <div className="card-overlays">
      {placed.map(({ summary, left, top, width }) => {
        const { proposal, tally } = summary
        return (
          <div
            key={proposal.id}
            className={`card-overlay card-overlay--${proposal.status}`}
            style={{ left, top, minWidth: width }}
            data-testid="card-overlay"
            data-proposal={proposal.id}
          >
            {proposal.status === 'open' ? (
              <>
                <StanceCounts counts={tally.counts} compact />
                {tally.blocks > 0 && <span className="card-overlay__block">{stanceCountText(t, 'block', tally.blocks)}</span>}
              </>
            ) : (
              <span className={`outcome outcome--${proposal.status}`}>{outcomeLabel(t, proposal.status)}</span>
            )}
          </div>
        )
      })}
    </div>
  )
}
