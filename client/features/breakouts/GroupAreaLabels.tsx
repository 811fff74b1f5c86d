/**
 * In front of the canvas: each group area's topic, members and rapporteur (the areas feature
 * badges it "Locked" once the session ended). Decorative for pointers; the breakout bar and
 * panel say it accessibly.
 */
import { createContext, useContext } from 'react'
import { useTranslation } from 'react-i18next'
import { useEditor, useValue } from 'tldraw'
import { areaLabelPlaces } from './areaLabels'
import { membersOf, NO_BREAKOUTS, personLabel, rapporteurOf, type BreakoutsData } from './breakoutView'
import './breakouts.css'

/** The breakouts as the canvas overlay sees them; BoardSession provides it around the canvas. */
export const BreakoutAreasContext = createContext<BreakoutsData>(NO_BREAKOUTS)

/** Members named on a label before "+N more". */
const NAMED_MEMBERS = 6

/** The labels of the current session's areas. */
export function GroupAreaLabels() {
  const { t } = useTranslation()
  const editor = useEditor()
  const data = useContext(BreakoutAreasContext)
  const session = data.session
  const places = useValue('plenary breakout labels', () => areaLabelPlaces(editor, session), [editor, session])
  if (!session || places.length === 0) return null
  const frozen = session.status === 'ended'
  return (
    <div className="area-labels" aria-hidden="true">
      {places.map((place) => {
        const group = session.groups.find((g) => g.id === place.groupId)
        if (!group) return null
        const members = membersOf(data, group.id)
        const rapporteur = rapporteurOf(data, group.id)
        const named = members.slice(0, NAMED_MEMBERS).map((m) => m.name).join(', ')
        const more = members.length - NAMED_MEMBERS
        return (
          <div
            key={group.id}
            className={`area-label${frozen ? ' area-label--frozen' : ''}`}
            data-testid="area-label"
            data-group-id={group.id}
            style={{ transform: `translate(${place.x + 8}px, ${place.y + 8}px)`, maxWidth: place.maxWidth - 16 }}
          >
            <span className="area-label__name">{group.name}</span>
            <span className="area-label__members">
              {members.length === 0 ? t('breakouts.label.noMembers') : named}
              {more > 0 && t('breakouts.label.more', { count: more })}
            </span>
            {rapporteur && <span className="area-label__rapporteur">{t('breakouts.label.rapporteur', { name: personLabel(rapporteur) })}</span>}
          </div>
        )
      })}
    </div>
  )
}
