/**
 * Asks for a display name and cooperative: on the first visit to a board ("Join board"),
 * and from the board's top bar ("Change name"). A native modal dialog, so focus stays
 * inside it and screen readers announce it. The cooperative is picked from the board's
 * roster, or typed; a coop new to the board can get its corner on the way in.
 */
import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguagePicker } from '../i18n/LanguagePicker'
import { useModalDialog } from '../ui/useModalDialog'
import type { Coop } from '../../shared/corners/roster'
import { MAX_NAME_LENGTH } from '../../shared/participant'
import { CoopCombobox } from '../features/corners/CoopCombobox'
import { CoopStatus } from '../features/corners/CoopStatus'
import { findCoop } from '../features/corners/coopPicker'
import { validateIdentity, type Identity } from './identity'
import '../styles/dialog.css'

/** What the dialog asks for besides the identity. */
export interface JoinChoices {
  /** True to create the person's coop's corner if the board has none: asked for a new coop, always for a roster coop. */
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
  onSubmit: (identity: Identity, choices: JoinChoices) => void
  onCancel?: () => void
}

/** The name-and-cooperative form in a modal dialog. */
export function JoinDialog({ mode, boardTitle, initial, roster, onSubmit, onCancel }: JoinDialogProps) {
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
  // Unset until the person ticks or unticks it. On by default for a coop new to a board that
  // has a roster (the board is organised by corners): when joining, or when changing to it.
  // Off on a board without coops, where a frame appearing for everyone who names a coop would
  // surprise more than help, and when a rename keeps an unlisted coop.
  const [createCornerChoice, setCreateCornerChoice] = useState<boolean | null>(null)
  const [error, setError] = useState<string | null>(null)
  const ids = { title: useId(), intro: useId(), name: useId(), coop: useId(), coopHint: useId(), error: useId() }
  const known = findCoop(roster ?? [], coop)
  // Offered for a coop the roster does not hold. The corner is planned again on the board, so
  // one someone else created meanwhile is joined, not doubled.
  const offersCorner = coop.trim() !== '' && !known
  const boardHasCoops = (roster?.length ?? 0) > 0
  const createCorner =
    createCornerChoice ?? (boardHasCoops && (mode === 'join' || coop.trim() !== (initial?.coop ?? '')))


  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const result = validateIdentity({ name, coop })
    if (!result.ok) {
      setError(t(`join.${result.error}`))
      nameRef.current?.focus()
      return
    }
    // A delegate of a roster coop always gets to its corner, made if it went missing.
    onSubmit(result.identity, { createCorner: known !== null || (offersCorner && createCorner) })
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
          {joining
            ? t('join.introJoin')
            : t('join.introEdit')}
        </p>

        <div className="field">
          <label className="field__label" htmlFor={ids.name}>{t('join.name')}</label>
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
            <label className="field__label" htmlFor={ids.coop}>{t('join.coop')}</label>
            {/* Outside the label so the field's accessible name stays "Your cooperative". */}
            <span className="field__optional" aria-hidden="true">{t('join.optional')}</span>
          </div>
          <CoopCombobox
            id={ids.coop}
            value={coop}
            onChange={setCoop}
            roster={roster ?? []}
            describedBy={ids.coopHint}
          />
          <CoopStatus
            hintId={ids.coopHint}
            coop={coop}
            known={known}
            createCorner={createCorner}
            onCreateCornerChange={setCreateCornerChoice}
          />
        </div>

        <div className="join-dialog__actions">
          {!joining && (
            <button type="button" className="button button--quiet" onClick={onCancel}>{t('common.cancel')}</button>
          )}
          <button type="submit" className="button button--primary">{joining ? t('join.submitJoin') : t('common.save')}</button>
        </div>
        <div className="join-dialog__bottom">
          <p className="join-dialog__footnote">{t('join.footnote')}</p>
          <LanguagePicker className="language-picker--small" />
        </div>
      </form>
    </dialog>
  )
}
