/**
 * The facilitator's "New breakout session" form: groups by number or by topic, duration,
 * how people get into groups, and who would be assigned right now.
 */
import { useId, useState, type FormEvent } from 'react'
import type { BreakoutPerson } from '../../../shared/breakouts/types'
import { countText, DEFAULT_SESSION_FORM, personLabel, planFromForm, type SessionForm, type SessionFormPlan } from './breakoutView'

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
  const id = useId()
  const [form, setForm] = useState<SessionForm>(DEFAULT_SESSION_FORM)
  const [problem, setProblem] = useState<string | null>(null)
  const set = (change: Partial<SessionForm>) => {
    setForm((f) => ({ ...f, ...change }))
    setProblem(null)
  }
  const result = planFromForm(form)
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
      <h3 className="breakouts__section-title" id={`${id}-title`}>New breakout session</h3>

      <fieldset className="breakouts-form__field">
        <legend className="breakouts-form__label">Groups</legend>
        <div className="segmented" role="radiogroup" aria-label="Make groups by">
          <label className="segmented__option">
            <input type="radio" name={`${id}-by`} checked={form.groupsBy === 'count'} onChange={() => set({ groupsBy: 'count' })} />
            <span>By number</span>
          </label>
          <label className="segmented__option">
            <input type="radio" name={`${id}-by`} checked={form.groupsBy === 'topics'} onChange={() => set({ groupsBy: 'topics' })} />
            <span>By topic</span>
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
              aria-label="Number of groups"
              onChange={(event) => set({ count: event.target.value })}
            />
            <span>groups, named Group 1, Group 2, …</span>
          </label>
        ) : (
          <label className="breakouts-form__stack">
            <span className="visually-hidden">Topics, one per line</span>
            <textarea
              className="input breakouts-form__topics"
              rows={4}
              placeholder={'Housing\nEnergy\nFood sovereignty'}
              value={form.topics}
              aria-label="Topics, one per line"
              onChange={(event) => set({ topics: event.target.value })}
            />
            <span className="breakouts-form__hint">One group per topic, one topic per line.</span>
          </label>
        )}
      </fieldset>

      <label className="breakouts-form__field breakouts-form__inline">
        <span className="breakouts-form__label">Duration</span>
        <input
          className="input breakouts-form__number"
          type="number"
          min={1}
          max={240}
          inputMode="numeric"
          value={form.minutes}
          aria-label="Duration in minutes"
          onChange={(event) => set({ minutes: event.target.value })}
        />
        <span>minutes</span>
      </label>

      <fieldset className="breakouts-form__field">
        <legend className="breakouts-form__label">Who goes where</legend>
        <label className="choice">
          <input type="radio" name={`${id}-assign`} checked={form.assignment === 'random'} onChange={() => set({ assignment: 'random' })} />
          <span>
            <strong>Random, balanced</strong>
            <span className="choice__hint">Group sizes differ by at most one.</span>
          </span>
        </label>
        {form.assignment === 'random' && (
          <label className="choice choice--nested">
            <input type="checkbox" checked={form.spreadCoops} onChange={(event) => set({ spreadCoops: event.target.checked })} />
            <span>Spread each coop’s delegates across groups</span>
          </label>
        )}
        <label className="choice">
          <input type="radio" name={`${id}-assign`} checked={form.assignment === 'choose'} onChange={() => set({ assignment: 'choose' })} />
          <span>
            <strong>Participants choose</strong>
            <span className="choice__hint">Each picks a group when the session starts.</span>
          </span>
        </label>
        {form.assignment === 'choose' && (
          <label className="choice choice--nested breakouts-form__inline">
            <span>At most</span>
            <input
              className="input breakouts-form__number"
              type="number"
              min={1}
              inputMode="numeric"
              placeholder="no cap"
              value={form.cap}
              aria-label="Most people per group (optional)"
              onChange={(event) => set({ cap: event.target.value })}
            />
            <span>per group</span>
          </label>
        )}
        <label className="choice">
          <input type="radio" name={`${id}-assign`} checked={form.assignment === 'manual'} onChange={() => set({ assignment: 'manual' })} />
          <span>
            <strong>By hand</strong>
            <span className="choice__hint">Start from a balanced split, then move people yourself.</span>
          </span>
        </label>
      </fieldset>

      <section className="breakouts-form__field" aria-labelledby={`${id}-people`}>
        <h4 className="breakouts-form__label" id={`${id}-people`}>
          {form.assignment === 'choose' ? 'Participants present' : 'To be assigned'} · {countText(people.length, 'participant', 'participants')}
        </h4>
        {people.length === 0 ? (
          <p className="breakouts-form__hint">Nobody with a participant link is here yet. People who join later are placed as they arrive.</p>
        ) : (
          <ul className="people-chips" data-testid="breakout-form-people">
            {people.map((person) => (
              <li key={person.id} className="people-chips__chip">{personLabel(person)}</li>
            ))}
          </ul>
        )}
        {groupCount !== null && people.length > 0 && form.assignment !== 'choose' && (
          <p className="breakouts-form__hint">
            {countText(groupCount, 'group', 'groups')} of about {Math.max(1, Math.round(people.length / groupCount))}.
          </p>
        )}
      </section>

      {problem && (
        <p className="breakouts__problem" role="alert">{problem}</p>
      )}
      <div className="breakouts-form__actions">
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="button button--primary" data-testid="breakout-start">
          Start breakout
        </button>
      </div>
    </form>
  )
}
