/**
 * The tldraw "current user" for this participant, so the editor's user id, name and colour
 * agree with presence and with the note author stamp.
 */
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTldrawCurrentUser, type TLCurrentUser, type TLUserPreferences } from 'tldraw'
import { participantLabel, type Participant } from '../../shared/participant'
import { changeLanguage, SHIPPED_LANGUAGES } from '../i18n/i18n'

/**
 * A TLCurrentUser whose id, name and colour always come from the participant. Other
 * preferences (dark mode, snapping…) may be changed from tldraw's menus and last for the
 * session; tldraw's own localStorage user record is not used.
 */
export function useParticipantTldrawUser(participant: Participant): TLCurrentUser {
  const [extra, setExtra] = useState<Partial<TLUserPreferences>>({})
  const { i18n } = useTranslation()
  const language = i18n.language
  // The same "Name · Coop" label the sync layer puts on presence and user records.
  const name = participantLabel(participant)
  const preferences = useMemo<TLUserPreferences>(
    // tldraw's menus speak the app's language; a language only tldraw has stays tldraw's.
    () => ({ ...extra, locale: extra.locale ?? language, id: participant.id, name, color: participant.color }),
    [extra, language, participant.id, name, participant.color],
  )
  // Stable, because a new callback would make a new TLCurrentUser and remount the editor.
  const setUserPreferences = useCallback((next: TLUserPreferences) => {
    const { id: _id, name: _name, color: _color, locale, ...rest } = next
    // Choosing a language in tldraw's own menu switches Plenary too when Plenary has it.
    if (locale && SHIPPED_LANGUAGES.some((shipped) => shipped.code === locale)) {
      changeLanguage(locale)
      setExtra(rest)
    } else {
      setExtra(locale ? { ...rest, locale } : rest)
    }
  }, [])
  return useTldrawCurrentUser({ userPreferences: preferences, setUserPreferences })
}
