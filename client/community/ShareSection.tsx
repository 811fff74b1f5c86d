/** "Links and public directory" (coordinators): the three community links to copy, and publishing the directory. */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CommunityLinks } from '../../shared/community/api'
import { handleLinkClick } from '../app/router'
import { apiErrorText } from '../lib/apiErrorText'
import { copyText } from '../lib/clipboard'
import { useLoad } from '../lib/useLoad'
import { getCommunityLinks, setPublished } from './communityApi'
import { publicDirectoryPath } from './communityLink'
import type { SectionProps } from './useCommunity'

const ROLES = ['coordinator', 'member', 'viewer'] as const

/** The links, then the directory's switch. */
export function ShareSection({ view, token, refresh }: SectionProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const { answer } = useLoad(`${view.id}\n${token}`, async (signal) => {
    try {
      return await getCommunityLinks(view.id, token, { signal })
    } catch {
      return null
    }
  })
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const publicPath = publicDirectoryPath(view.id)

  async function toggle() {
    setBusy(true)
    setError(null)
    const result = await setPublished(view.id, token, !view.published)
    if (result.ok) await refresh()
    else setError(apiErrorText(result.error, t))
    setBusy(false)
  }

  return (
    <section className="community__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('communityPage.share.title')}</h2>
      <p className="community__muted">{t('communityPage.share.text')}</p>
      {answer && !answer.ok && (
        <p className="field__error" role="alert">
          {apiErrorText(answer.error, t)}
        </p>
      )}
      {answer?.ok && <LinkList links={answer.value} />}
      <div className="community__publish">
        <p role="status">{view.published ? t('communityPage.share.published') : t('communityPage.share.unpublished')}</p>
        <div className="community__actions">
          <button
            type="button"
            className={`button ${view.published ? 'button--secondary' : 'button--primary'}`}
            aria-pressed={view.published}
            disabled={busy}
            data-testid="publish-toggle"
            onClick={() => void toggle()}
          >
            {view.published ? t('communityPage.share.unpublish') : t('communityPage.share.publish')}
          </button>
          {view.published && (
            <a
              className="button button--quiet"
              href={publicPath}
              data-testid="public-link"
              onClick={(event) => handleLinkClick(event, publicPath)}
            >
              {t('communityPage.share.publicLink')}
            </a>
          )}
        </div>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </div>
    </section>
  )
}

/** Each role's link in a read-only field with "Copy". */
function LinkList({ links }: { links: CommunityLinks }) {
  const { t } = useTranslation()
  const baseId = useId()
  const [copied, setCopied] = useState<{ role: string; ok: boolean } | null>(null)
  return (
    <div className="community__links">
      {ROLES.map((role) => (
        <div key={role} className="field">
          <label className="field__label" htmlFor={`${baseId}-${role}`}>
            {t(`communityPage.share.${role}`)}
          </label>
          <div className="community__link-row">
            <input
              id={`${baseId}-${role}`}
              className="input"
              readOnly
              value={links[role]}
              data-testid={`community-link-${role}`}
              onFocus={(event) => event.target.select()}
            />
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void copyText(links[role]).then((ok) => setCopied({ role, ok }))}
            >
              {copied?.role === role
                ? copied.ok
                  ? t('communityPage.share.copied')
                  : t('communityPage.share.copyFailed')
                : t('communityPage.share.copy')}
            </button>
          </div>
        </div>
      ))}
    </div>
  )
}
