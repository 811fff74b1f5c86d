/**
 * The facilitator's form for the next meeting: a date and time in their own zone (the browser
 * turns it into an instant), an optional note, Save and Remove.
 */
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { instantFromLocalInput, localInputFromInstant, MAX_NEXT_MEETING_NOTE, type NextMeeting } from '../../../shared/meeting/meeting'

/** Props of {@link NextMeetingForm}. */
export interface NextMeetingFormProps {
  meeting: NextMeeting | null
  /** Saves the meeting, or null to remove it. */
  onSave: (meeting: NextMeeting | null) => void
  onCancel: () => void
}

/** The browser's own zone, named so the facilitator knows how the time is read. */
function ownZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}

/** A small popover form under the chip. */
export function NextMeetingForm({ meeting, onSave, onCancel }: NextMeetingFormProps) {
  const { t } = useTranslation()
  const id = useId()
  const [when, setWhen] = useState(meeting ? localInputFromInstant(meeting.at) : '')
  const [note, setNote] = useState(meeting?.note ?? '')
  const [problem, setProblem] = useState<string | null>(null)

  function submit(event: FormEvent) {
    event.preventDefault()
    const at = instantFromLocalInput(when)
    if (at === null) {
      setProblem(t('meeting.form.invalid'))
      return
    }
    onSave(note.trim() ? { at, note: note.trim() } : { at })
  }

  return (
    <div className="popover next-meeting__panel" role="dialog" aria-labelledby={`${id}-title`} data-testid="next-meeting-form">
      <form className="next-meeting__form" onSubmit={submit} noValidate>
        <p className="popover__heading" id={`${id}-title`}>
          {t('meeting.form.title')}
        </p>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-when`}>
            {t('meeting.form.when')}
          </label>
          <input
            id={`${id}-when`}
            className="input"
            type="datetime-local"
            value={when}
            autoFocus
            aria-describedby={`${id}-zone${problem ? ` ${id}-problem` : ''}`}
            aria-invalid={problem !== null}
            onChange={(event) => {
              setWhen(event.target.value)
              setProblem(null)
            }}
          />
          <p className="field__hint" id={`${id}-zone`}>
            {t('meeting.form.zoneHint', { zone: ownZone() })}
          </p>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-note`}>
            {t('meeting.form.note')} <span className="field__optional">{t('meeting.form.optional')}</span>
          </label>
          <input
            id={`${id}-note`}
            className="input"
            type="text"
            value={note}
            maxLength={MAX_NEXT_MEETING_NOTE}
            placeholder={t('meeting.form.notePlaceholder')}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        {problem && (
          <p className="field__error" id={`${id}-problem`} role="alert">
            {problem}
          </p>
        )}
        <div className="next-meeting__actions">
          {meeting && (
            <button type="button" className="button button--quiet" data-testid="next-meeting-remove" onClick={() => onSave(null)}>
              {t('meeting.form.remove')}
            </button>
          )}
          <span className="next-meeting__spacer" />
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('meeting.form.cancel')}
          </button>
          <button type="submit" className="button button--primary" data-testid="next-meeting-save">
            {t('meeting.form.save')}
          </button>
        </div>
      </form>
    </div>
  )
}
