/**
 * The facilitator's form to open a vote: on the selected notes, a coop's corner, a breakout
 * group's area or any frame; dots per voter; per person or per coop; live or hidden results.
 */
import { useId, useState, type FormEvent } from 'react'
import { VOTE_LIMITS, type VotePer, type VoteResults } from '../../../shared/voting/types'
import type { ScopeChoice } from './useBoardNotes'

/** What the form asks for. */
export interface OpenVoteRequest {
  title: string
  noteIds: string[]
  scopeLabel: string
  dots: number
  per: VotePer
  results: VoteResults
}

/** Props of {@link OpenVoteForm}. */
export interface OpenVoteFormProps {
  choices: readonly ScopeChoice[]
  /** Opens the vote; returns why it could not, or null. */
  onOpen: (request: OpenVoteRequest) => string | null
}

function notesText(count: number): string {
  return count === 1 ? '1 note' : `${count} notes`
}

/** The "Open a vote" form. */
export function OpenVoteForm({ choices, onOpen }: OpenVoteFormProps) {
  const id = useId()
  const [title, setTitle] = useState('')
  const [scope, setScope] = useState('selection')
  const [dots, setDots] = useState(3)
  const [per, setPer] = useState<VotePer>('person')
  const [results, setResults] = useState<VoteResults>('live')
  const [error, setError] = useState<string | null>(null)
  const choice = choices.find((c) => c.value === scope) ?? choices[0]
  const count = choice?.noteIds.length ?? 0

  function submit(event: FormEvent) {
    event.preventDefault()
    if (!choice || count === 0) {
      setError(scope === 'selection' ? 'Select some notes (or a frame) on the board first.' : 'This frame has no notes.')
      return
    }
    const label = choice.value === 'selection' ? `Selection of ${notesText(count)}` : choice.label
    setError(onOpen({ title: title.trim() || 'Vote', noteIds: choice.noteIds, scopeLabel: label, dots, per, results }))
  }

  return (
    <form className="votes__form" aria-labelledby={`${id}-title`} onSubmit={submit} data-testid="open-vote-form">
      <h3 className="votes__section-title" id={`${id}-title`}>Open a vote</h3>
      <label className="field">
        <span className="votes__label">Question</span>
        <input className="input votes__input" value={title} maxLength={VOTE_LIMITS.title} placeholder="Which ideas first?" onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className="field">
        <span className="votes__label">Notes</span>
        <select className="input votes__input" value={scope} data-testid="vote-scope" onChange={(e) => setScope(e.target.value)}>
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label} ({notesText(c.noteIds.length)})
            </option>
          ))}
        </select>
      </label>
      <div className="votes__row">
        <label className="field votes__dots-field">
          <span className="votes__label">Dots each</span>
          <input
            className="input votes__input"
            type="number"
            min={VOTE_LIMITS.minDots}
            max={VOTE_LIMITS.maxDots}
            value={dots}
            data-testid="vote-dots"
            onChange={(e) => setDots(Math.min(VOTE_LIMITS.maxDots, Math.max(VOTE_LIMITS.minDots, Math.round(Number(e.target.value) || 1))))}
          />
        </label>
        <fieldset className="votes__choice">
          <legend className="votes__label">Who votes</legend>
          <label><input type="radio" name={`${id}-per`} checked={per === 'person'} onChange={() => setPer('person')} /> Each person</label>
          <label><input type="radio" name={`${id}-per`} checked={per === 'coop'} onChange={() => setPer('coop')} /> Each coop</label>
        </fieldset>
      </div>
      <fieldset className="votes__choice votes__choice--inline">
        <legend className="votes__label">Results</legend>
        <label><input type="radio" name={`${id}-results`} checked={results === 'live'} onChange={() => setResults('live')} /> Live</label>
        <label><input type="radio" name={`${id}-results`} checked={results === 'hidden'} onChange={() => setResults('hidden')} /> Hidden until closed</label>
      </fieldset>
      {error && <p className="field__error" role="alert">{error}</p>}
      <button type="submit" className="button button--primary votes__submit" data-testid="open-vote">
        Open vote on {notesText(count)}
      </button>
    </form>
  )
}
