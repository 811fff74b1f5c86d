/**
 * The facilitator's "New breakout session" form: groups by number or by topic, duration,
 * how people get into groups, and who would be assigned right now.
 */
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { BreakoutPerson } from '../../../shared/breakouts/types'
import { DEFAULT_SESSION_FORM, personLabel, planFromForm, type SessionForm, type SessionFormPlan } from './breakoutView'
import { groupSizesText } from './groupSizes'

/** Props of {@link NewSessionForm}. */
export interface NewSessionFormProps {
  /** Participants present now (facilitators and viewers are not put in groups). */
  people: readonly BreakoutPerson[]
  /** Starts the session; returns a problem to show, or null. */
  onStart: (plan: SessionFormPlan) => string | null
  /** Shown when there was an earlier session to go back to. */
  onCancel: (() => void) | null
}

/** The form; Start writes the session. */
export function NewSessionForm({ people, onStart, onCancel }: NewSessionFormProps) {
  const { t } = useTranslation()
  const id = useId()
  const [form, setForm] = useState<SessionForm>(DEFAULT_SESSION_FORM)
  const [problem, setProblem] = useState<string | null>(null)
  const set = (change: Partial<SessionForm>) => {
    setForm((f) => ({ ...f, ...change }))
    setProblem(null)
  }
  const result = planFromForm(form, t)
  const groupCount = 'plan' in result ? result.plan.groupCount : null

  function submit(event: FormEvent) {
    event.preventDefault()
    if ('problem' in result) {
      setProblem(result.problem)
      return
    }
    setProblem(onStart(result.plan))
  }

  return (
    <form className="breakouts-form" onSubmit={submit} data-testid="breakout-form" aria-labelledby={`${id}-title`} noValidate>
      <h3 className="breakouts__section-title" id={`${id}-title`}>
        {t('breakouts.form.title')}
      </h3>

      <fieldset className="breakouts-form__field">
        <legend className="breakouts-form__label">{t('breakouts.form.groups')}</legend>
        <div className="segmented" role="radiogroup" aria-label={t('breakouts.form.makeBy')}>
          <label className="segmented__option">
            <input type="radio" name={`${id}-by`} checked={form.groupsBy === 'count'} onChange={() => set({ groupsBy: 'count' })} />
            <span>{t('breakouts.form.byNumber')}</span>
          </label>
          <label className="segmented__option">
            <input type="radio" name={`${id}-by`} checked={form.groupsBy === 'topics'} onChange={() => set({ groupsBy: 'topics' })} />
            <span>{t('breakouts.form.byTopic')}</span>
          </label>
        </div>
        {form.groupsBy === 'count' ? (
          <label className="breakouts-form__inline">
            <input
              className="input breakouts-form__number"
              type="number"
              min={2}
              max={30}
              inputMode="numeric"
              value={form.count}
              aria-label={t('breakouts.form.numberOfGroups')}
              onChange={(event) => set({ count: event.target.value })}
            />
            <span>{t('breakouts.form.groupsNamed')}</span>
          </label>
        ) : (
          <label className="breakouts-form__stack">
            <span className="visually-hidden">{t('breakouts.form.topicsLabel')}</span>
            <textarea
              className="input breakouts-form__topics"
              rows={4}
              placeholder={t('breakouts.form.topicsPlaceholder')}
              value={form.topics}
              aria-label={t('breakouts.form.topicsLabel')}
              onChange={(event) => set({ topics: event.target.value })}
            />
            <span className="breakouts-form__hint">{t('breakouts.form.topicsHint')}</span>
          </label>
        )}
      </fieldset>

      <label className="breakouts-form__field breakouts-form__inline">
        <span className="breakouts-form__label">{t('breakouts.form.duration')}</span>
        <input
          className="input breakouts-form__number"
          type="number"
          min={1}
          max={240}
          inputMode="numeric"
          value={form.minutes}
          aria-label={t('breakouts.form.durationLabel')}
          onChange={(event) => set({ minutes: event.target.value })}
        />
        <span>{t('breakouts.form.minutes')}</span>
      </label>

      <fieldset className="breakouts-form__field">
        <legend className="breakouts-form__label">{t('breakouts.form.who')}</legend>
        <label className="choice">
          <input type="radio" name={`${id}-assign`} checked={form.assignment === 'random'} onChange={() => set({ assignment: 'random' })} />
          <span>
            <strong>{t('breakouts.form.random')}</strong>
            <span className="choice__hint">{t('breakouts.form.randomHint')}</span>
          </span>
        </label>
        {form.assignment === 'random' && (
          <label className="choice choice--nested">
            <input type="checkbox" checked={form.spreadCoops} onChange={(event) => set({ spreadCoops: event.target.checked })} />
            <span>{t('breakouts.form.spread')}</span>
          </label>
        )}
        <label className="choice">
          <input type="radio" name={`${id}-assign`} checked={form.assignment === 'choose'} onChange={() => set({ assignment: 'choose' })} />
          <span>
            <strong>{t('breakouts.form.choose')}</strong>
            <span className="choice__hint">{t('breakouts.form.chooseHint')}</span>
          </span>
        </label>
        {form.assignment === 'choose' && (
          <label className="choice choice--nested breakouts-form__inline">
            <span>{t('breakouts.form.atMost')}</span>
            <input
              className="input breakouts-form__number"
              type="number"
              min={1}
              inputMode="numeric"
              placeholder={t('breakouts.form.noCap')}
              value={form.cap}
              aria-label={t('breakouts.form.capLabel')}
              onChange={(event) => set({ cap: event.target.value })}
            />
            <span>{t('breakouts.form.perGroup')}</span>
          </label>
        )}
        <label className="choice">
          <input type="radio" name={`${id}-assign`} checked={form.assignment === 'manual'} onChange={() => set({ assignment: 'manual' })} />
          <span>
            <strong>{t('breakouts.form.manual')}</strong>
            <span className="choice__hint">{t('breakouts.form.manualHint')}</span>
          </span>
        </label>
      </fieldset>

      <section className="breakouts-form__field" aria-labelledby={`${id}-people`}>
        <h4 className="breakouts-form__label" id={`${id}-people`}>
          {t(form.assignment === 'choose' ? 'breakouts.form.present' : 'breakouts.form.toAssign', { count: people.length })}
        </h4>
        {people.length === 0 ? (
          <p className="breakouts-form__hint">{t('breakouts.form.nobody')}</p>
        ) : (
          <ul className="people-chips" data-testid="breakout-form-people">
            {people.map((person) => (
              <li key={person.id} className="people-chips__chip">
                {personLabel(person)}
              </li>
            ))}
          </ul>
        )}
        {groupCount !== null && people.length > 0 && form.assignment !== 'choose' && (
          <p className="breakouts-form__hint">{groupSizesText(people.length, groupCount, t)}</p>
        )}
      </section>

      {problem && (
        <p className="breakouts__problem" role="alert">
          {problem}
        </p>
      )}
      <div className="breakouts-form__actions">
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('breakouts.form.cancel')}
          </button>
        )}
        <button type="submit" className="button button--primary" data-testid="breakout-start">
          {t('breakouts.form.start')}
        </button>
      </div>
    </form>
  )
}
