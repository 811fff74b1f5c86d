/**
 * "Online": who is on the board, with a count, facilitators tagged by the role the server
 * vouches for, and how many watch with a view-only link. Choosing a person follows their
 * view; choosing them again stops following.
 */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor } from 'tldraw'
import { participantLabel, type Participant } from '../../shared/participant'
import { Role } from '../../shared/protocol'
import type { Peer } from '../sync/types'
import { followParticipant } from './following'
import { usePopover } from '../ui/usePopover'
import { watchingText } from './peopleText'

/** Props of {@link PeopleMenu}. */
export interface PeopleMenuProps {
  editor: Editor | null
  you: Participant
  /** This browser's role; a viewer is not listed among the people, only counted. */
  youRole: Role
  peers: readonly Peer[]
  /** Viewers as the server counts them, this browser included when it is one. */
  viewers: number
  following: Participant | null
}

/** Name in bold with the cooperative below it, so long coop names stay readable. */
function PersonName({ person }: { person: Participant }) {
  return (
    <span className="people__text">
      <span className="people__name">{person.name}</span>
      {person.coop && <span className="people__coop">{person.coop}</span>}
    </span>
  )
}

function FacilitatorTag() {
  const { t } = useTranslation()
  return (
    <span className="tag tag--facilitator" data-testid="facilitator-tag">
      {t('people.facilitator')}
    </span>
  )
}

function EyeIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M1.5 8S4 3.5 8 3.5 14.5 8 14.5 8 12 12.5 8 12.5 1.5 8 1.5 8z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
      <circle cx="8" cy="8" r="2" fill="currentColor" />
    </svg>
  )
}

function byName(a: Participant, b: Participant): number {
  return participantLabel(a).localeCompare(participantLabel(b))
}

/** A button with the online count that opens the list of people. */
export function PeopleMenu({ editor, you, youRole, peers, viewers, following }: PeopleMenuProps) {
  const { t } = useTranslation()
  const { open, setOpen, rootRef, buttonRef } = usePopover()
  const [notice, setNotice] = useState<string | null>(null)
  const panelId = useId()
  const youListed = youRole !== Role.viewer
  const total = peers.length + (youListed ? 1 : 0)
  const sorted = [...peers].sort(byName)
  const faces: Participant[] = youListed ? [you, ...sorted] : sorted
  const watching = watchingText(viewers, youRole === Role.viewer, t)

  function choose(peer: Participant) {
    if (!editor) return
    if (following?.id === peer.id) {
      editor.stopFollowingUser()
      setOpen(false)
      return
    }
    if (followParticipant(editor, peer.id)) {
      setNotice(null)
      setOpen(false)
    } else {
      setNotice(t('people.viewNotReady', { name: peer.name }))
    }
  }

  const buttonLabel =
    viewers > 0 ? t('people.buttonLabelWatching', { count: total, watching: viewers }) : t('people.buttonLabel', { count: total })
  return (
    <div className="people" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--bar people__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={buttonLabel}
        onClick={() => {
          setNotice(null)
          setOpen((value) => !value)
        }}
      >
        {faces.length > 0 && (
          <span className="people__faces" aria-hidden="true">
            {faces.slice(0, 3).map((person) => (
              <span key={person.id} className="people__face" style={{ backgroundColor: person.color }}>
                {person.name.charAt(0).toUpperCase()}
              </span>
            ))}
          </span>
        )}
        <span className="people__label" aria-hidden="true">
          {t('people.online')}
        </span>
        <span className="badge" data-testid="online-count" aria-hidden="true">
          {total}
        </span>
        {viewers > 0 && (
          <span className="people__watching-badge" data-testid="watching-badge" aria-hidden="true">
            <EyeIcon />
            {viewers}
          </span>
        )}
      </button>
      {open && (
        <div className="popover people__panel" id={panelId} role="group" aria-label={t('people.panelLabel')}>
          <p className="popover__heading">{t('people.heading')}</p>
          <ul className="people__list" data-testid="people-list">
            {youListed && (
              <li className="people__row people__row--you">
                <span className="dot" style={{ backgroundColor: you.color }} aria-hidden="true" />
                <PersonName person={you} />
                {youRole === Role.facilitator && <FacilitatorTag />}
                <span className="people__hint">{t('people.you')}</span>
              </li>
            )}
            {sorted.map((peer) => {
              const isFollowed = following?.id === peer.id
              const label = participantLabel(peer)
              const isFacilitator = peer.role === Role.facilitator
              return (
                <li key={peer.id}>
                  <button
                    type="button"
                    className="people__row people__row--peer"
                    aria-pressed={isFollowed}
                    aria-label={t(
                      isFollowed
                        ? isFacilitator
                          ? 'people.stopFollowingFacilitatorLabel'
                          : 'people.stopFollowingLabel'
                        : isFacilitator
                          ? 'people.followFacilitatorLabel'
                          : 'people.followLabel',
                      { label },
                    )}
                    onClick={() => choose(peer)}
                  >
                    <span className="dot" style={{ backgroundColor: peer.color }} aria-hidden="true" />
                    <PersonName person={peer} />
                    {isFacilitator && <FacilitatorTag />}
                    <span className="people__hint" aria-hidden="true">
                      {isFollowed ? t('people.following') : t('people.follow')}
                    </span>
                  </button>
                </li>
              )
            })}
          </ul>
          {peers.length === 0 && <p className="popover__empty">{youListed ? t('people.nobodyElse') : t('people.nobodyEditing')}</p>}
          {watching && (
            <p className="people__watching" data-testid="watching-count">
              <EyeIcon />
              <span>{watching}</span>
            </p>
          )}
          {notice && (
            <p className="popover__notice" role="status">
              {notice}
            </p>
          )}
        </div>
      )}
    </div>
  )
}
