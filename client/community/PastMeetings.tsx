/**
 * "Past meetings", for members who missed one: each with its minutes (in a dialog, fetched with
 * the person's token), its final snapshot (read-only, on the board page) and its recording link,
 * which coordinators add or change here; coordinators attach an existing board here too.
 */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MeetingSummary } from '../../shared/community/api'
import { safeLinkHref } from '../../shared/text/linkHref'
import { handleLinkClick } from '../app/router'
import { MinutesDialog } from '../features/export/MinutesDialog'
import { LocalTime } from '../ui/LocalTime'
import { AttachBoardForm } from './AttachBoardForm'
import { boardLinkWithToken, snapshotLink } from './boardLinks'
import { RecordingForm } from './RecordingForm'
import type { SectionProps } from './useCommunity'

/** The past meetings, newest first. */
export function PastMeetings(props: SectionProps) {
  const { view, token } = props
  const { t } = useTranslation()
  const headingId = useId()
  const [minutesOf, setMinutesOf] = useState<MeetingSummary | null>(null)
  const past = view.meetings.filter((meeting) => meeting.status === 'past')
  return (
    <section className="community__section" aria-labelledby={headingId} data-testid="past-meetings">
      <h2 id={headingId}>{t('communityPage.past.title')}</h2>
      {past.length === 0 ? (
        <p className="community__muted">{t('communityPage.past.none')}</p>
      ) : (
        <ul className="community__list">
          {past.map((meeting) => (
            <PastMeeting key={meeting.boardId} meeting={meeting} {...props} onMinutes={() => setMinutesOf(meeting)} />
          ))}
        </ul>
      )}
      {view.role === 'coordinator' && <AttachBoardForm {...props} />}
      {minutesOf && (
        <MinutesDialog boardId={minutesOf.boardId} boardTitle={minutesOf.title} token={token} onClose={() => setMinutesOf(null)} />
      )}
    </section>
  )
}

/** One past meeting and what it left. */
function PastMeeting({ meeting, view, token, refresh, onMinutes }: SectionProps & { meeting: MeetingSummary; onMinutes: () => void }) {
  const { t } = useTranslation()
  const board = boardLinkWithToken(meeting.boardId, token)
  const snapshot = meeting.finalSnapshotId === null ? null : snapshotLink(meeting.boardId, meeting.finalSnapshotId, token)
  const recording = meeting.recordingUrl === null ? null : safeLinkHref(meeting.recordingUrl)
  return (
    <li className="community__item" data-testid="past-meeting">
      <div className="community__item-head">
        <span className="community__item-title">{meeting.title}</span>
        <LocalTime className="community__muted" at={Date.parse(meeting.startsAt)} style="dateTime" />
      </div>
      <div className="community__actions">
        <button type="button" className="button button--secondary" data-testid="open-minutes" onClick={onMinutes}>
          {t('communityPage.past.minutes')}
        </button>
        {snapshot ? (
          <a
            className="button button--secondary"
            href={snapshot}
            data-testid="open-snapshot"
            onClick={(event) => handleLinkClick(event, snapshot)}
          >
            {t('communityPage.past.snapshot')}
          </a>
        ) : (
          <span className="community__muted">{t('communityPage.past.noSnapshot')}</span>
        )}
        <a className="button button--quiet" href={board} onClick={(event) => handleLinkClick(event, board)}>
          {t('communityPage.past.openBoard')}
        </a>
        {recording && (
          <a className="button button--quiet" href={recording} target="_blank" rel="noopener noreferrer" data-testid="recording-link">
            {t('communityPage.past.recording')}
          </a>
        )}
      </div>
      {view.role === 'coordinator' && (
        <RecordingForm key={meeting.recordingUrl ?? ''} meeting={meeting} communityId={view.id} token={token} refresh={refresh} />
      )}
    </li>
  )
}
