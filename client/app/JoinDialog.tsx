/**
 * Asks for a display name and cooperative: on the first visit to a board ("Join board"),
 * and from the board's top bar ("Change name"). A native modal dialog, so focus stays
 * inside it and screen readers announce it. The cooperative is picked from the board's
 * roster, or typed; a coop new to the board can get its corner on the way in.
 */
import { useId, useMemo, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguagePicker } from '../i18n/LanguagePicker'
import { useModalDialog } from '../ui/useModalDialog'
import type { Coop } from '../../shared/corners/roster'
import { MAX_NAME_LENGTH } from '../../shared/participant'
import { CoopCombobox } from '../features/corners/CoopCombobox'
import { CoopStatus } from '../features/corners/CoopStatus'
import { joinCoop, readCoopChoice } from '../features/corners/coopChoice'
import { validateIdentity, type Identity } from './identity'
import '../styles/dialog.css'

/** What the dialog asks for besides the identity. */
export interface JoinChoices {
  /** True to create the person's coop's corner if the board has none: asked for a new coop (unticked at first), always for a roster coop. */
  createCorner: boolean
}

/** Props of {@link JoinDialog}. */
export interface JoinDialogProps {
  /** 'join' cannot be dismissed; 'edit' can be cancelled. */
  mode: 'join' | 'edit'
  boardTitle: string
  initial: Identity | null
  /** The board's coops for the picker; null while unknown (the field is then free text). */
  roster: readonly Coop[] | null
  /** False when this person may only pick a coop on the roster (a facilitator turned new coops off). */
  mayAddCoop?: boolean
  onSubmit: (identity: Identity, choices: JoinChoices) => void
  onCancel?: () => void
}

/** The name-and-cooperative form in a modal dialog. */
export function JoinDialog({ mode, boardTitle, initial, roster, mayAddCoop = true, onSubmit, onCancel }: JoinDialogProps) {
  const { t } = useTranslation()
  const nameRef = useRef<HTMLInputElement>(null)
  // Joining has no way back, so Escape only cancels an edit.
  const { dialogRef, onCancel: onDialogCancel } = useModalDialog({
    focus: nameRef,
    selectText: mode === 'edit',
    onEscape: mode === 'edit' ? onCancel : undefined,
  })
  const [name, setName] = useState(initial?.name ?? '')
  const [coop, setCoop] = useState(initial?.coop ?? '')
  // Off until the person ticks it. On a board with a roster a name that matches none is most
  // often a typo, whose corner would take that delegate's notes away from their coop's; on a
  // board without coops a frame appearing for everyone who names one surprises more than helps.
  const [createCorner, setCreateCorner] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [coopError, setCoopError] = useState<string | null>(null)
  const ids = { title: useId(), intro: useId(), name: useId(), coop: useId(), coopHint: useId(), error: useId(), coopError: useId() }
  // The corner of a new coop is planned again on the board, so one someone else created
  // meanwhile is joined, not doubled.
  const choice = useMemo(() => readCoopChoice(roster, coop, mayAddCoop), [roster, coop, mayAddCoop])

  function changeCoop(value: string) {
    setCoop(value)
    if (coopError) setCoopError(null)
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const result = validateIdentity({ name, coop })
    if (!result.ok) {
      setError(t(`join.${result.error}`))
      nameRef.current?.focus()
      return
    }
    const joined = joinCoop(choice, result.identity.coop, createCorner)
    if (!joined.ok) {
      setCoopError(t('coops.join.rosterOnlyError', { coop: coop.trim() }))
      document.getElementById(ids.coop)?.focus()
      return
    }
    onSubmit({ ...result.identity, coop: joined.coop }, { createCorner: joined.createCorner })
  }

  const joining = mode === 'join'
  return (
    <dialog
      ref={dialogRef}
      className="modal join-dialog"
      aria-labelledby={ids.title}
      aria-describedby={ids.intro}
      onCancel={onDialogCancel}
    >
      <form className="join-dialog__form" onSubmit={submit} noValidate>
        <h1 className="join-dialog__title" id={ids.title}>
          {joining ? (
            <>
              <span className="join-dialog__eyebrow">{t('join.eyebrow')}</span>
              <span className="join-dialog__board">{boardTitle || t('common.untitledBoard')}</span>
            </>
          ) : (
            t('join.editTitle')
          )}
        </h1>
        <p className="join-dialog__intro" id={ids.intro}>
          {joining ? t('join.introJoin') : t('join.introEdit')}
        </p>

        <div className="field">
          <label className="field__label" htmlFor={ids.name}>
            {t('join.name')}
          </label>
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
          {error && (
            <p className="field__error" id={ids.error} role="alert">
              {error}
            </p>
          )}
        </div>

        <div className="field">
          <div className="field__label-row">
            <label className="field__label" htmlFor={ids.coop}>
              {t('join.coop')}
            </label>
            {/* Outside the label so the field's accessible name stays "Your cooperative". */}
            <span className="field__optional" aria-hidden="true">
              {t('join.optional')}
            </span>
          </div>
          <CoopCombobox
            id={ids.coop}
            value={coop}
            onChange={changeCoop}
            roster={roster ?? []}
            describedBy={coopError ? `${ids.coopHint} ${ids.coopError}` : ids.coopHint}
            invalid={coopError !== null}
          />
          {coopError && (
            <p className="field__error" id={ids.coopError} role="alert">
              {coopError}
            </p>
          )}
          <CoopStatus
            hintId={ids.coopHint}
            coop={coop}
            choice={choice}
            mayAddCoop={mayAddCoop || roster === null}
            onPick={(picked) => changeCoop(picked.name)}
            createCorner={createCorner}
            onCreateCornerChange={setCreateCorner}
          />
        </div>

        <div className="join-dialog__actions">
          {!joining && (
            <button type="button" className="button button--quiet" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          )}
          <button type="submit" className="button button--primary">
            {joining ? t('join.submitJoin') : t('common.save')}
          </button>
        </div>
        <div className="join-dialog__bottom">
          <p className="join-dialog__footnote">{t('join.footnote')}</p>
          <LanguagePicker className="language-picker--small" />
        </div>
      </form>
    </dialog>
  )
}
