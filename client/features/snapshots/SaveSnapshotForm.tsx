/** "Save snapshot" at the top of the snapshots panel (facilitators): a name and a button. */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { SNAPSHOT_LIMITS } from '../../../shared/snapshots/types'
import { saveSnapshot } from './snapshotApi'

/** What the panel shows under the form after a save, or null to clear it. */
export type SnapshotNotice = { tone: 'ok' | 'problem'; text: string } | null

/** Props of {@link SaveSnapshotForm}. */
export interface SaveSnapshotFormProps {
  boardId: string
  token: string
  /** "Name · Coop" of this person, the author of the snapshot. */
  author: string
  onNotice: (notice: SnapshotNotice) => void
  /** After a snapshot was stored: the list is read again. */
  onSaved: () => void
}

/** The save form; its name field takes the focus when the panel opens. */
export function SaveSnapshotForm({ boardId, token, author, onNotice, onSaved }: SaveSnapshotFormProps) {
  const { t } = useTranslation()
  const [name, setName] = useState('')
  const [saving, setSaving] = useState(false)
  const nameRef = useRef<HTMLInputElement>(null)
  const nameId = useId()

  useEffect(() => {
    nameRef.current?.focus()
  }, [])

  async function onSave(event: FormEvent) {
    event.preventDefault()
    setSaving(true)
    onNotice(null)
    const result = await saveSnapshot(boardId, token, name, author)
    setSaving(false)
    if (!result.ok) return onNotice({ tone: 'problem', text: result.message })
    setName('')
    onNotice({ tone: 'ok', text: t('snapshots.save.saved', { name: result.value.name }) })
    onSaved()
  }

  return (
    <form className="snapshots__save" onSubmit={(event) => void onSave(event)}>
      <label className="field__label" htmlFor={nameId}>
        {t('snapshots.save.label')}
      </label>
      <div className="snapshots__save-row">
        <input
          ref={nameRef}
          id={nameId}
          className="input snapshots__name"
          value={name}
          maxLength={SNAPSHOT_LIMITS.name}
          placeholder={t('snapshots.save.placeholder')}
          data-testid="snapshot-name"
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button button--primary" data-testid="snapshot-save" disabled={saving || name.trim() === ''}>
          {saving ? t('snapshots.save.saving') : t('snapshots.save.button')}
        </button>
      </div>
    </form>
  )
}
