/**
 * "Next meeting": its title, when it starts in the reader's zone, and the button that joins it;
 * below it, the meetings planned after it, so a coordinator who plans ahead sees them listed.
 */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { handleLinkClick } from '../app/router'
import { LocalTime } from '../ui/LocalTime'
import { boardLinkWithToken } from './boardLinks'
import type { SectionProps } from './useCommunity'

/** The earliest upcoming meeting, or a line saying none is planned. */
export function NextMeeting({ view, token }: SectionProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const meeting = view.nextMeeting
  const href = meeting ? boardLinkWithToken(meeting.boardId, token) : ''
  // Meetings come newest first; the ones after the next, soonest first.
  const later = view.meetings.filter((item) => item.status === 'upcoming' && item.boardId !== meeting?.boardId).reverse()
  return (
    <section className="community__section community__next" aria-labelledby={headingId} data-testid="next-meeting">
      <h2 id={headingId}>{t('communityPage.next.title')}</h2>
      {meeting ? (
        <div className="community__next-body">
          <div>
            <p className="community__next-title">{meeting.title}</p>
            <p className="community__muted">
              {t('communityPage.next.starts')} <LocalTime at={Date.parse(meeting.startsAt)} style="dateTime" />
            </p>
          </div>
          <a className="button button--primary" href={href} data-testid="join-meeting" onClick={(event) => handleLinkClick(event, href)}>
            {t('communityPage.next.join')}
          </a>
        </div>
      ) : (
        <p className="community__muted">{t('communityPage.next.none')}</p>
      )}
      {later.length > 0 && (
        <>
          <h3>{t('communityPage.next.later')}</h3>
          <ul className="community__later" data-testid="later-meetings">
            {later.map((item) => {
              const itemHref = boardLinkWithToken(item.boardId, token)
              return (
                <li key={item.boardId}>
                  <a href={itemHref} onClick={(event) => handleLinkClick(event, itemHref)}>
                    {item.title}
                  </a>{' '}
                  <span className="community__muted">
                    <LocalTime at={Date.parse(item.startsAt)} style="dateTime" />
                  </span>
                </li>
              )
            })}
          </ul>
        </>
      )}
    </section>
  )
}
