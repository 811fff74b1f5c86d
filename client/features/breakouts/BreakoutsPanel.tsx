/**
 * The facilitator's breakouts side panel: a new session's form when none runs, every group at
 * once while one runs, report-back and the summary after it ended.
 */
import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor } from 'tldraw'
import type { BreakoutPerson } from '../../../shared/breakouts/types'
import type { FeatureDoc } from '../../sync/featureDoc'
import type { ServerClock } from '../../sync/serverClock'
import { flyToGroupArea } from './breakoutCamera'
import { groupCards, type BreakoutsData } from './breakoutView'
import { EndedSession } from './EndedSession'
import { NewSessionForm } from './NewSessionForm'
import { SessionOverview } from './SessionOverview'
import type { BreakoutActions } from './useBreakouts'
import { useGroupNoteCounts } from './useBreakouts'
import { SidePanel } from '../../ui/SidePanel'
import { isArchived } from '../../../shared/breakouts/archive'
import { flyToShapes } from '../corners/camera'
import { PastSessions } from './PastSessions'
import { sessionPageId } from './pastSessions'
import { usePastSessions } from './usePastSessions'
import './breakouts.css'

/** Props of {@link BreakoutsPanel}. */
export interface BreakoutsPanelProps {
  id: string
  editor: Editor | null
  features: FeatureDoc
  data: BreakoutsData
  clock: ServerClock | null
  actions: BreakoutActions | null
  /** Participants present now: who a new session puts in groups. */
  people: readonly BreakoutPerson[]
  /** Participant ids on the board now (this browser's and its peers'). */
  presentIds: ReadonlySet<string>
  onClose: () => void
}

/** The panel. */
export function BreakoutsPanel({ id, editor, features, data, clock, actions, people, presentIds, onClose }: BreakoutsPanelProps) {
  const { t } = useTranslation()
  const noteCounts = useGroupNoteCounts(features)
  const history = usePastSessions(features, clock)
  const [planning, setPlanning] = useState(false)
  const session = data.session
  const cards = groupCards(data, noteCounts, presentIds)
  const visit = (areaId: string) => {
    if (editor) void flyToGroupArea(editor, areaId)
  }

  function close() {
    document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(id)}"]`)?.focus()
    onClose()
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape' || event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return
    event.preventDefault()
    close()
  }

  // An archived last session has left the board: the panel offers the next one.
  const lastArchived = session !== null && isArchived(session)
  const showForm = !session || lastArchived || (session.status === 'ended' && planning)
  const status = t(
    !session ? 'breakouts.panel.noSession' : session.status === 'running' ? 'breakouts.panel.running' : 'breakouts.panel.ended',
  )

  return (
    <SidePanel
      id={id}
      className="breakouts"
      testId="breakouts-panel"
      title={t('breakouts.panel.title')}
      subtitle={showForm ? t('breakouts.panel.subtitleForm') : status}
      closeLabel={t('breakouts.panel.close')}
      onClose={close}
      onKeyDown={onKeyDown}
    >
      {/* A new key per view: starting from the bottom of the long form must not leave the overview scrolled. */}
      <div className="directory__body breakouts__body" key={showForm ? 'form' : (session?.status ?? 'none')}>
        {!actions || !clock ? (
          <p className="directory__empty">{t('breakouts.panel.gettingTime')}</p>
        ) : showForm ? (
          <NewSessionForm
            people={people}
            onCancel={session && !lastArchived ? () => setPlanning(false) : null}
            onStart={(plan) => {
              const problem = actions.start(plan, people, sessionPageId(editor))
              if (!problem) setPlanning(false)
              return problem
            }}
          />
        ) : session?.status === 'running' ? (
          <SessionOverview
            session={session}
            cards={cards}
            clock={clock}
            actions={{
              addMinutes: (minutes) => actions.addTime(minutes * 60_000),
              pause: actions.pause,
              resume: actions.resume,
              message: actions.message,
              visit: (group) => visit(group.areaId),
              answer: (group) => actions.answerCall(group.id),
              suggest: (group) => actions.suggestRapporteur(group.id),
              setRapporteur: (group, member) => actions.setRapporteur(group.id, member),
              move: (member, groupId) =>
                actions.assign({ id: member.participantId, name: member.name, coop: member.coop }, groupId, 'facilitator'),
              end: actions.end,
            }}
          />
        ) : session ? (
          <EndedSession
            session={session}
            cards={cards}
            actions={{
              startReportBack: actions.startReportBack,
              passFloor: actions.passFloor,
              finishReportBack: actions.finishReportBack,
              visit: (card) => visit(card.group.areaId),
              newSession: () => setPlanning(true),
            }}
          />
        ) : null}
        {history && (
          <PastSessions
            {...history}
            show={(past) =>
              editor &&
              flyToShapes(
                editor,
                past.groups.map((group) => group.areaId),
              )
            }
          />
        )}
      </div>
    </SidePanel>
  )
}
