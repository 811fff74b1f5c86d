/**
 * "Next meeting: Thu 4 Dec, 18:00" beside the board title, in each reader's own zone (UTC on
 * hover). Facilitators click it to set or change the time; others only read it, and see
 * nothing while no meeting is planned.
 */
import { Trans, useTranslation } from 'react-i18next'
import type { NextMeeting } from '../../../shared/meeting/meeting'
import { LocalTime } from '../../ui/LocalTime'
import { usePopover } from '../../ui/usePopover'
import { NextMeetingForm } from './NextMeetingForm'
import './meeting.css'

/** Props of {@link NextMeetingChip}. */
export interface NextMeetingChipProps {
  meeting: NextMeeting | null
  /** Saves a new time (null clears it); null for people who may not change it. */
  onChange: ((meeting: NextMeeting | null) => void) | null
}

function CalendarIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="2" y="3" width="12" height="11" rx="2" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M2 6.5h12M5.5 1.5v3M10.5 1.5v3" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  )
}

function MeetingText({ meeting }: { meeting: NextMeeting }) {
  return (
    <span className="next-meeting__text">
      <Trans
        i18nKey="meeting.next.label"
        components={{
          prefix: <span className="next-meeting__prefix" />,
          when: <LocalTime at={meeting.at} style="weekdayTime" className="next-meeting__time" />,
        }}
      />
    </span>
  )
}

/** The chip; renders nothing for a reader when no meeting is set. */
export function NextMeetingChip({ meeting, onChange }: NextMeetingChipProps) {
  const { t } = useTranslation()
  const { open, setOpen, rootRef, buttonRef } = usePopover()
  if (!onChange) {
    if (!meeting) return null
    return (
      <p className="next-meeting" data-testid="next-meeting" title={meeting.note}>
        <CalendarIcon />
        <MeetingText meeting={meeting} />
      </p>
    )
  }
  return (
    <div className="next-meeting__root" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="next-meeting next-meeting--button"
        data-testid="next-meeting"
        aria-expanded={open}
        aria-haspopup="dialog"
        title={meeting ? t('meeting.next.editHint') : t('meeting.next.set')}
        onClick={() => setOpen((value) => !value)}
      >
        <CalendarIcon />
        {meeting ? (
          <MeetingText meeting={meeting} />
        ) : (
          <span className="next-meeting__text next-meeting__set">{t('meeting.next.set')}</span>
        )}
      </button>
      {open && (
        <NextMeetingForm
          meeting={meeting}
          onSave={(next) => {
            onChange(next)
            setOpen(false)
            buttonRef.current?.focus()
          }}
          onCancel={() => {
            setOpen(false)
            buttonRef.current?.focus()
          }}
        />
      )}
    </div>
  )
}
