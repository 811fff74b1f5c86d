/** A coordinator's field for a past meeting's recording link (http or https only, as the server checks: shared/community/recordingUrl.ts). */
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { COMMUNITY_LIMITS, type MeetingSummary } from '../../shared/community/api'
import { recordingUrlOf } from '../../shared/community/recordingUrl'
import { apiErrorText } from '../lib/apiErrorText'
import { setRecordingUrl } from './communityApi'

/** Props of {@link RecordingForm}. */
export interface RecordingFormProps {
  meeting: MeetingSummary
  communityId: string
  token: string
  refresh: () => Promise<void>
}

/** Sets, changes or removes (an empty field, or the button) the recording link; keyed by the stored link, so it shows the current one. */
export function RecordingForm({ meeting, communityId, token, refresh }: RecordingFormProps) {
  const { t } = useTranslation()
  const inputId = useId()
  const [value, setValue] = useState(meeting.recordingUrl ?? '')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function save(text: string | null) {
    const url = recordingUrlOf(text)
    if (url === undefined) return setError(t('communityPage.past.recordingInvalid'))
    setBusy(true)
    setError(null)
    const result = await setRecordingUrl(communityId, token, meeting.boardId, url)
    if (result.ok) {
      await refresh()
    } else setError(apiErrorText(result.error, t))
    setBusy(false)
  }

  return (
    <form
      className="community__form community__form--inline"
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault()
        void save(value)
      }}
      noValidate
    >
      <label className="visually-hidden" htmlFor={inputId}>
        {t('communityPage.past.recordingLabel', { title: meeting.title })}
      </label>
      <input
        id={inputId}
        className="input"
        type="url"
        value={value}
        maxLength={COMMUNITY_LIMITS.recordingUrl}
        placeholder={t('communityPage.past.recordingPlaceholder')}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit" className="button button--secondary" disabled={busy}>
        {t('communityPage.past.saveRecording')}
      </button>
      {meeting.recordingUrl !== null && (
        <button type="button" className="button button--quiet" disabled={busy} onClick={() => void save(null)}>
          {t('communityPage.past.removeRecording')}
        </button>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
