/**
 * The decisions side panel: facilitators write a proposal and place it on the board; everyone
 * follows each open proposal's stances live, delegates take their coop's stance, facilitators
 * close proposals; below, the meeting's decision log. Viewers see it all read-only.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { Editor, TLShapeId } from 'tldraw'
import type { DecisionsSummary } from '../../../shared/decisions/summary'
import { DECISION_LIMITS } from '../../../shared/decisions/types'
import type { Participant } from '../../../shared/participant'
import type { FeatureDoc } from '../../sync/featureDoc'
import { clearCoopStance, closeWithOutcome, proposeOnBoard, takeStance } from './decisionActions'
import { DecisionLog } from './DecisionLog'
import { problemText, stanceAbility } from './decisionsView'
import { ProposalItem } from './ProposalItem'
import { SidePanel } from '../../ui/SidePanel'
import './decisions.css'

/** Props of {@link DecisionsPanel}. */
export interface DecisionsPanelProps {
  id: string
  features: FeatureDoc
  editor: Editor | null
  decisions: DecisionsSummary
  you: Participant
  isFacilitator: boolean
  onClose: () => void
}

/** The open panel. */
export function DecisionsPanel({ id, features, editor, decisions, you, isFacilitator, onClose }: DecisionsPanelProps) {
  const { t } = useTranslation()
  const open = decisions.proposals.filter((summary) => summary.proposal.status === 'open')
  const ability = stanceAbility(t, features.canWrite, you.coop)
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])

  function close() {
    document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(id)}"]`)?.focus()
    onClose()
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape' || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLInputElement) return
    event.preventDefault()
    close()
  }

  const show = (shapeId: string) => {
    if (!editor) return
    const bounds = editor.getShapePageBounds(shapeId as TLShapeId)
    if (bounds) editor.zoomToBounds(bounds, { inset: 120, animation: { duration: 300 }, targetZoom: 1 })
  }

  return (
    <SidePanel
      id={id}
      className="decisions"
      testId="decisions-panel"
      title={t('decisions.panel.title')}
      subtitle={subtitle(t, open.length, decisions.log.length)}
      closeLabel={t('decisions.panel.close')}
      onClose={close}
      onKeyDown={onKeyDown}
      titleRef={headingRef}
    >
      <div className="decisions__body">
        {isFacilitator && editor && <NewProposal onPropose={(text) => proposeOnBoard(features, editor, text, you)} />}

        {open.length === 0 ? (
          <p className="decisions__empty">{t(isFacilitator ? 'decisions.panel.emptyFacilitator' : 'decisions.panel.emptyParticipant')}</p>
        ) : (
          <ul className="decisions__proposals" aria-label={t('decisions.panel.openProposals')}>
            {open.map((summary) => (
              <ProposalItem
                key={summary.proposal.id}
                summary={summary}
                ability={ability}
                youId={you.id}
                isFacilitator={isFacilitator}
                onTake={(stance, reason) => takeStance(features, you, summary.proposal.id, stance, reason)}
                onClear={(coopId) => clearCoopStance(features, summary.proposal.id, coopId)}
                onClose={(outcome, amendedText, note) => closeWithOutcome(features, summary.proposal.id, { outcome, amendedText, note })}
                onShow={editor ? () => show(summary.proposal.shapeId) : null}
              />
            ))}
          </ul>
        )}

        <DecisionLog entries={decisions.log} />
      </div>
    </SidePanel>
  )
}

/** "2 open proposals · 3 decided". */
function subtitle(t: TFunction, open: number, decided: number): string {
  const openText = open === 0 ? t('decisions.panel.noOpen') : t('decisions.panel.openCount', { count: open })
  return decided > 0 ? t('decisions.panel.decided', { open: openText, count: decided }) : openText
}

/** The facilitator's "new proposal" form. */
function NewProposal({ onPropose }: { onPropose: (text: string) => string | null }) {
  const { t } = useTranslation()
  const fieldId = useId()
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  return (
    <form
      className="new-proposal"
      onSubmit={(event) => {
        event.preventDefault()
        const result = onPropose(text)
        setProblem(result)
        if (result === null) setText('')
      }}
    >
      <label className="new-proposal__label" htmlFor={fieldId}>
        {t('decisions.newProposal.label')}
      </label>
      <textarea
        id={fieldId}
        className="input new-proposal__text"
        rows={3}
        maxLength={DECISION_LIMITS.text}
        placeholder={t('decisions.newProposal.placeholder')}
        value={text}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="button button--primary new-proposal__submit" disabled={text.trim() === ''}>
        {t('decisions.newProposal.submit')}
      </button>
      {problem && (
        <p className="field__error" role="alert">
          {problemText(t, problem)}
        </p>
      )}
    </form>
  )
}
