/** The "Start a board" card: a title and a button. */
import { useId, useRef, useState, type FormEvent } from 'react'
import { MAX_TITLE_LENGTH } from '../../../shared/protocol'
import { navigate } from '../router'
import { startBoard } from './startBoard'

/** Creates a board from a title and opens it. */
export function CreateBoardForm() {
  const [title, setTitle] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const errorId = useId()
  const hintId = useId()

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    setError(null)
    const result = await startBoard(title)
    if (result.ok) {
      navigate(result.path)
      return
    }
    setBusy(false)
    setError(result.error)
    inputRef.current?.focus()
  }

  return (
    <section className="card" aria-labelledby={`${inputId}-heading`}>
      <h2 className="card__title" id={`${inputId}-heading`}>Start a board</h2>
      <p className="card__text">For an assembly, a working group or a breakout. You facilitate it and get the links to invite others.</p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <label className="field__label" htmlFor={inputId}>Board title</label>
        <input
          ref={inputRef}
          id={inputId}
          className="input"
          type="text"
          value={title}
          maxLength={MAX_TITLE_LENGTH}
          placeholder="e.g. March assembly"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : hintId}
          onChange={(event) => setTitle(event.target.value)}
        />
        {error ? (
          <p className="field__error" id={errorId} role="alert">{error}</p>
        ) : (
          <p className="field__hint" id={hintId}>Share the invite links from the board’s Share button.</p>
        )}
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? 'Creating…' : 'Create board'}
        </button>
      </form>
    </section>
  )
}
