/**
 * The public directory `/c/:id/public`: no token, read-only; the coops (name, country, website,
 * description, working groups) and the relationship map. Not found while unpublished.
 */
import { useEffect, useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { PublicDirectory } from '../../shared/community/api'
import { safeLinkHref } from '../../shared/text/linkHref'
import { CommunityTop } from './CommunityTop'
import { LoadingPage, StatusPage } from '../app/StatusPage'
import type { ApiResult } from '../lib/apiClient'
import { apiErrorText } from '../lib/apiErrorText'
import { relationLabelText } from '../lib/relationLabelText'
import { useLoad } from '../lib/useLoad'
import { getPublicDirectory } from './communityApi'
import { RelationGraph } from './RelationGraph'
import './community.css'
import './publicPage.css'

/** The directory of community `communityId`. */
export default function PublicPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation()
  const { answer } = useLoad(communityId, async (signal): Promise<ApiResult<PublicDirectory> | null> => {
    try {
      return await getPublicDirectory(communityId, { signal })
    } catch {
      return null
    }
  })
  const name = answer?.ok ? answer.value.name : null
  useEffect(() => {
    if (name !== null) document.title = t('communityPage.documentTitle', { name })
  }, [name, t])

  if (answer === null) return <LoadingPage message={t('communityPage.public.loading')} />
  if (!answer.ok) {
    return answer.error.status === 404 ? (
      <StatusPage title={t('communityPage.public.notPublishedTitle')} problem="not_published">
        <p>{t('communityPage.public.notPublished')}</p>
      </StatusPage>
    ) : (
      <StatusPage title={t('status.couldNotOpen')} tone="problem" problem={answer.error.id}>
        <p>{apiErrorText(answer.error, t)}</p>
      </StatusPage>
    )
  }
  return <Directory directory={answer.value} />
}

/** The published directory. */
function Directory({ directory }: { directory: PublicDirectory }) {
  const { t } = useTranslation()
  const ids = { coops: useId(), graph: useId() }
  const coops = [...directory.coops].sort((a, b) => a.name.localeCompare(b.name))
  const coopName = new Map(coops.map((coop) => [coop.id, coop.name]))
  return (
    <div className="community">
      <CommunityTop />
      <main className="community__main">
        <div className="community__intro">
          <h1 className="community__name">{directory.name}</h1>
          {directory.description !== '' && <p className="community__description">{directory.description}</p>}
        </div>
        <section className="community__section" aria-labelledby={ids.graph}>
          <h2 id={ids.graph}>{t('communityPage.public.graph')}</h2>
          {directory.relations.length === 0 && <p className="community__muted">{t('communityPage.public.noRelations')}</p>}
          <RelationGraph nodes={directory.coops} edges={directory.relations} />
          {directory.relations.length > 0 && (
            <details className="community__relation-list">
              <summary>{t('communityPage.public.relationList', { count: directory.relations.length })}</summary>
              <ul className="community__relations">
                {directory.relations.map((relation) => (
                  <li key={`${relation.source}\n${relation.target}\n${relation.label}`}>
                    <strong>{coopName.get(relation.source) ?? relation.source}</strong>{' '}
                    <span className="community__relation-label">{relationLabelText(relation.label, t)}</span>{' '}
                    <strong>{coopName.get(relation.target) ?? relation.target}</strong>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>
        <section className="community__section" aria-labelledby={ids.coops}>
          <h2 id={ids.coops}>{t('communityPage.public.coops')}</h2>
          <ul className="community__directory" data-testid="public-coops">
            {coops.map((coop) => {
              const website = coop.website === '' ? null : safeLinkHref(coop.website)
              return (
                <li key={coop.id} className="community__item" data-testid="public-coop">
                  <h3 className="community__item-title">{coop.name}</h3>
                  {coop.country !== '' && <p className="community__muted">{coop.country}</p>}
                  {coop.description !== '' && <p>{coop.description}</p>}
                  {website && (
                    <a className="community__coop-site" href={website} target="_blank" rel="noopener noreferrer">
                      {coop.website}
                    </a>
                  )}
                  {coop.workingGroups.length > 0 && (
                    <p className="community__muted">{t('communityPage.public.groups', { groups: coop.workingGroups.join(', ') })}</p>
                  )}
                </li>
              )
            })}
          </ul>
        </section>
      </main>
    </div>
  )
}
