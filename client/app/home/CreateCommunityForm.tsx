/** The "Create a community" card: a name, a short description and a button; opens the new community's page. */
import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { COMMUNITY_LIMITS } from '../../../shared/community/limits'
import { navigate } from '../router'

/** Creates a community; whoever creates it becomes its coordinator. */
export function CreateCommunityForm() {
  const { t } = useTranslation()
  const ids = { heading: useId(), name: useId(), description: useId(), error: useId() }
  const nameRef = useRef<HTMLInputElement>(null)
  const [name, setName] = useState('')
  const [description, setDescription] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  // Never rejects: startCommunity turns every failure into a message, and a module that fails to load is the network's.
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    setError(null)
    // Loaded on demand: the community API's schemas stay out of the home page's bundle.
    const result = await import('../../community/startCommunity').then(
      ({ startCommunity }) => startCommunity(name, description, t),
      () => ({ ok: false as const, error: t('common.apiError.network') }),
    )
    if (result.ok) return navigate(result.path)
    setBusy(false)
    setError(result.error)
    nameRef.current?.focus()
  }

  return (
    <section className="card" aria-labelledby={ids.heading} data-testid="create-community">
      <h2 className="card__title" id={ids.heading}>
        {t('communityPage.create.title')}
      </h2>
      <p className="card__text">{t('communityPage.create.text')}</p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <label className="field__label" htmlFor={ids.name}>
          {t('communityPage.create.name')}
        </label>
        <input
          ref={nameRef}
          id={ids.name}
          className="input"
          type="text"
          value={name}
          maxLength={COMMUNITY_LIMITS.name}
          placeholder={t('communityPage.create.namePlaceholder')}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? ids.error : undefined}
          data-testid="create-community-name"
          onChange={(event) => setName(event.target.value)}
        />
        <label className="field__label" htmlFor={ids.description}>
          {t('communityPage.create.description')} <span className="field__optional">{t('join.optional')}</span>
        </label>
        <textarea
          id={ids.description}
          className="input"
          rows={2}
          value={description}
          maxLength={COMMUNITY_LIMITS.description}
          data-testid="create-community-description"
          onChange={(event) => setDescription(event.target.value)}
        />
        {error && (
          <p className="field__error" id={ids.error} role="alert">
            {error}
          </p>
        )}
        <button className="button button--primary" type="submit" disabled={busy} data-testid="create-community-submit">
          {busy ? t('communityPage.create.busy') : t('communityPage.create.submit')}
        </button>
      </form>
    </section>
  )
}
