/**
 * The facilitator's form to open a vote: on the selected notes, a coop's corner, a breakout
 * group's area or any frame; dots per voter; per person or per coop; live or hidden results.
 */
import type { TFunction } from 'i18next'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { VOTE_LIMITS, type VotePer, type VoteResults, type VoteScope } from '../../../shared/voting/types'
import type { ScopeChoice } from './useBoardNotes'
import { scopeText } from './votingView'

/** What the form asks for. */
export interface OpenVoteRequest {
  title: string
  noteIds: string[]
  scope: VoteScope
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

function notesText(t: TFunction, count: number): string {
  return t('voting.notes.count', { count })
}

/** The "Open a vote" form. */
export function OpenVoteForm({ choices, onOpen }: OpenVoteFormProps) {
  const { t } = useTranslation()
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
      setError(t(scope === 'selection' ? 'voting.form.selectFirst' : 'voting.form.frameEmpty'))
      return
    }
    setError(
      onOpen({ title: title.trim() || t('voting.form.defaultTitle'), noteIds: choice.noteIds, scope: choice.scope, dots, per, results }),
    )
  }

  return (
    <form className="votes__form" aria-labelledby={`${id}-title`} onSubmit={submit} data-testid="open-vote-form">
      <h3 className="votes__section-title" id={`${id}-title`}>
        {t('voting.form.title')}
      </h3>
      <label className="field">
        <span className="votes__label">{t('voting.form.question')}</span>
        <input
          className="input votes__input"
          value={title}
          maxLength={VOTE_LIMITS.title}
          placeholder={t('voting.form.questionPlaceholder')}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <label className="field">
        <span className="votes__label">{t('voting.form.notes')}</span>
        <select className="input votes__input" value={scope} data-testid="vote-scope" onChange={(e) => setScope(e.target.value)}>
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {t('voting.form.scopeOption', {
                label: c.scope.kind === 'selection' ? t('voting.form.selectedNotes') : scopeText(t, { scope: c.scope, noteIds: c.noteIds }),
                notes: notesText(t, c.noteIds.length),
              })}
            </option>
          ))}
        </select>
      </label>
      <div className="votes__row">
        <label className="field votes__dots-field">
          <span className="votes__label">{t('voting.form.dotsEach')}</span>
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
          <legend className="votes__label">{t('voting.form.whoVotes')}</legend>
          <label>
            <input type="radio" name={`${id}-per`} checked={per === 'person'} onChange={() => setPer('person')} />{' '}
            {t('voting.form.eachPerson')}
          </label>
          <label>
            <input type="radio" name={`${id}-per`} checked={per === 'coop'} onChange={() => setPer('coop')} /> {t('voting.form.eachCoop')}
          </label>
        </fieldset>
      </div>
      <fieldset className="votes__choice votes__choice--inline">
        <legend className="votes__label">{t('voting.form.results')}</legend>
        <label>
          <input type="radio" name={`${id}-results`} checked={results === 'live'} onChange={() => setResults('live')} />{' '}
          {t('voting.form.live')}
        </label>
        <label>
          <input type="radio" name={`${id}-results`} checked={results === 'hidden'} onChange={() => setResults('hidden')} />{' '}
          {t('voting.form.hidden')}
        </label>
      </fieldset>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary votes__submit" data-testid="open-vote">
        {t('voting.form.submit', { notes: notesText(t, count) })}
      </button>
    </form>
  )
}
