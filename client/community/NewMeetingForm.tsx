/** "New meeting" (coordinators): a title and a start in the browser's zone; the server builds the board from the community. */
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { COMMUNITY_LIMITS } from '../../shared/community/api'
import { apiErrorText } from '../lib/apiErrorText'
import { browserTimeZone } from '../features/export/minutesApi'
import { createMeeting } from './communityApi'
import { localInputToIso } from './meetingTime'
import type { SectionProps } from './useCommunity'

/** The form that plans the next meeting. */
export function NewMeetingForm({ view, token, refresh }: SectionProps) {
  const { t } = useTranslation()
  const ids = { heading: useId(), title: useId(), date: useId(), message: useId() }
  const [title, setTitle] = useState('')
  const [date, setDate] = useState('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ tone: 'error' | 'done'; text: string } | null>(null)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    const cleanTitle = title.replace(/\s+/g, ' ').trim()
    const startsAt = localInputToIso(date)
    if (cleanTitle === '') return setMessage({ tone: 'error', text: t('communityPage.newMeeting.titleMissing') })
    if (startsAt === null) return setMessage({ tone: 'error', text: t('communityPage.newMeeting.dateMissing') })
    setBusy(true)
    setMessage(null)
    const result = await createMeeting(view.id, token, cleanTitle, startsAt)
    if (result.ok) {
      await refresh()
      setTitle('')
      setDate('')
      setMessage({ tone: 'done', text: t('communityPage.newMeeting.created', { title: cleanTitle }) })
    } else {
      setMessage({ tone: 'error', text: apiErrorText(result.error, t) })
    }
    setBusy(false)
  }

  return (
    <section className="community__section" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('communityPage.newMeeting.title')}</h2>
      <p className="community__muted">{t('communityPage.newMeeting.text')}</p>
      <form className="community__form community__form--row" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label className="field__label" htmlFor={ids.title}>
            {t('communityPage.newMeeting.name')}
          </label>
          <input
            id={ids.title}
            className="input"
            type="text"
            value={title}
            maxLength={COMMUNITY_LIMITS.meetingTitle}
            placeholder={t('communityPage.newMeeting.namePlaceholder')}
            data-testid="new-meeting-title"
            autoComplete="off"
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.date}>
            {t('communityPage.newMeeting.date', { zone: browserTimeZone() ?? 'UTC' })}
          </label>
          <input
            id={ids.date}
            className="input"
            type="datetime-local"
            value={date}
            data-testid="new-meeting-date"
            onChange={(event) => setDate(event.target.value)}
          />
        </div>
        <button className="button button--primary" type="submit" disabled={busy} data-testid="new-meeting-submit">
          {busy ? t('communityPage.newMeeting.busy') : t('communityPage.newMeeting.submit')}
        </button>
      </form>
      {message && (
        <p
          id={ids.message}
          className={message.tone === 'error' ? 'field__error' : 'community__done'}
          role={message.tone === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </section>
  )
}
