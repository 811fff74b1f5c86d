/** Creating or editing a working group (coordinators): its name, its member coops and its people. */
import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { COMMUNITY_LIMITS, type WorkingGroupView } from '../../shared/community/api'
import { apiErrorText } from '../lib/apiErrorText'
import { saveWorkingGroup } from './communityApi'
import { linesFromText } from './linesFromText'
import type { SectionProps } from './useCommunity'

/** The form; `group` null makes a new one. */
export function WorkingGroupForm({
  view,
  token,
  refresh,
  group,
  onDone,
}: SectionProps & { group: WorkingGroupView | null; onDone: () => void }) {
  const { t } = useTranslation()
  const ids = { heading: useId(), name: useId(), people: useId() }
  const nameRef = useRef<HTMLInputElement>(null)
  const [name, setName] = useState(group?.name ?? '')
  const [coopIds, setCoopIds] = useState<ReadonlySet<string>>(() => new Set(group?.coopIds ?? []))
  const [people, setPeople] = useState((group?.people ?? []).join('\n'))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const coops = [...view.coops].sort((a, b) => a.name.localeCompare(b.name))

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const cleanName = name.replace(/\s+/g, ' ').trim()
    if (cleanName === '') {
      setError(t('communityPage.groups.nameMissing'))
      nameRef.current?.focus()
      return
    }
    setBusy(true)
    setError(null)
    const input = {
      name: cleanName,
      coopIds: [...coopIds],
      people: linesFromText(people, { max: COMMUNITY_LIMITS.peoplePerGroup, maxLength: COMMUNITY_LIMITS.personName }),
    }
    const result = await saveWorkingGroup(view.id, token, input, group?.id)
    if (result.ok) {
      await refresh()
      onDone()
      return
    }
    setBusy(false)
    setError(apiErrorText(result.error, t))
  }

  const toggle = (id: string, on: boolean) =>
    setCoopIds((current) => {
      const next = new Set(current)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })

  return (
    <form
      className="community__form community__group-form"
      aria-labelledby={ids.heading}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h3 id={ids.heading}>{group ? t('communityPage.groups.editTitle', { name: group.name }) : t('communityPage.groups.newTitle')}</h3>
      <div className="field">
        <label className="field__label" htmlFor={ids.name}>
          {t('communityPage.groups.name')}
        </label>
        <input
          ref={nameRef}
          id={ids.name}
          className="input"
          value={name}
          maxLength={COMMUNITY_LIMITS.workingGroupName}
          data-testid="working-group-name"
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <fieldset className="community__checks">
        <legend className="field__label">{t('communityPage.groups.coops')}</legend>
        <div className="community__checks-list">
          {coops.map((coop) => (
            <label key={coop.id} className="community__check">
              <input type="checkbox" checked={coopIds.has(coop.id)} onChange={(event) => toggle(coop.id, event.target.checked)} />
              <span>{coop.name}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor={ids.people}>
          {t('communityPage.groups.people')}
        </label>
        <textarea
          id={ids.people}
          className="input"
          rows={4}
          value={people}
          data-testid="working-group-people"
          onChange={(event) => setPeople(event.target.value)}
        />
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="community__actions">
        <button type="submit" className="button button--primary" disabled={busy} data-testid="working-group-save">
          {busy ? t('communityPage.groups.saving') : t('communityPage.groups.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
