/**
 * "Online": who is on the board, with a count. Choosing a person follows their view;
 * choosing them again stops following.
 */
import { useEffect, useId, useRef, useState } from 'react'
import type { Editor } from 'tldraw'
import { participantLabel, type Participant } from '../../shared/participant'
import { followParticipant } from './following'

/** Props of {@link PeopleMenu}. */
export interface PeopleMenuProps {
  editor: Editor | null
  you: Participant
  peers: readonly Participant[]
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

function byName(a: Participant, b: Participant): number {
  return participantLabel(a).localeCompare(participantLabel(b))
}

/** A button with the online count that opens the list of people. */
export function PeopleMenu({ editor, you, peers, following }: PeopleMenuProps) {
  const [open, setOpen] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const panelId = useId()
  const total = peers.length + 1
  const sorted = [...peers].sort(byName)

  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false)
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpen(false)
      buttonRef.current?.focus()
    }
    // Capture phase: the canvas handles its own pointer events and may stop them bubbling.
    document.addEventListener('pointerdown', onPointerDown, true)
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true)
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [open])

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
      setNotice(`${peer.name}’s view is not available yet. Try again in a moment.`)
    }
  }

  return (
    <div className="people" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--bar people__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`Online: ${total} ${total === 1 ? 'person' : 'people'}`}
        onClick={() => {
          setNotice(null)
          setOpen((value) => !value)
        }}
      >
        <span className="people__faces" aria-hidden="true">
          {[you, ...sorted].slice(0, 3).map((person) => (
            <span key={person.id} className="people__face" style={{ backgroundColor: person.color }}>
              {person.name.charAt(0).toUpperCase()}
            </span>
          ))}
        </span>
        <span className="people__label" aria-hidden="true">Online</span>
        <span className="badge" data-testid="online-count" aria-hidden="true">{total}</span>
      </button>
      {open && (
        <div className="popover people__panel" id={panelId} role="group" aria-label="People on this board">
          <p className="popover__heading">On this board now</p>
          <ul className="people__list" data-testid="people-list">
            <li className="people__row people__row--you">
              <span className="dot" style={{ backgroundColor: you.color }} aria-hidden="true" />
              <PersonName person={you} />
              <span className="people__hint">you</span>
            </li>
            {sorted.map((peer) => {
              const isFollowed = following?.id === peer.id
              const label = participantLabel(peer)
              return (
                <li key={peer.id}>
                  <button
                    type="button"
                    className="people__row people__row--peer"
                    aria-pressed={isFollowed}
                    aria-label={isFollowed ? `Stop following ${label}` : `Follow ${label}`}
                    onClick={() => choose(peer)}
                  >
                    <span className="dot" style={{ backgroundColor: peer.color }} aria-hidden="true" />
                    <PersonName person={peer} />
                    <span className="people__hint" aria-hidden="true">{isFollowed ? 'Following' : 'Follow'}</span>
                  </button>
                </li>
              )
            })}
          </ul>
          {peers.length === 0 && <p className="popover__empty">Nobody else is here yet. Share the link to invite others.</p>}
          {notice && <p className="popover__notice" role="status">{notice}</p>}
        </div>
      )}
    </div>
  )
}
