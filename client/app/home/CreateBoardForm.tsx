/** The "Start a board" card: a title and a button. */
import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_TITLE_LENGTH } from '../../../shared/protocol'
import { navigate } from '../router'
import { startBoard } from './startBoard'

/** Creates a board from a title and opens it. */
export function CreateBoardForm() {
  const { t } = useTranslation()
  const [title, setTitle] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const errorId = useId()
  const hintId = useId()

  // Never rejects: startBoard turns every failure (the network's too) into a message.
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    setError(null)
    const result = await startBoard(title, t)
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
      <h2 className="card__title" id={`${inputId}-heading`}>
        {t('home.create.title')}
      </h2>
      <p className="card__text">{t('home.create.text')}</p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <label className="field__label" htmlFor={inputId}>
          {t('home.create.label')}
        </label>
        <input
          ref={inputRef}
          id={inputId}
          className="input"
          type="text"
          value={title}
          maxLength={MAX_TITLE_LENGTH}
          placeholder={t('home.create.placeholder')}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : hintId}
          onChange={(event) => setTitle(event.target.value)}
        />
        {error ? (
          <p className="field__error" id={errorId} role="alert">
            {error}
          </p>
        ) : (
          <p className="field__hint" id={hintId}>
            {t('home.create.hint')}
          </p>
        )}
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? t('home.create.busy') : t('home.create.submit')}
        </button>
      </form>
    </section>
  )
}
