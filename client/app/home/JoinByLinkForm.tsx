/** The "Join a board" card: paste a link or an id. */
import { useId, useRef, useState, type FormEvent } from 'react'
import { boardPath, parseBoardLink } from '../boardLink'
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
    const result = parseBoardLink(text, window.location.origin)
    if (!result.ok) {
      setError(result.error)
      inputRef.current?.focus()
      return
    }
    navigate(boardPath(result.id))
  }

  return (
    <section className="card" aria-labelledby={`${inputId}-heading`}>
      <h2 className="card__title" id={`${inputId}-heading`}>Join a board</h2>
      <p className="card__text">Got a link from your facilitator? Paste it here.</p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <label className="field__label" htmlFor={inputId}>Board link or id</label>
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
          <p className="field__hint" id={hintId}>A full link or just the board’s id both work.</p>
        )}
        <button className="button button--secondary" type="submit">Open board</button>
      </form>
    </section>
  )
}
