/**
 * Asks for a display name and cooperative: on the first visit to a board ("Join board"),
 * and from the board's top bar ("Change name"). A native modal dialog, so focus stays
 * inside it and screen readers announce it.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type SyntheticEvent } from 'react'
import { MAX_NAME_LENGTH } from '../../shared/participant'
import { validateIdentity, type Identity } from './identity'
import '../styles/dialog.css'

/** Props of {@link JoinDialog}. */
export interface JoinDialogProps {
  /** 'join' cannot be dismissed; 'edit' can be cancelled. */
  mode: 'join' | 'edit'
  boardTitle: string
  initial: Identity | null
  onSubmit: (identity: Identity) => void
  onCancel?: () => void
}

/** The name-and-cooperative form in a modal dialog. */
export function JoinDialog({ mode, boardTitle, initial, onSubmit, onCancel }: JoinDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const nameRef = useRef<HTMLInputElement>(null)
  const [name, setName] = useState(initial?.name ?? '')
  const [coop, setCoop] = useState(initial?.coop ?? '')
  const [error, setError] = useState<string | null>(null)
  const ids = { title: useId(), intro: useId(), name: useId(), coop: useId(), coopHint: useId(), error: useId() }

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (!dialog.open) dialog.showModal()
    // React's autoFocus runs before showModal, which then moves focus; focus explicitly.
    nameRef.current?.focus()
    if (mode === 'edit') nameRef.current?.select()
    return () => {
      if (dialog.open) dialog.close()
    }
  }, [mode])

  function onDialogCancel(event: SyntheticEvent<HTMLDialogElement>) {
    // Escape closes the dialog natively; joining has no way back, editing just cancels.
    event.preventDefault()
    if (mode === 'edit') onCancel?.()
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const result = validateIdentity({ name, coop })
    if (!result.ok) {
      setError(result.error)
      nameRef.current?.focus()
      return
    }
    onSubmit(result.identity)
  }

  const joining = mode === 'join'
  return (
    <dialog
      ref={dialogRef}
      className="join-dialog"
      aria-labelledby={ids.title}
      aria-describedby={ids.intro}
      onCancel={onDialogCancel}
    >
      <form className="join-dialog__form" onSubmit={submit} noValidate>
        <h1 className="join-dialog__title" id={ids.title}>
          {joining ? (
            <>
              <span className="join-dialog__eyebrow">Joining</span>
              <span className="join-dialog__board">{boardTitle || 'Untitled board'}</span>
            </>
          ) : (
            'How others see you'
          )}
        </h1>
        <p className="join-dialog__intro" id={ids.intro}>
          {joining
            ? 'Tell the assembly who you are. Your name and cooperative appear next to your cursor and on every sticky note you add.'
            : 'Your new name shows on your cursor and on the notes you add from now on.'}
        </p>

        <div className="field">
          <label className="field__label" htmlFor={ids.name}>Your name</label>
          <input
            ref={nameRef}
            id={ids.name}
            className="input"
            type="text"
            value={name}
            required
            maxLength={MAX_NAME_LENGTH}
            autoComplete="name"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? ids.error : undefined}
            onChange={(event) => {
              setName(event.target.value)
              if (error) setError(null)
            }}
          />
          {error && <p className="field__error" id={ids.error} role="alert">{error}</p>}
        </div>

        <div className="field">
          <div className="field__label-row">
            <label className="field__label" htmlFor={ids.coop}>Your cooperative</label>
            {/* Outside the label so the field's accessible name stays "Your cooperative". */}
            <span className="field__optional" aria-hidden="true">Optional</span>
          </div>
          <input
            id={ids.coop}
            className="input"
            type="text"
            value={coop}
            maxLength={MAX_NAME_LENGTH}
            autoComplete="organization"
            aria-describedby={ids.coopHint}
            onChange={(event) => setCoop(event.target.value)}
          />
          <p className="field__hint" id={ids.coopHint}>Optional, but it helps everyone see which cooperative each idea comes from.</p>
        </div>

        <div className="join-dialog__actions">
          {!joining && (
            <button type="button" className="button button--quiet" onClick={onCancel}>Cancel</button>
          )}
          <button type="submit" className="button button--primary">{joining ? 'Join board' : 'Save'}</button>
        </div>
        <p className="join-dialog__footnote">Remembered in this browser, so you only type it once.</p>
      </form>
    </dialog>
  )
}
