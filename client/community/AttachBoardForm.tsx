/** "Attach an existing board" (coordinators): a board's facilitator link makes that board a meeting of the community. */
import type { TFunction } from 'i18next'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '../lib/apiClient'
import { apiErrorText } from '../lib/apiErrorText'
import { parseBoardLink } from '../lib/boardLink'
import { attachBoard } from './communityApi'
import type { SectionProps } from './useCommunity'

/** The server's refusals of an attachment, in the reader's language. */
function attachErrorText(error: ApiError, t: TFunction): string {
  switch (error.status) {
    case 404:
      return t('communityPage.past.attach.notFound')
    case 409:
      return t('communityPage.past.attach.alreadyAttached')
    case 403:
      return t('communityPage.past.attach.notFacilitator')
    default:
      return apiErrorText(error, t)
  }
}

/** The form: one field for the link. */
export function AttachBoardForm({ view, token, refresh }: SectionProps) {
  const { t } = useTranslation()
  const ids = { field: useId(), hint: useId() }
  const [link, setLink] = useState('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ tone: 'error' | 'done'; text: string } | null>(null)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    const parsed = parseBoardLink(link, window.location.origin, t)
    if (!parsed.ok) return setMessage({ tone: 'error', text: parsed.error })
    if (parsed.token === null) return setMessage({ tone: 'error', text: t('communityPage.past.attach.noToken') })
    setBusy(true)
    setMessage(null)
    const result = await attachBoard(view.id, token, parsed.id, parsed.token)
    if (result.ok) {
      setLink('')
      setMessage({ tone: 'done', text: t('communityPage.past.attach.done', { title: result.value.title }) })
      await refresh()
    } else {
      setMessage({ tone: 'error', text: attachErrorText(result.error, t) })
    }
    setBusy(false)
  }

  return (
    <form className="community__form" onSubmit={(event) => void submit(event)} noValidate data-testid="attach-board">
      <label className="field__label" htmlFor={ids.field}>
        {t('communityPage.past.attach.label')}
      </label>
      <p className="field__hint" id={ids.hint}>
        {t('communityPage.past.attach.hint')}
      </p>
      <div className="community__link-row">
        <input
          id={ids.field}
          className="input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={link}
          aria-describedby={ids.hint}
          aria-invalid={message?.tone === 'error' ? true : undefined}
          placeholder={`${window.location.origin}/b/…#token=…`}
          onChange={(event) => setLink(event.target.value)}
        />
        <button type="submit" className="button button--secondary" disabled={busy}>
          {busy ? t('communityPage.past.attach.busy') : t('communityPage.past.attach.submit')}
        </button>
      </div>
      {message && (
        <p className={message.tone === 'error' ? 'field__error' : 'community__done'} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </form>
  )
}
