/**
 * The facilitator's view of a running session: the timer and its controls, a message to all
 * groups, every group at once (members, notes, rapporteur, calls, visit, moves), and the end.
 */
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { BREAKOUT_LIMITS, type BreakoutGroup, type BreakoutMember, type BreakoutSession } from '../../../shared/breakouts/types'
import { isPaused } from '../../../shared/breakouts/timer'
import type { ServerClock } from '../../sync/serverClock'
import type { GroupCard } from './breakoutView'
import { Countdown } from './Countdown'
import { GroupOverviewCard } from './GroupOverviewCard'

/** What the overview does; each returns a problem to show, or null. */
export interface OverviewActions {
  addMinutes: (minutes: number) => string | null
  pause: () => string | null
  resume: () => string | null
  message: (text: string) => string | null
  visit: (group: BreakoutGroup) => void
  answer: (group: BreakoutGroup) => string | null
  suggest: (group: BreakoutGroup) => string | null
  setRapporteur: (group: BreakoutGroup, member: BreakoutMember | null) => string | null
  move: (member: BreakoutMember, groupId: string) => string | null
  end: () => string | null
}

/** Props of {@link SessionOverview}. */
export interface SessionOverviewProps {
  session: BreakoutSession
  cards: GroupCard[]
  clock: ServerClock
  actions: OverviewActions
}

const ASSIGNMENT_KEY = {
  random: 'breakouts.overview.assignmentRandom',
  choose: 'breakouts.overview.assignmentChoose',
  manual: 'breakouts.overview.assignmentManual',
} as const

/** The running session, all groups at once. */
export function SessionOverview({ session, cards, clock, actions }: SessionOverviewProps) {
  const { t } = useTranslation()
  const [problem, setProblem] = useState<string | null>(null)
  const [draft, setDraft] = useState('')
  const [confirmEnd, setConfirmEnd] = useState(false)
  const paused = isPaused(session.timer)
  const report = (outcome: string | null) => setProblem(outcome)
  const members = new Map(cards.flatMap((card) => card.members.map(({ member }) => [member.participantId, member] as const)))
  const people = cards.reduce((sum, card) => sum + card.members.length, 0)

  function send(event: FormEvent) {
    event.preventDefault()
    const text = draft.trim()
    if (text === '') return
    const outcome = actions.message(text)
    report(outcome)
    if (!outcome) setDraft('')
  }

  return (
    <div className="breakouts-overview" data-testid="breakout-overview">
      <section className="breakouts-timer" aria-label={t('breakouts.overview.timer')}>
        <Countdown timer={session.timer} clock={clock} size="large" />
        <div className="breakouts-timer__controls">
          <button type="button" className="button button--secondary" onClick={() => report(actions.addMinutes(1))}>
            {t('breakouts.overview.addOne')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => report(actions.addMinutes(5))}>
            {t('breakouts.overview.addFive')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            data-testid="breakout-pause"
            onClick={() => report(paused ? actions.resume() : actions.pause())}
          >
            {t(paused ? 'breakouts.overview.resume' : 'breakouts.overview.pause')}
          </button>
        </div>
        <p className="breakouts__meta">
          {t(ASSIGNMENT_KEY[session.assignment])} · {t('breakouts.count.groups', { count: cards.length })} ·{' '}
          {t('breakouts.count.people', { count: people })}
        </p>
      </section>

      <form className="breakouts-message" onSubmit={send}>
        <label className="breakouts-form__label" htmlFor={`${session.id}-message`}>
          {t('breakouts.overview.messageAll')}
        </label>
        <div className="breakouts-message__row">
          <input
            id={`${session.id}-message`}
            className="input"
            maxLength={BREAKOUT_LIMITS.message}
            placeholder={t('breakouts.overview.messagePlaceholder')}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" className="button button--primary" disabled={draft.trim() === ''}>
            {t('breakouts.overview.send')}
          </button>
        </div>
        {session.message && <p className="breakouts__meta">{t('breakouts.overview.showing', { text: session.message.text })}</p>}
      </form>

      {problem && (
        <p className="breakouts__problem" role="alert">
          {problem}
        </p>
      )}

      <ul className="group-cards" aria-label={t('breakouts.overview.groups')}>
        {cards.map((card) => (
          <GroupOverviewCard
            key={card.group.id}
            card={card}
            groups={session.groups}
            onVisit={() => actions.visit(card.group)}
            onAnswer={() => {
              actions.visit(card.group)
              report(actions.answer(card.group))
            }}
            onSuggest={() => report(actions.suggest(card.group))}
            onRapporteur={(participantId) =>
              report(actions.setRapporteur(card.group, participantId === null ? null : (members.get(participantId) ?? null)))
            }
            onMove={(participantId, groupId) => {
              const member = members.get(participantId)
              if (member && groupId !== member.groupId) report(actions.move(member, groupId))
            }}
          />
        ))}
      </ul>

      <footer className="breakouts__footer">
        {confirmEnd ? (
          <div className="breakouts__confirm" role="group" aria-label={t('breakouts.overview.endQuestion')}>
            <p>{t('breakouts.overview.endConfirm')}</p>
            <div className="breakouts__confirm-actions">
              <button type="button" className="button button--secondary" onClick={() => setConfirmEnd(false)}>
                {t('breakouts.overview.keepGoing')}
              </button>
              <button
                type="button"
                className="button button--danger"
                data-testid="breakout-end-confirm"
                onClick={() => report(actions.end())}
              >
                {t('breakouts.overview.endNow')}
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            className="button button--danger breakouts__end"
            data-testid="breakout-end"
            onClick={() => setConfirmEnd(true)}
          >
            {t('breakouts.overview.endSession')}
          </button>
        )}
      </footer>
    </div>
  )
}
