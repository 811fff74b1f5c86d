/**
 * Over the canvas while a session runs, for everyone: their group, the countdown, their
 * rapporteur, "Go to my group" and "Call facilitator"; the group picker in choose mode; the
 * facilitator's message when it changes. Facilitators and viewers see the timer and groups.
 */
import { useState } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import type { Editor } from 'tldraw'
import type { Participant } from '../../../shared/participant'
import { Role } from '../../../shared/protocol'
import type { ServerClock } from '../../sync/serverClock'
import { flyToGroupArea } from './breakoutCamera'
import { groupChoices, groupOf, membershipOf, membersOf, personLabel, rapporteurOf, type BreakoutsData } from './breakoutView'
import { Countdown } from './Countdown'
import { GroupPicker } from './GroupPicker'
import type { BreakoutActions } from './useBreakouts'
import './breakouts.css'

/** Props of {@link BreakoutBar}. */
export interface BreakoutBarProps {
  editor: Editor | null
  data: BreakoutsData
  clock: ServerClock
  actions: BreakoutActions | null
  self: Participant
  role: Role
}

/** The bar, or nothing when no session runs. */
export function BreakoutBar({ editor, data, clock, actions, self, role }: BreakoutBarProps) {
  const { t } = useTranslation()
  const [problem, setProblem] = useState<string | null>(null)
  const session = data.session
  if (!session || session.status !== 'running') return null
  const member = membershipOf(data, self.id)
  const group = groupOf(session, member?.groupId)
  const report = (outcome: string | null | undefined) => setProblem(outcome ?? null)
  const person = { id: self.id, name: self.name, coop: self.coop }
  const canAct = role !== Role.viewer && actions !== null

  return (
    <div className="breakout-bar-wrap">
      <div className="breakout-bar" data-testid="breakout-bar" role="region" aria-label={t('breakouts.bar.region')}>
        <div className="breakout-bar__group">
          <span className="breakout-bar__kicker">{t(group ? 'breakouts.bar.yourGroup' : 'breakouts.bar.breakout')}</span>
          <strong className="breakout-bar__name" data-testid="breakout-my-group" data-group-id={group?.id}>
            {group ? group.name : t('breakouts.count.groups', { count: session.groups.length })}
          </strong>
        </div>
        <Countdown timer={session.timer} clock={clock} size="large" />
        {group && member && canAct && (
          <>
            <div className="breakout-bar__actions">
              <button
                type="button"
                className="button button--secondary button--bar breakout-bar__button"
                onClick={() => editor && void flyToGroupArea(editor, group.areaId)}
              >
                <TargetIcon />
                <span className="breakout-bar__label">{t('breakouts.bar.goToGroup')}</span>
              </button>
              {data.calls.some((call) => call.groupId === group.id) ? (
                <span className="breakout-bar__called" role="status" data-testid="facilitator-called">
                  {t('breakouts.bar.facilitatorCalled')}
                </span>
              ) : (
                <button
                  type="button"
                  className="button button--secondary button--bar breakout-bar__button"
                  onClick={() => report(actions.callFacilitator(group.id))}
                >
                  <BellIcon />
                  <span className="breakout-bar__label">{t('breakouts.bar.callFacilitator')}</span>
                </button>
              )}
            </div>
            <RapporteurControl data={data} groupId={group.id} selfId={self.id} actions={actions} report={report} />
          </>
        )}
        {group && !canAct && (
          <span className="breakout-bar__rapporteur">
            {t('breakouts.bar.rapporteur', { name: labelOrNobody(rapporteurOf(data, group.id), t('breakouts.bar.nobodyYet')) })}
          </span>
        )}
      </div>
      {!member && session.assignment === 'choose' && role !== Role.facilitator && (
        <GroupPicker
          session={session}
          choices={groupChoices(data, self.id)}
          onPick={canAct ? (groupId) => report(actions.assign(person, groupId, 'choice')) : null}
        />
      )}
      <MessageNotice data={data} />
      {problem && (
        <p className="notice notice--warning" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}

/** A target: "take me to my group's area". */
function TargetIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <circle cx="8" cy="8" r="2" fill="currentColor" />
    </svg>
  )
}

/** A bell: "call the facilitator over". */
function BellIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M4 11V7a4 4 0 0 1 8 0v4l1.5 1.5h-11zM6.5 14h3"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  )
}

function labelOrNobody(person: { name: string; coop: string } | null, nobody: string): string {
  return person ? personLabel(person) : nobody
}

interface RapporteurControlProps {
  data: BreakoutsData
  groupId: string
  selfId: string
  actions: BreakoutActions
  report: (outcome: string | null) => void
}

/** "Rapporteur: Ana · Sur", with Suggest, a picker among the group, and "I'll report". */
function RapporteurControl({ data, groupId, selfId, actions, report }: RapporteurControlProps) {
  const rapporteur = rapporteurOf(data, groupId)
  const members = membersOf(data, groupId)
  const self = members.find((m) => m.participantId === selfId) ?? null
  const { t } = useTranslation()
  return (
    <div className="breakout-bar__rapporteur" data-testid="breakout-rapporteur">
      <span>
        <Trans
          i18nKey="breakouts.bar.rapporteurStrong"
          values={{ name: labelOrNobody(rapporteur, t('breakouts.bar.nobodyYet')) }}
          components={{ strong: <strong /> }}
        />
      </span>
      <button type="button" className="breakout-bar__link" onClick={() => report(actions.suggestRapporteur(groupId))}>
        {t('breakouts.bar.suggest')}
      </button>
      <select
        className="breakout-bar__change"
        aria-label={t('breakouts.bar.changeRapporteur')}
        value=""
        onChange={(event) => {
          const next = members.find((m) => m.participantId === event.target.value)
          if (next) report(actions.setRapporteur(groupId, next))
        }}
      >
        <option value="">{t('breakouts.bar.change')}</option>
        {members.map((m) => (
          <option key={m.participantId} value={m.participantId}>
            {personLabel(m)}
          </option>
        ))}
      </select>
      {self && rapporteur?.participantId !== selfId && (
        <button type="button" className="breakout-bar__link" onClick={() => report(actions.setRapporteur(groupId, self))}>
          {t('breakouts.bar.illReport')}
        </button>
      )}
    </div>
  )
}

/** The facilitator's latest message, shown again whenever a new one arrives, until dismissed. */
function MessageNotice({ data }: { data: BreakoutsData }) {
  const { t } = useTranslation()
  const message = data.session?.message ?? null
  const [dismissedAt, setDismissedAt] = useState<number | null>(null)
  if (!message || message.at === dismissedAt) return null
  return (
    <div className="notice breakout-message" role="status" data-testid="breakout-message">
      <span className="breakout-message__from">{message.from}</span>
      <span className="breakout-message__text">{message.text}</span>
      <button type="button" className="notice__action" onClick={() => setDismissedAt(message.at)}>
        {t('breakouts.bar.dismiss')}
      </button>
    </div>
  )
}
