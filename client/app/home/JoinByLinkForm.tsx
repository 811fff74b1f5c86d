/** The "Join a board" card: paste an invite link (or the id of a board joined before). */
import { useId, useRef, useState, type FormEvent } from 'react'
import { openPastedLink } from './openPastedLink'
import { navigate } from '../router'

/** Opens the board named by a pasted link or id. */
export function JoinByLinkForm() {
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const errorId = useId()
  const hintId = useId()

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const result = openPastedLink(text, window.location.origin)
    if (!result.ok) {
      setError(result.error)
      inputRef.current?.focus()
      return
    }
    navigate(result.path)
  }

  return (
    <section className="card" aria-labelledby={`${inputId}-heading`}>
      <h2 className="card__title" id={`${inputId}-heading`}>Join a board</h2>
      <p className="card__text">Got an invite link from your facilitator? Paste it here.</p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <label className="field__label" htmlFor={inputId}>Invite link</label>
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
          <p className="field__error" id={errorId} role="alert">{error}</p>
        ) : (
          <p className="field__hint" id={hintId}>Paste the whole link, including the part after #token=.</p>
        )}
        <button className="button button--secondary" type="submit">Open board</button>
      </form>
    </section>
  )
}
