/** "Relations": how the coops relate (arrows between corners, shared working groups), and the coordinator's labels editor. */
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { COMMUNITY_LIMITS, type Relation } from '../../shared/community/api'
import { handleLinkClick } from '../app/router'
import { apiErrorText } from '../lib/apiErrorText'
import { relationLabelText } from '../lib/relationLabelText'
import { boardLinkWithToken } from './boardLinks'
import { saveRelationLabels } from './communityApi'
import { linesFromText } from './linesFromText'
import type { SectionProps } from './useCommunity'

/** Where an arrow relation was drawn, linked (with the person's token) so a coordinator can find and remove a wrong arrow. */
function DrawnOn({ relation, token }: { relation: Relation; token: string }) {
  const { t } = useTranslation()
  if (relation.origin !== 'arrow' || relation.boardId === undefined) return null
  const href = boardLinkWithToken(relation.boardId, token)
  const where =
    relation.boardKind === 'standing' || relation.boardTitle === undefined
      ? t('communityPage.relations.standingBoard')
      : relation.boardTitle
  return (
    <span className="community__muted">
      {' · '}
      {t('communityPage.relations.drawnOn')}{' '}
      <a href={href} onClick={(event) => handleLinkClick(event, href)} data-testid="relation-board">
        {where}
      </a>
    </span>
  )
}

/** The relations as a list, then the labels. */
export function Relations({ view, token, refresh }: SectionProps) {
  const { t } = useTranslation()
  const ids = { heading: useId(), labels: useId(), hint: useId() }
  const coopName = new Map(view.coops.map((coop) => [coop.id, coop.name]))
  const [labels, setLabels] = useState(view.relationLabels.join('\n'))
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ tone: 'error' | 'done'; text: string } | null>(null)

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const list = linesFromText(labels)
    if (list.length === 0) return setMessage({ tone: 'error', text: t('communityPage.relations.labelsMissing') })
    setBusy(true)
    const result = await saveRelationLabels(view.id, token, list)
    setBusy(false)
    if (!result.ok) return setMessage({ tone: 'error', text: apiErrorText(result.error, t) })
    setLabels(result.value.join('\n'))
    setMessage({ tone: 'done', text: t('communityPage.relations.saved') })
    await refresh()
  }

  const name = (id: string) => coopName.get(id) ?? id
  return (
    <section className="community__section" aria-labelledby={ids.heading} data-testid="relations">
      <h2 id={ids.heading}>{t('communityPage.relations.title')}</h2>
      <p className="community__muted">{t('communityPage.relations.text')}</p>
      {view.relations.length === 0 ? (
        <p className="community__muted">{t('communityPage.relations.none')}</p>
      ) : (
        <ul className="community__relations">
          {view.relations.map((relation) => (
            <li key={`${relation.source}\n${relation.target}\n${relation.label}\n${relation.boardId ?? ''}`} data-testid="relation">
              <strong>{name(relation.source)}</strong>{' '}
              <span className="community__relation-label">{relationLabelText(relation.label, t)}</span>{' '}
              <strong>{name(relation.target)}</strong>
              <DrawnOn relation={relation} token={token} />
            </li>
          ))}
        </ul>
      )}
      {view.role === 'coordinator' ? (
        <form className="community__form" onSubmit={(event) => void save(event)} noValidate>
          <label className="field__label" htmlFor={ids.labels}>
            {t('communityPage.relations.labels')}
          </label>
          <textarea
            id={ids.labels}
            className="input"
            rows={Math.min(8, Math.max(3, view.relationLabels.length + 1))}
            value={labels}
            aria-describedby={ids.hint}
            data-testid="relation-labels"
            onChange={(event) => setLabels(event.target.value)}
          />
          <p className="field__hint" id={ids.hint}>
            {t('communityPage.relations.labelsHint', { max: COMMUNITY_LIMITS.relationLabels })}
          </p>
          {message && (
            <p
              className={message.tone === 'error' ? 'field__error' : 'community__done'}
              role={message.tone === 'error' ? 'alert' : 'status'}
            >
              {message.text}
            </p>
          )}
          <button type="submit" className="button button--secondary community__align-start" disabled={busy}>
            {t('communityPage.relations.saveLabels')}
          </button>
        </form>
      ) : (
        <p className="community__muted">
          {t('communityPage.relations.labels')}: {view.relationLabels.map((label) => relationLabelText(label, t)).join(', ')}
        </p>
      )}
    </section>
  )
}
