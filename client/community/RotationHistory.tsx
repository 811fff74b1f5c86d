/** "Rotation history": who reported for which group at which meeting, newest first, across the whole series. */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { LocalTime } from '../ui/LocalTime'
import type { SectionProps } from './useCommunity'
import './tables.css'

/** The rotation as a table (scrolls sideways inside itself on a phone). */
export function RotationHistory({ view }: SectionProps) {
  const { t } = useTranslation()
  const headingId = useId()
  return (
    <section className="community__section" aria-labelledby={headingId} data-testid="rotation-history">
      <h2 id={headingId}>{t('communityPage.rotation.title')}</h2>
      <p className="community__muted">{t('communityPage.rotation.text')}</p>
      {view.rotation.length === 0 ? (
        <p className="community__muted">{t('communityPage.rotation.none')}</p>
      ) : (
        <div className="community__table-wrap" tabIndex={0} aria-labelledby={headingId} role="region">
          <table className="community__table">
            <thead>
              <tr>
                <th scope="col">{t('communityPage.rotation.when')}</th>
                <th scope="col">{t('communityPage.rotation.meeting')}</th>
                <th scope="col">{t('communityPage.rotation.group')}</th>
                <th scope="col">{t('communityPage.rotation.person')}</th>
                <th scope="col">{t('communityPage.rotation.coop')}</th>
              </tr>
            </thead>
            <tbody>
              {view.rotation.map((entry, index) => (
                <tr key={`${entry.meetingBoardId}-${entry.at}-${index}`} data-testid="rotation-entry">
                  <td>
                    <LocalTime at={entry.at} style="date" />
                  </td>
                  <td>{entry.meetingTitle}</td>
                  <td>
                    {entry.group}{' '}
                    <span className="community__muted">
                      ({t(entry.kind === 'breakout' ? 'communityPage.rotation.breakout' : 'communityPage.rotation.workingGroup')})
                    </span>
                  </td>
                  <td>{entry.name}</td>
                  <td>{entry.coopName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
