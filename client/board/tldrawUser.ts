/**
 * The tldraw "current user" for this participant, so the editor's user id, name and colour
 * agree with presence and with the note author stamp.
 */
import { useCallback, useMemo, useState } from 'react'
import { useTldrawCurrentUser, type TLCurrentUser, type TLUserPreferences } from 'tldraw'
import { participantLabel, type Participant } from '../../shared/participant'

/**
 * A TLCurrentUser whose id, name and colour always come from the participant. Other
 * preferences (dark mode, snapping…) may be changed from tldraw's menus and last for the
 * session; tldraw's own localStorage user record is not used.
 */
export function useParticipantTldrawUser(participant: Participant): TLCurrentUser {
  const [extra, setExtra] = useState<Partial<TLUserPreferences>>({})
  // The same "Name · Coop" label the sync layer puts on presence and user records.
  const name = participantLabel(participant)
  const preferences = useMemo<TLUserPreferences>(
    () => ({ ...extra, id: participant.id, name, color: participant.color }),
    [extra, participant.id, name, participant.color],
  )
  // Stable, because a new callback would make a new TLCurrentUser and remount the editor.
  const setUserPreferences = useCallback((next: TLUserPreferences) => {
    const { id: _id, name: _name, color: _color, ...rest } = next
    setExtra(rest)
  }, [])
  return useTldrawCurrentUser({ userPreferences: preferences, setUserPreferences })
}
