/** The "Join a board" card: paste an invite link (or the id of a board joined before). */
import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { openPastedLink } from './openPastedLink'
import { navigate } from '../router'

/** Opens the board named by a pasted link or id. */
export function JoinByLinkForm() {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const errorId = useId()
  const hintId = useId()

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const result = openPastedLink(text, window.location.origin, t)
    if (!result.ok) {
      setError(result.error)
      inputRef.current?.focus()
      return
    }
    navigate(result.path)
  }

  return (
    <section className="card" aria-labelledby={`${inputId}-heading`}>
      <h2 className="card__title" id={`${inputId}-heading`}>
        {t('home.join.title')}
      </h2>
      <p className="card__text">{t('home.join.text')}</p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <label className="field__label" htmlFor={inputId}>
          {t('home.join.label')}
        </label>
        <input
          ref={inputRef}
          id={inputId}
          className="input"
          type="text"
          inputMode="url"
          value={text}
          placeholder={`${window.location.origin}/b/…`}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : hintId}
          onChange={(event) => {
            setText(event.target.value)
            if (error) setError(null)
          }}
        />
        {error ? (
          <p className="field__error" id={errorId} role="alert">
            {error}
          </p>
        ) : (
          <p className="field__hint" id={hintId}>
            {t('home.join.hint')}
          </p>
        )}
        <button className="button button--secondary" type="submit">
          {t('home.join.submit')}
        </button>
      </form>
    </section>
  )
}
