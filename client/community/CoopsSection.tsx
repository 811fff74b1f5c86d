/** "Member coops": the community's roster, its downloads, and the coordinator's import. */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FileKind } from '../../shared/export/fileName'
import { CORNER_COLOR_HEX } from '../../shared/corners/rosterExport'
import { safeLinkHref } from '../../shared/text/linkHref'
import { communityApiPath } from './communityApi'
import { downloadFromApi } from './download'
import { RosterDialog } from './RosterDialog'
import type { SectionProps } from './useCommunity'

/** The CSS colour of a coop's swatch: its corner colour by name (as on the board), or a colour the server already wrote out. */
function swatchColor(color: string): string {
  return Object.hasOwn(CORNER_COLOR_HEX, color) ? CORNER_COLOR_HEX[color as keyof typeof CORNER_COLOR_HEX] : color
}

/** The coops, by name. */
export function CoopsSection({ view, token, refresh }: SectionProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const [importing, setImporting] = useState(false)
  const [message, setMessage] = useState<{ tone: 'error' | 'done'; text: string } | null>(null)
  const coops = [...view.coops].sort((a, b) => a.name.localeCompare(b.name))

  const download = async (format: 'csv' | 'json') => {
    const error = await downloadFromApi(
      communityApiPath(view.id, `roster.${format}`),
      token,
      { community: view.name, kind: FileKind.coops, extension: format },
      t,
    )
    setMessage(error === null ? null : { tone: 'error', text: error })
  }

  return (
    <section className="community__section" aria-labelledby={headingId}>
      <div className="community__section-head">
        <h2 id={headingId}>{t('communityPage.coops.title')}</h2>
        <span className="community__muted">{t('communityPage.coops.count', { count: coops.length })}</span>
      </div>
      <div className="community__actions">
        {view.role === 'coordinator' && (
          <button type="button" className="button button--primary" data-testid="import-roster" onClick={() => setImporting(true)}>
            {t('communityPage.coops.import')}
          </button>
        )}
        {coops.length > 0 && (
          <>
            <button type="button" className="button button--quiet" onClick={() => void download('csv')}>
              {t('communityPage.coops.downloadCsv')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => void download('json')}>
              {t('communityPage.coops.downloadJson')}
            </button>
          </>
        )}
      </div>
      {message && (
        <p className={message.tone === 'error' ? 'field__error' : 'community__done'} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {coops.length === 0 ? (
        <p className="community__muted" data-testid="coop-list">
          {t('communityPage.coops.none')}
        </p>
      ) : (
        <ul className="community__coops" data-testid="coop-list">
          {coops.map((coop) => {
            const website = coop.website === '' ? null : safeLinkHref(coop.website)
            return (
              <li key={coop.id} className="community__coop" data-testid="coop">
                <span className="community__swatch" style={{ background: swatchColor(coop.color) }} aria-hidden="true" />
                <span className="community__coop-text">
                  <span className="community__coop-name">{coop.name}</span>
                  <span className="community__muted">
                    {[coop.country, coop.delegates.length > 0 ? t('communityPage.coops.delegates', { count: coop.delegates.length }) : '']
                      .filter((part) => part !== '')
                      .join(' · ')}
                  </span>
                  {website && (
                    <a className="community__coop-site" href={website} target="_blank" rel="noopener noreferrer">
                      {coop.website}
                    </a>
                  )}
                </span>
              </li>
            )
          })}
        </ul>
      )}
      {importing && (
        <RosterDialog
          communityId={view.id}
          token={token}
          onClose={() => setImporting(false)}
          onImported={(summary) => {
            setImporting(false)
            setMessage({ tone: 'done', text: t('communityPage.import.done', { summary }) })
            void refresh()
          }}
        />
      )}
    </section>
  )
}
